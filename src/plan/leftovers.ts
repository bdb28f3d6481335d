/**
 * Create intents (recorded before a create whose outcome was never known) of
 * items no longer in any report. The card the create made, found by its
 * marker, is adopted and the vanished policy applies to it; with no such card
 * the intent is forgotten: there is nothing to remember. Pure.
 */
import type { ItemKey } from '../extract/item.ts';
import type { CardRecord } from '../state/sync-state.ts';
import type { BoardView } from './board.ts';
import type { PlannedAction, SyncSettings } from './types.ts';
import { vanishedPolicy } from './vanished.ts';

export function planLeftoverIntents(
  cards: Readonly<Record<string, CardRecord>>,
  currentKeys: ReadonlySet<string>,
  ctx: { board: BoardView; settings: SyncSettings; now: string },
): PlannedAction[] {
  return Object.entries(cards)
    .filter(([key, intent]) => intent.cardId === null && !currentKeys.has(key))
    .flatMap(([key, intent]) => planLeftover(ctx, key as ItemKey, intent));
}

function planLeftover(
  ctx: { board: BoardView; settings: SyncSettings; now: string },
  key: ItemKey,
  intent: CardRecord,
): PlannedAction[] {
  const show = { key, title: intent.title, list: '' };
  const card = ctx.board.marked.get(key);
  if (!card) {
    const why =
      'an earlier create did not finish and the item is no longer in any report; no card carries its marker';
    return [{ type: 'forget', ...show, why }];
  }
  const adopted: CardRecord = { ...intent, cardId: card.id, updatedAt: ctx.now };
  const why = 'card of an earlier unfinished create found on the board by its marker';
  const actions: PlannedAction[] = [
    { type: 'record', ...show, cardId: card.id, record: adopted, event: 'adopt', why },
  ];
  if (ctx.board.isArchived(card)) return actions;
  const where = intent.sources.join(', ') || 'a report';
  return [...actions, ...vanishedPolicy(ctx.settings, key, adopted, card.id, where)];
}
