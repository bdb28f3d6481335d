/**
 * The board as a digest reads it: cards by id, list names and order, members,
 * and which lists are report-sync's (by the configured names, matched as the
 * planner matches them). Pure.
 */
import { foldName } from '../plan/board-setup.ts';
import type { BoardSnapshot, TrelloCard, TrelloList } from '../trello/types.ts';
import type { DigestMember, DigestSettings } from './types.ts';

export interface BoardIndex {
  card(id: string): TrelloCard | undefined;
  cards(): readonly TrelloCard[];
  /** A list's name; a list gone from the board is named by its id. */
  listName(id: string): string;
  /** Board order of a list (archived and unknown lists last). */
  listRank(id: string): number;
  listClosed(id: string): boolean;
  members(card: TrelloCard): DigestMember[];
  /** The lists a setting names, as the planner finds them (`To Do` is `TODO`; a board may have two). */
  listsNamed(name: string): ReadonlySet<string>;
  isDone(listId: string): boolean;
}

export function indexBoard(snapshot: BoardSnapshot, settings: DigestSettings): BoardIndex {
  const cards = new Map(snapshot.cards.map((c) => [c.id, c]));
  const lists = new Map(snapshot.lists.map((l) => [l.id, l]));
  const ordered = [...snapshot.lists].sort(byBoardOrder);
  const rank = new Map(ordered.map((l, index) => [l.id, index]));
  const members = new Map(snapshot.members.map((m) => [m.id, m]));
  const named = new Map<string, Set<string>>();
  for (const list of snapshot.lists) {
    const ids = named.get(foldName(list.name)) ?? new Set<string>();
    ids.add(list.id);
    named.set(foldName(list.name), ids);
  }
  const done = named.get(foldName(settings.lists.done)) ?? new Set<string>();
  return {
    card: (id) => cards.get(id),
    cards: () => snapshot.cards,
    listName: (id) => lists.get(id)?.name ?? id,
    listRank: (id) => rank.get(id) ?? ordered.length,
    listClosed: (id) => lists.get(id)?.closed ?? false,
    members: (card) =>
      card.idMembers.flatMap((id) => {
        const member = members.get(id);
        return member ? [{ username: member.username, fullName: member.fullName }] : [];
      }),
    listsNamed: (name) => named.get(foldName(name)) ?? new Set(),
    isDone: (listId) => done.has(listId),
  };
}

function byBoardOrder(a: TrelloList, b: TrelloList): number {
  return Number(a.closed) - Number(b.closed) || a.pos - b.pos;
}

/** Open: on the board (neither it nor its list archived), not in the done list, its due date not complete. */
export function isOpenCard(card: TrelloCard, board: BoardIndex): boolean {
  return !card.closed && !board.listClosed(card.idList) && !card.dueComplete && !board.isDone(card.idList);
}
