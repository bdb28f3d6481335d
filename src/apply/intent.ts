/**
 * Write-ahead for a write to an existing card: what it is about to do is
 * saved on the card's record (`pending`) before it is sent, so that a save
 * failing after it leaves the next plan able to tell report-sync's write from
 * a person's edit (plan/pending.ts). A failed intent save sends nothing.
 */
import type { CardRecord, PendingWrite, WrittenChecklist } from '../state/sync-state.ts';
import { OutcomeUnknownError } from '../trello/errors.ts';
import type { ApplyContext } from './context.ts';

/** What a write to a card is about to do, leading to the record `next`. */
export function pendingWrite(
  next: CardRecord,
  write: { fields?: PendingWrite['fields']; closed?: boolean; checklist?: WrittenChecklist },
): PendingWrite {
  const { kind, title, sources, tombstone, archivedBySync, vanishedNoticeAt, doneIn } = next;
  return {
    fields: write.fields ?? {},
    closed: write.closed ?? null,
    ...(write.checklist ? { checklist: write.checklist } : {}),
    then: { kind, title, sources, tombstone, archivedBySync, vanishedNoticeAt, doneIn },
  };
}

/**
 * Saves the intent, then writes. A write refused puts the record back
 * (nothing was written; saved with the next save); one whose outcome is
 * unknown leaves the intent for the next plan to settle against the card.
 */
export async function writeIntended<T>(
  ctx: ApplyContext,
  key: string,
  intent: CardRecord,
  before: CardRecord,
  write: () => Promise<T>,
): Promise<T> {
  ctx.state.cards[key] = intent;
  await ctx.save();
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof OutcomeUnknownError)) ctx.state.cards[key] = before;
    throw error;
  }
}
