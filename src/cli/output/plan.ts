/** A plan as people read it (`sync --dry-run`, `plan`): one line per action, and what applying it would do. */
import { countPlan } from '../../plan/counts.ts';
import { foreignWarning } from '../../plan/foreign.ts';
import type { ActionType, ForeignCards, SyncPlan } from '../../plan/types.ts';
import { formatWarning } from '../../warnings.ts';
import { countsLine } from './counts.ts';

const LABEL: Record<ActionType, string> = {
  'ensure-list': 'create list',
  'ensure-label': 'create label',
  create: 'create',
  update: 'update',
  'add-checklist': 'checklist',
  'add-check-items': 'checklist',
  'check-items': 'checklist',
  comment: 'comment',
  archive: 'archive',
  record: 'note',
  forget: 'note',
  skip: 'skip',
  conflict: 'CONFLICT',
};

/** One line per action: what, in which list, which card, and why; then the counts it would add up to. */
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
  const counts = `If applied: ${countsLine(countPlan(plan), { cardsOnly: true })}`;
  const foreign = foreignLines(plan.foreign);
  return `${[header, ...lines, ...ownersLine(plan.unresolvedOwners), ...foreign, counts].join('\n')}\n`;
}

/** Owners no board member stands for: their cards get no member for them. */
export function ownersLine(owners: readonly string[]): string[] {
  if (owners.length === 0) return [];
  const names = owners.map((o) => `"${o}"`).join(', ');
  return [
    `Owners not on the board (their cards get no member for them): ${names}. Fix: map each name to a Trello username under "people" in the config, or add the person to the board.`,
  ];
}

/** Cards of other installs, by install: left alone, or taken over (--adopt-foreign). */
function foreignLines(foreign: readonly ForeignCards[]): string[] {
  return foreign.map((f) => `Other install: ${formatWarning(foreignWarning(f))}.`);
}
