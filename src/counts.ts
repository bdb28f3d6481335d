/**
 * What a sync did, in numbers: the one list that `sync --json`, the summary
 * line, the dry-run text, the state's last run and `status` all use. A new
 * count is one line here (and the action that counts it, in plan/counts.ts).
 * Counts `of: 'cards'` say what happens to cards; `of: 'run'` what a run cost.
 */
export const COUNTS = [
  { key: 'created', label: 'created', of: 'cards' },
  { key: 'updated', label: 'updated', of: 'cards' },
  { key: 'sourcesAdded', label: 'sources added', of: 'cards' },
  { key: 'unchanged', label: 'unchanged', of: 'cards' },
  { key: 'completed', label: 'completed', of: 'cards' },
  { key: 'reopened', label: 'reopened', of: 'cards' },
  { key: 'doneWithoutCard', label: 'done without a card', of: 'cards' },
  { key: 'archived', label: 'archived', of: 'cards' },
  { key: 'commented', label: 'commented', of: 'cards' },
  { key: 'skipped', label: 'skipped', of: 'cards' },
  { key: 'leftToPeople', label: 'fields left to people', of: 'cards' },
  { key: 'conflicts', label: 'conflicts', of: 'cards' },
  { key: 'foreign', label: 'held by another install', of: 'cards' },
  { key: 'apiCalls', label: 'API calls', of: 'run' },
  { key: 'errors', label: 'errors', of: 'run' },
] as const;

export type CountKey = (typeof COUNTS)[number]['key'];

export type SyncCounts = Record<CountKey, number>;

export function emptyCounts(): SyncCounts {
  return Object.fromEntries(COUNTS.map(({ key }) => [key, 0])) as SyncCounts;
}
