/** Which count each planned action adds to once it applied (or, for a dry run, would apply). Pure. */
import { emptyCounts, type SyncCounts } from '../counts.ts';
import type { PlannedAction, SyncPlan } from './types.ts';

export function countAction(counts: SyncCounts, action: PlannedAction): void {
  switch (action.type) {
    case 'create':
      counts.created++;
      break;
    case 'update':
      if (!action.sourcesOnly) counts.updated++;
      if (action.reopened) counts.reopened++;
      counts.sourcesAdded += action.sourcesAdded.length;
      break;
    case 'add-check-items':
      counts.updated++;
      break;
    case 'check-items':
      // On a card this run creates, the states are part of making it.
      if (action.cardId !== null) counts.updated++;
      break;
    case 'archive':
      counts.archived++;
      break;
    case 'comment':
      if (action.note === 'vanished') counts.commented++;
      else counts.completed++;
      break;
    case 'skip':
      if (action.reason === 'done-without-card') counts.doneWithoutCard++;
      else if (action.reason === 'foreign') counts.foreign++;
      else counts.skipped++;
      break;
    case 'record':
      if (action.event === 'tombstone') counts.skipped++;
      if (action.event === 'reopened') counts.reopened++;
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
  const counts = { ...emptyCounts(), unchanged: plan.unchanged };
  for (const action of plan.actions) countAction(counts, action);
  return counts;
}

/** True when applying the plan would change the board or the state (beyond notes and conflicts). */
export function plansChanges(plan: SyncPlan): boolean {
  return plan.actions.some((a) => a.type !== 'skip' && a.type !== 'conflict');
}
