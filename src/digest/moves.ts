/**
 * The board's list changes, each told apart as report-sync's or a person's.
 *
 * Trello says which account made a change, and report-sync often shares its
 * account with a person (in the emulator every token is one member). So a
 * change counts as report-sync's only when everything the state knows agrees:
 *
 * 1. the token's own account made it (another account is a person, always);
 * 2. the card is one report-sync keeps;
 * 3. it went between the two lists report-sync moves that card between: the
 *    list of its kind and the done list (by name, as the planner finds them,
 *    or as report-sync last wrote cards of that role to, when renamed);
 * 4. no person holds the card's list (a sync that saw a person move the card
 *    leaves the list to them from then on, so every later move is theirs);
 * 5. the card's newest change put it where report-sync last wrote it: a card
 *    report-sync left in one list and found in another was moved by a person,
 *    even before a sync has noticed.
 *
 * Anything else is a person's. Pure.
 */
import type { TrelloAction } from '../trello/types.ts';
import type { BoardIndex } from './board.ts';
import type { KnownCard } from './known.ts';
import type { DigestSettings } from './types.ts';

export interface ListChange {
  cardId: string;
  fromList: string;
  toList: string;
  at: string;
  by: 'report-sync' | 'person';
}

interface RawChange extends Omit<ListChange, 'by'> {
  memberId: string;
}

/** Every list change among the actions, oldest first, with who made it. */
export function listChanges(
  actions: readonly TrelloAction[],
  context: { board: BoardIndex; known: ReadonlyMap<string, KnownCard>; settings: DigestSettings },
  selfId: string,
): ListChange[] {
  const written = writtenLists(context.known);
  const raw = actions.flatMap(toRawChange).sort((a, b) => a.at.localeCompare(b.at));
  const newest = new Map<string, RawChange>();
  for (const change of raw) newest.set(change.cardId, change);
  return raw.map((change) => {
    const known = context.known.get(change.cardId);
    const ours =
      change.memberId === selfId &&
      known !== undefined &&
      betweenOwnLists(change, known, { ...context, written }) &&
      !known.record.personFields.includes('idList') &&
      (newest.get(change.cardId) !== change || change.toList === known.record.written.idList);
    const { memberId: _memberId, ...rest } = change;
    return { ...rest, by: ours ? 'report-sync' : 'person' };
  });
}

type Role = 'todo' | 'planned' | 'done';

/**
 * The lists report-sync last wrote the cards of each role to, as the planner
 * finds a list a person renamed (plan/board-setup.ts): a card a person moved
 * says nothing of its role's list.
 */
function writtenLists(known: ReadonlyMap<string, KnownCard>): Map<Role, Set<string>> {
  const lists = new Map<Role, Set<string>>();
  for (const { record } of known.values()) {
    if (record.personFields.includes('idList')) continue;
    const role: Role = record.doneIn !== null ? 'done' : record.kind;
    lists.set(role, (lists.get(role) ?? new Set()).add(record.written.idList));
  }
  return lists;
}

function betweenOwnLists(
  change: RawChange,
  known: KnownCard,
  context: { board: BoardIndex; settings: DigestSettings; written: Map<Role, Set<string>> },
): boolean {
  const { board, settings, written } = context;
  const roles: Role[] = [known.record.kind, 'done'];
  const own = new Set(
    roles.flatMap((role) => [...board.listsNamed(settings.lists[role]), ...(written.get(role) ?? [])]),
  );
  return own.has(change.fromList) && own.has(change.toList);
}

/** An `updateCard` that moved a card between lists: `listBefore`/`listAfter`, or `old.idList` and the card's. */
function toRawChange(action: TrelloAction): RawChange[] {
  if (action.type !== 'updateCard') return [];
  const { card, listBefore, listAfter, old } = action.data;
  const oldList = old?.['idList'];
  const fromList = listBefore?.id ?? (typeof oldList === 'string' ? oldList : undefined);
  const toList = listAfter?.id ?? (fromList === undefined ? undefined : (card?.idList ?? undefined));
  if (!card?.id || fromList === undefined || toList === undefined || fromList === toList) return [];
  return [{ cardId: card.id, fromList, toList, at: action.date, memberId: action.idMemberCreator }];
}
