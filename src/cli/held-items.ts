/** A sync that left items to another install's cards did not do its whole job, and says why in one line. */
import type { SyncCounts } from '../counts.ts';
import { FOREIGN_FIX } from '../plan/foreign.ts';
import type { SyncPlan } from '../plan/types.ts';

/** Null when no item was left to another install; else the reason (the warning before it has the details). */
export function heldItemsReason(outcome: { counts: SyncCounts; plan: SyncPlan | null }): string | null {
  const held = outcome.counts.foreign;
  if (held === 0) return null;
  const installs = (outcome.plan?.foreign ?? []).filter((f) => !f.adopted).map((f) => f.install);
  const whose = installs.length > 0 ? ` (install ${installs.join(', ')})` : '';
  const items = `${held} item${held === 1 ? ' was' : 's were'} not synced`;
  return `${items}: their cards are another install's${whose}. Fix: ${FOREIGN_FIX}.`;
}
