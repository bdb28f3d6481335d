/**
 * The actions for one item. A small classifier says where the item's card
 * stands — none yet, tombstoned, deleted or archived by a person, held by
 * another install, or known —
 * and one handler per case plans it: create the card, leave it alone (noting
 * why), or update what report-sync still owns (known-card.ts). Pure.
 */
import type { ItemKey } from '../extract/item.ts';
import type { CardRecord, Tombstone } from '../state/sync-state.ts';
import type { TrelloCard } from '../trello/types.ts';
import { adoptRecord, retakeRecord } from './adopt.ts';
import type { BoardView } from './board.ts';
import { diffChecklist } from './checklist.ts';
import type { InstallId } from './install.ts';
import { checkItemsAction, planKnownCard } from './known-card.ts';
import type { CardContent, PlannedAction, RecordEvent, SyncSettings } from './types.ts';

export interface ItemContext {
  board: BoardView;
  settings: SyncSettings;
  now: string;
}

export interface ItemPlan {
  actions: PlannedAction[];
  /** True when the card needs no write. */
  unchanged: boolean;
}

/** How an action names its item and card in the plan. */
export interface Shown {
  key: ItemKey;
  title: string;
  list: string;
}

/** Where an item's card stands. */
type CardCase =
  /** `intent`: the record of a create whose outcome is unknown, no card carrying its marker. */
  | { case: 'no-card'; why: string; intent?: CardRecord }
  /**
   * Marked by another install: the card of an item this install has none for,
   * or one it knew that the other install has taken over since. Left alone
   * until --adopt-foreign. `intent`: as for `no-card`.
   */
  | { case: 'foreign'; card: TrelloCard; install: InstallId; intent?: CardRecord }
  /** A person archived or deleted it before: left alone until --revive. */
  | { case: 'tombstoned'; record: CardRecord; tombstone: Tombstone }
  | { case: 'deleted'; record: CardRecord }
  /** Archived on the board, the card or its list, by a person. */
  | { case: 'archived'; record: CardRecord; card: TrelloCard }
  /** A card report-sync may write; `events` say what the state learns first. */
  | { case: 'known'; record: CardRecord; card: TrelloCard; events: RecordEvent[]; reopen: boolean };

function classifyCard(
  ctx: ItemContext,
  key: ItemKey,
  want: CardContent,
  known: CardRecord | undefined,
): CardCase {
  const { board, settings } = ctx;
  const events: RecordEvent[] = [];
  let record = known;
  let card = board.card(record?.cardId ?? null);
  // A card this install knew that another install has marked since (taken over there): not this
  // install's to write any more, and what changed on it is no person's edit.
  const takenBy = card ? board.foreignInstall(card) : null;
  if (record && card && takenBy) {
    if (!settings.adoptForeign) return { case: 'foreign', card, install: takenBy };
    record = retakeRecord(record, card, want, ctx.now);
    events.push('adopt-foreign');
  }
  if (record?.tombstone) {
    if (card && !board.isArchived(card)) {
      record = { ...record, tombstone: null, updatedAt: ctx.now };
      events.push('restored');
    } else if (!settings.revive) return { case: 'tombstoned', record, tombstone: record.tombstone };
    else if (!card) return { case: 'no-card', why: 'revived (--revive): the card was deleted' };
  }
  if (!record || record.cardId === null) {
    const found = findByMarker(ctx, key, want, record);
    if ('case' in found) return found;
    ({ record, card } = found);
    events.push(found.event);
  }
  if (!card) {
    return settings.revive
      ? { case: 'no-card', why: 'revived (--revive): the card was deleted' }
      : { case: 'deleted', record };
  }
  // Only a card report-sync archived itself is reopened without --revive; never one in an archived list.
  const archived = board.isArchived(card);
  const reopen =
    archived &&
    (settings.revive || (!board.inClosedList(card) && (record.archivedBySync || record.tombstone !== null)));
  if (archived && !reopen) return { case: 'archived', record, card };
  return { case: 'known', record, card, events, reopen };
}

/**
 * The card of an item the state has no card for, by its marker: this
 * install's (a lost state file, an unknown create's outcome), else another
 * install's, taken over only with --adopt-foreign.
 */
function findByMarker(
  ctx: ItemContext,
  key: ItemKey,
  want: CardContent,
  intent: CardRecord | undefined,
): CardCase | { record: CardRecord; card: TrelloCard; event: RecordEvent } {
  const { board, settings, now } = ctx;
  const marked = board.marked.get(key);
  if (marked) return { record: adoptRecord(marked, want, intent, now), card: marked, event: 'adopt' };
  const other = board.marked.foreign(key);
  const install = other ? board.foreignInstall(other) : null;
  if (!other || !install) {
    const why = intent ? 'an earlier create did not finish; no card carries its marker' : 'new item';
    return intent ? { case: 'no-card', why, intent } : { case: 'no-card', why };
  }
  if (!settings.adoptForeign)
    return intent
      ? { case: 'foreign', card: other, install, intent }
      : { case: 'foreign', card: other, install };
  // What the other install sent is not this one's intent.
  return { record: adoptRecord(other, want, undefined, now), card: other, event: 'adopt-foreign' };
}

