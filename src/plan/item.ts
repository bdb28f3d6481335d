/**
 * The actions for one item: create its card, adopt a marked one, update the
 * fields report-sync still owns, or leave alone what a person archived,
 * deleted or changed. Pure.
 */
import type { ItemKey } from '../extract/item.ts';
import type { CardRecord } from '../state/sync-state.ts';
import type { TrelloCard, TrelloChecklist } from '../trello/types.ts';
import { adoptRecord, type MarkedCards } from './adopt.ts';
import type { DesiredCard } from './desired.ts';
import type { ItemOccurrences } from './occurrences.ts';
import { planKnownCard } from './known-card.ts';
import type { PlannedAction, RecordEvent, SyncSettings } from './types.ts';

export interface ItemContext {
  cardsById: ReadonlyMap<string, TrelloCard>;
  checklists: readonly TrelloChecklist[];
  marked: MarkedCards;
  /** Lists archived on the board: a card in one was archived with it, by a person. */
  closedListIds: ReadonlySet<string>;
  settings: SyncSettings;
  now: string;
}

export interface ItemPlan {
  actions: PlannedAction[];
  /** True when the card needs no write. */
  unchanged: boolean;
}

export function planItem(
  ctx: ItemContext,
  item: ItemOccurrences,
  desired: DesiredCard,
  known: CardRecord | undefined,
  replaces?: ItemKey,
): ItemPlan {
  const want = desired.card;
  const show = { key: item.key, title: want.name, list: want.list.name };
  const actions: PlannedAction[] = [];
  const events: RecordEvent[] = [];
  if (replaces && known) {
    // The record moves to the new key first, whatever happens to the card next.
    const why = 'the item was reworded in its report: its card follows the new text';
    actions.push({
      type: 'record',
      ...show,
      cardId: known.cardId,
      record: known,
      event: 'rekey',
      why,
      replaces,
    });
  }
  const create = (why: string): ItemPlan => {
    const made: PlannedAction[] = [{ type: 'create', ...show, card: want, why }];
    if (want.checklist.length > 0) {
      const name = ctx.settings.checklistName;
      made.push({
        type: 'add-checklist',
        ...show,
        cardId: null,
        name,
        items: want.checklist,
        why: 'checklist of the new card',
      });
    }
    return { actions: [...actions, ...made], unchanged: false };
  };

  let record = known;
  let card = record?.cardId ? ctx.cardsById.get(record.cardId) : undefined;

  if (record?.tombstone) {
    if (card && !isArchived(ctx, card)) {
      record = { ...record, tombstone: null, updatedAt: ctx.now };
      events.push('restored');
    } else if (!ctx.settings.revive) {
      const why = `a person ${record.tombstone.reason} this card on ${record.tombstone.at.slice(0, 10)}; run with --revive to bring it back`;
      return {
        actions: [...actions, { type: 'skip', ...show, cardId: record.cardId, reason: 'tombstone', why }],
        unchanged: false,
      };
    } else if (!card) {
      return create('revived (--revive): the card was deleted');
    }
  }

  if (!record || record.cardId === null) {
    const marked = ctx.marked.get(item.key);
    if (!marked)
      return create(record ? 'an earlier create did not finish; no card carries its marker' : 'new item');
    record = adoptRecord(marked, want, record, ctx.now);
    card = marked;
    events.push('adopt');
  }

  if (!card) {
    if (ctx.settings.revive) return create('revived (--revive): the card was deleted');
    const tomb: CardRecord = { ...record, tombstone: { reason: 'deleted', at: ctx.now }, updatedAt: ctx.now };
    actions.push({
      type: 'record',
      ...show,
      cardId: record.cardId,
      record: tomb,
      event: 'tombstone',
      why: 'a person deleted the card: it will not be re-created',
    });
    return { actions, unchanged: false };
  }

  // Only a card report-sync archived itself is reopened without --revive; never one in an archived list.
  const inClosedList = ctx.closedListIds.has(card.idList);
  const archived = isArchived(ctx, card);
  const reopen =
    archived &&
    (ctx.settings.revive || (!inClosedList && (record.archivedBySync || record.tombstone !== null)));
  if (archived && !reopen) {
    const tomb: CardRecord = {
      ...record,
      tombstone: { reason: 'archived', at: ctx.now },
      updatedAt: ctx.now,
    };
    actions.push({
      type: 'record',
      ...show,
      cardId: card.id,
      record: tomb,
      event: 'tombstone',
      why: inClosedList
        ? 'a person archived the list the card is in: it will not be moved out or reopened'
        : 'a person archived the card: it will not be reopened',
    });
    return { actions, unchanged: false };
  }

  const plan = planKnownCard(ctx, { show, want, record, card, events, reopen });
  return { ...plan, actions: [...actions, ...plan.actions] };
}

/** Archived on the board: the card itself, or the list it is in. */
export function isArchived(ctx: Pick<ItemContext, 'closedListIds'>, card: TrelloCard): boolean {
  return card.closed || ctx.closedListIds.has(card.idList);
}
