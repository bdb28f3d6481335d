/**
 * The board as the planner looks at it: cards by id and by their marker
 * (this install's, and other installs'), checklists, and which cards count as
 * archived. Pure.
 */
import type { ItemKey } from '../extract/item.ts';
import type { BoardSnapshot, TrelloCard, TrelloChecklist } from '../trello/types.ts';
import type { InstallId } from './install.ts';
import { CardMarker } from './marker.ts';

export interface MarkedCards {
  /**
   * This install's card for the key — one it marked, or one marked before
   * installs were told apart — the oldest, when a person copied one.
   */
  get(key: ItemKey): TrelloCard | undefined;
  /** The oldest card another install marked with the key. */
  foreign(key: ItemKey): TrelloCard | undefined;
  /** This install's marked cards beyond the first for a key. */
  duplicates(): TrelloCard[];
}

export interface BoardView {
  /** The card with this id; undefined when it was deleted (or never made). */
  card(id: string | null): TrelloCard | undefined;
  marked: MarkedCards;
  /** The install whose marker a card of the snapshot carries, when that is another install than this one. */
  foreignInstall(card: TrelloCard): InstallId | null;
  /** The checklists of a card (none for a card the snapshot does not have). */
  checklistsOf(cardId: string): readonly TrelloChecklist[];
  /** Archived by a person, or by report-sync: the card itself, or the list it is in. */
  isArchived(card: TrelloCard): boolean;
  /** In a list a person archived: the card is never moved out or reopened from there. */
  inClosedList(card: TrelloCard): boolean;
}

export function boardView(snapshot: BoardSnapshot, self: InstallId): BoardView {
  const cardsById = new Map(snapshot.cards.map((c) => [c.id, c]));
  const closedLists = new Set(snapshot.lists.filter((l) => l.closed).map((l) => l.id));
  const inClosedList = (card: TrelloCard) => closedLists.has(card.idList);
  const markers = new Map(snapshot.cards.map((c) => [c.id, CardMarker.parse(c.desc)]));
  // Indexed once: each card's diff asks for its own, and a board has thousands of cards.
  const checklists = new Map<string, TrelloChecklist[]>();
  for (const checklist of snapshot.checklists)
    checklists.set(checklist.idCard, [...(checklists.get(checklist.idCard) ?? []), checklist]);
  const foreignInstall = (card: TrelloCard) => {
    const marker = markers.get(card.id);
    return marker?.isForeignTo(self) ? marker.install : null;
  };
  return {
    card: (id) => (id === null ? undefined : cardsById.get(id)),
    marked: indexMarkedCards(snapshot.cards, markers, self),
    foreignInstall,
    checklistsOf: (cardId) => checklists.get(cardId) ?? [],
    isArchived: (card) => card.closed || inClosedList(card),
    inClosedList,
  };
}

/** Trello ids are Mongo ObjectIds: the first 8 hex digits are the creation time. */
const byAge = (a: TrelloCard, b: TrelloCard) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function indexMarkedCards(
  cards: readonly TrelloCard[],
  markers: ReadonlyMap<string, CardMarker | null>,
  self: InstallId,
): MarkedCards {
  const own = new Map<ItemKey, TrelloCard[]>();
  const foreign = new Map<ItemKey, TrelloCard[]>();
  for (const card of [...cards].sort(byAge)) {
    const marker = markers.get(card.id);
    if (!marker) continue;
    const index = marker.isForeignTo(self) ? foreign : own;
    index.set(marker.key, [...(index.get(marker.key) ?? []), card]);
  }
  return {
    get: (key) => own.get(key)?.[0],
    foreign: (key) => foreign.get(key)?.[0],
    duplicates: () => [...own.values()].flatMap((list) => list.slice(1)),
  };
}
