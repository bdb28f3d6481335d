/**
 * The board as the planner looks at it: cards by id and by their marker,
 * checklists, and which cards count as archived. Pure.
 */
import type { ItemKey } from '../extract/item.ts';
import type { BoardSnapshot, TrelloCard, TrelloChecklist } from '../trello/types.ts';
import { parseMarker } from './marker.ts';

export interface MarkedCards {
  /** The card marked with this key (the oldest, when a person copied one). */
  get(key: ItemKey): TrelloCard | undefined;
  /** Marked cards beyond the first for a key. */
  duplicates(): TrelloCard[];
}

export interface BoardView {
  /** The card with this id; undefined when it was deleted (or never made). */
  card(id: string | null): TrelloCard | undefined;
  marked: MarkedCards;
  checklists: readonly TrelloChecklist[];
  /** Archived by a person, or by report-sync: the card itself, or the list it is in. */
  isArchived(card: TrelloCard): boolean;
  /** In a list a person archived: the card is never moved out or reopened from there. */
  inClosedList(card: TrelloCard): boolean;
}

export function boardView(snapshot: BoardSnapshot): BoardView {
  const cardsById = new Map(snapshot.cards.map((c) => [c.id, c]));
  const closedLists = new Set(snapshot.lists.filter((l) => l.closed).map((l) => l.id));
  const inClosedList = (card: TrelloCard) => closedLists.has(card.idList);
  return {
    card: (id) => (id === null ? undefined : cardsById.get(id)),
    marked: indexMarkedCards(snapshot.cards),
    checklists: snapshot.checklists,
    isArchived: (card) => card.closed || inClosedList(card),
    inClosedList,
  };
}

/** Trello ids are Mongo ObjectIds: the first 8 hex digits are the creation time. */
const byAge = (a: TrelloCard, b: TrelloCard) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function indexMarkedCards(cards: readonly TrelloCard[]): MarkedCards {
  const byKey = new Map<ItemKey, TrelloCard[]>();
  for (const card of cards) {
    const key = parseMarker(card.desc);
    if (key === null) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), card]);
  }
  for (const list of byKey.values()) list.sort(byAge);
  return {
    get: (key) => byKey.get(key)?.[0],
    duplicates: () => [...byKey.values()].flatMap((list) => list.slice(1)),
  };
}
