/**
 * Writes to existing cards whose save did not follow. Before it updates,
 * reopens or archives a card, the applier records what it is about to write
 * (the record's `pending`). The next plan settles each such record against
 * its card: a field that reads as the pending value is report-sync's own (it
 * becomes `written`), as does a check item's state; one that reads as
 * neither is a person's; a card found with the closed state the write set is
 * report-sync's archive (or reopen).
 *
 * Pending is trusted by that one plan only: the settled record, without it,
 * is what the plan records (a state-only action), so a write that was
 * refused, whose values never reached the card, cannot match a person's
 * later edit. Pure.
 */
import type { ItemKey } from '../extract/item.ts';
import type { CardRecord } from '../state/sync-state.ts';
import type { TrelloCard, TrelloChecklist } from '../trello/types.ts';
import type { BoardView } from './board.ts';
import { withPending } from './card-values.ts';
import { withPendingStates } from './checklist.ts';
import type { PlannedAction } from './types.ts';

/** The records with their pending writes settled, and the state-only actions that record them so. */
export function settlePending(
  cards: Readonly<Record<string, CardRecord>>,
  board: BoardView,
  now: string,
): { cards: Readonly<Record<string, CardRecord>>; actions: PlannedAction[] } {
  const pending = Object.entries(cards).filter(([, record]) => record.pending !== undefined);
  if (pending.length === 0) return { cards, actions: [] };
  const settled = { ...cards };
  const actions: PlannedAction[] = [];
  for (const [key, known] of pending) {
    const card = board.card(known.cardId);
    const checklists = card ? board.checklistsOf(card.id) : [];
    const { record, seen } = settleRecord(known, card, checklists, now);
    settled[key] = record;
    const why = seen
      ? 'an earlier write of report-sync whose save failed is on the card: recorded as its own'
      : 'an earlier write did not reach the card: its intent is dropped';
    const show = { key: key as ItemKey, title: record.title, list: '' };
    actions.push({ type: 'record', ...show, cardId: record.cardId, record, event: 'settled', why });
  }
  return { cards: settled, actions };
}

/** The record once its pending write is settled against the card; `seen`: the write is on the card. */
export function settleRecord(
  known: CardRecord,
  card: TrelloCard | undefined,
  checklists: readonly TrelloChecklist[],
  now: string,
): { record: CardRecord; seen: boolean } {
  const { pending, ...record } = known;
  if (!pending || !card) return { record, seen: false };
  const fields = withPending(record.written, pending.fields, card);
  const states = pending.checklist
    ? withPendingStates(record.written.checklist, pending.checklist, checklists)
    : { checklist: record.written.checklist, seen: false };
  const written = { ...fields.written, checklist: states.checklist };
  const seen = fields.seen || states.seen || (pending.closed !== null && card.closed === pending.closed);
  if (!seen) return { record: { ...record, written }, seen };
  return { record: { ...record, ...pending.then, written, updatedAt: now }, seen };
}
