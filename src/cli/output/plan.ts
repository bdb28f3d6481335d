/** What the sync commands print: the plan for people, and the one-object summary for programs. */
import type { PlannedAction, SyncPlan } from '../../plan/types.ts';
import type { SyncCounts } from '../../plan/counts.ts';

const LABEL: Record<PlannedAction['type'], string> = {
  'ensure-list': 'create list',
  'ensure-label': 'create label',
  create: 'create',
  update: 'update',
  'add-checklist': 'checklist',
  'add-check-items': 'checklist',
  comment: 'comment',
  archive: 'archive',
  record: 'note',
  skip: 'skip',
  conflict: 'CONFLICT',
};

/** One line per action: what, in which list, which card, and why. */
export function formatPlan(plan: SyncPlan): string {
  const lines = plan.actions.map((action) => {
    const what = LABEL[action.type].padEnd(12);
    if (action.type === 'ensure-list' || action.type === 'ensure-label')
      return `${what} ${action.name}  — ${action.why}`;
    if (action.type === 'conflict') return `${what} ${action.why}`;
    const list = action.list ? `[${action.list}] ` : '';
    return `${what} ${list}${action.title}  — ${action.why}`;
  });
  const header = `Plan for board "${plan.board.name}" (${plan.board.url}): ${plan.actions.length} action${plan.actions.length === 1 ? '' : 's'}, ${plan.unchanged} card${plan.unchanged === 1 ? '' : 's'} unchanged`;
  return `${[header, ...lines].join('\n')}\n`;
}

export function formatCounts(counts: SyncCounts): string {
  const parts = [
    `${counts.created} created`,
    `${counts.updated} updated`,
    `${counts.sourcesAdded} sources added`,
    `${counts.unchanged} unchanged`,
    `${counts.archived} archived`,
    `${counts.commented} commented`,
    `${counts.skipped} skipped`,
    `${counts.conflicts} conflicts`,
    `${counts.errors} errors`,
    `${counts.apiCalls} API calls`,
  ];
  return `${parts.join(', ')}\n`;
}

/** `sync --json`: exactly these keys, in this order. */
export function countsJson(counts: SyncCounts): string {
  const {
    created,
    updated,
    sourcesAdded,
    unchanged,
    archived,
    commented,
    skipped,
    conflicts,
    apiCalls,
    errors,
  } = counts;
  return `${JSON.stringify({ created, updated, sourcesAdded, unchanged, archived, commented, skipped, conflicts, apiCalls, errors })}\n`;
}
