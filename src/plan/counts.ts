/** What a sync did, in the numbers `sync --json` prints and the state keeps as the last run. */
import type { PlannedAction, SyncPlan } from './types.ts';

export interface SyncCounts {
  created: number;
  updated: number;
  sourcesAdded: number;
  unchanged: number;
  archived: number;
  commented: number;
  skipped: number;
  conflicts: number;
  apiCalls: number;
  errors: number;
}

export function emptyCounts(): SyncCounts {
  return {
    created: 0,
    updated: 0,
    sourcesAdded: 0,
    unchanged: 0,
    archived: 0,
    commented: 0,
    skipped: 0,
    conflicts: 0,
    apiCalls: 0,
    errors: 0,
  };
}

/** Adds what one action did once it applied (or, for a dry run, would do). */
export function countAction(counts: SyncCounts, action: PlannedAction): void {
  switch (action.type) {
    case 'create':
      counts.created++;
      break;
    case 'update':
      if (!action.sourcesOnly) counts.updated++;
      counts.sourcesAdded += action.sourcesAdded.length;
      break;
    case 'add-check-items':
      counts.updated++;
      break;
    case 'archive':
      counts.archived++;
      break;
    case 'comment':
      counts.commented++;
      break;
    case 'skip':
      counts.skipped++;
      break;
    case 'record':
      if (action.event === 'tombstone') counts.skipped++;
      break;
    case 'conflict':
      counts.conflicts++;
      break;
    default:
      break;
  }
}

/** What a plan would do if every action applied. */
export function countPlan(plan: SyncPlan): SyncCounts {
  const counts = emptyCounts();
  counts.unchanged = plan.unchanged;
  for (const action of plan.actions) countAction(counts, action);
  return counts;
}

/** True when applying the plan would write to Trello. */
export function plansWrites(plan: SyncPlan): boolean {
  return plan.actions.some((a) => !['record', 'skip', 'conflict'].includes(a.type));
}