export function planItem(
  ctx: ItemContext,
  key: ItemKey,
  want: CardContent,
  known: CardRecord | undefined,
  replaces?: ItemKey,
): ItemPlan {
  const show: Shown = { key, title: want.name, list: want.list.name };
  // A reworded item's record keeps the old text's key among its former keys.
  const record =
    replaces && known ? { ...known, formerKeys: [...new Set([...known.formerKeys, replaces])] } : known;
  const plan = planCase(ctx, show, want, classifyCard(ctx, key, want, record));
  if (!replaces || !record) return plan;
  // The record moves to the new key first, whatever happens to the card next.
  const why = 'the item was reworded in a report: its card follows the new text';
  const rekey: PlannedAction = {
    type: 'record',
    ...show,
    cardId: record.cardId,
    record,
    event: 'rekey',
    why,
    replaces,
  };
  return { ...plan, actions: [rekey, ...plan.actions] };
}

function planCase(ctx: ItemContext, show: Shown, want: CardContent, found: CardCase): ItemPlan {
  switch (found.case) {
    case 'no-card':
      return planCreate(ctx, show, want, found.why, found.intent);
    case 'foreign':
      return planForeign(show, found.card, found.install, found.intent);
    case 'tombstoned':
      return planTombstoned(show, found.record, found.tombstone);
    case 'deleted':
      return tombstone(ctx, show, found.record, 'deleted', null);
    case 'archived':
      return tombstone(ctx, show, found.record, 'archived', found.card);
    case 'known':
      return planKnownCard(ctx, { show, want, ...found });
  }
}

function planCreate(
  ctx: ItemContext,
  show: Shown,
  want: CardContent,
  why: string,
  intent: CardRecord | undefined,
): ItemPlan {
  if (want.status === 'done') return doneWithoutCard(show, want, intent);
  const actions: PlannedAction[] = [{ type: 'create', ...show, card: want, why }];
  const steps = diffChecklist(null, [], want.checklist, ctx.settings.checklistName);
  if (steps !== 'person' && steps.create) {
    actions.push({
      type: 'add-checklist',
      ...show,
      cardId: null,
      name: ctx.settings.checklistName,
      items: steps.create,
      why: 'checklist of the new card',
    });
    if (steps.states.length > 0) actions.push(checkItemsAction(show, null, steps.states));
  }
  return { actions, unchanged: false };
}

/** Done before it ever had a card: none is made. An intent left by an unfinished create is let go. */
function doneWithoutCard(show: Shown, want: CardContent, intent: CardRecord | undefined): ItemPlan {
  const where = want.doneIn ? ` (${want.doneIn.text.replace(/^Done in /, '')})` : '';
  const why = `done in the newest report${where} before it had a card: no card is made`;
  const skip: PlannedAction = { type: 'skip', ...show, cardId: null, reason: 'done-without-card', why };
  return noCardMade(show, skip, intent, 'the item is done now');
}

/** Another install's card: neither taken over nor counted as a person's edit, nor made again beside it. */
function planForeign(
  show: Shown,
  card: TrelloCard,
  install: InstallId,
  intent: CardRecord | undefined,
): ItemPlan {
  const why = `held by a card of another report-sync install (${install}): left alone; --adopt-foreign takes it over`;
  const skip: PlannedAction = { type: 'skip', ...show, cardId: card.id, reason: 'foreign', why };
  return noCardMade(show, skip, intent, "another install's card holds the item");
}

/** No card is made for the item: the skip that says why, once an unfinished create's intent is let go. */
function noCardMade(show: Shown, skip: PlannedAction, intent: CardRecord | undefined, now: string): ItemPlan {
  const why = `an earlier create did not finish; ${now}`;
  const forget: PlannedAction[] = intent ? [{ type: 'forget', ...show, why }] : [];
  return { actions: [...forget, skip], unchanged: false };
}

function planTombstoned(show: Shown, record: CardRecord, { reason, at }: Tombstone): ItemPlan {
  const why = `a person ${reason} this card on ${at.slice(0, 10)}; run with --revive to bring it back`;
  return {
    actions: [{ type: 'skip', ...show, cardId: record.cardId, reason: 'tombstone', why }],
    unchanged: false,
  };
}

/** A person deleted or archived the card: remembered, so that it is never re-created or reopened. */
function tombstone(
  ctx: ItemContext,
  show: Shown,
  record: CardRecord,
  reason: 'deleted' | 'archived',
  card: TrelloCard | null,
): ItemPlan {
  const why =
    reason === 'deleted'
      ? 'a person deleted the card: it will not be re-created'
      : card && ctx.board.inClosedList(card)
        ? 'a person archived the list the card is in: it will not be moved out or reopened'
        : 'a person archived the card: it will not be reopened';
  const tomb: CardRecord = { ...record, tombstone: { reason, at: ctx.now }, updatedAt: ctx.now };
  return {
    actions: [
      { type: 'record', ...show, cardId: card?.id ?? record.cardId, record: tomb, event: 'tombstone', why },
    ],
    unchanged: false,
  };
}
