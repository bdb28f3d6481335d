/**
 * Actions, state and snapshot to a digest's sections (docs: README,
 * "report-sync digest"). Pure: the period is given, and nothing here reads a
 * clock or the world.
 */
import type { ActionsQuery, TrelloAction, TrelloCard } from '../trello/types.ts';
import { type BoardIndex, indexBoard, isOpenCard } from './board.ts';
import { arrange } from './group.ts';
import { type KnownCard, knownCards, lastMentioned, newestSource } from './known.ts';
import { type ListChange, listChanges } from './moves.ts';
import type { Digest, DigestEntry, DigestInput, DigestSectionName } from './types.ts';

/** Actions that bring a card onto the board. */
const CREATE_TYPES = ['createCard', 'copyCard', 'convertToCardFromCheckItem', 'moveCardToBoard'];

/**
 * What a digest asks Trello for: the creates, and the updates that changed a
 * card's list, in the period. Trello reads a date bound as the ids of that
 * second, so `before` is the next whole second (or the period's last second
 * would be cut off); buildDigest keeps exactly the period.
 */
export function actionsQuery(window: { from: string; to: string }): ActionsQuery {
  const before = (Math.floor(Date.parse(window.to) / 1000) + 1) * 1000;
  return {
    types: [...CREATE_TYPES, 'updateCard:idList'],
    since: window.from,
    before: new Date(before).toISOString(),
  };
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

interface Context {
  input: DigestInput;
  board: BoardIndex;
  known: Map<string, KnownCard>;
}

type Entries = { entry: DigestEntry; listRank: number }[];

export function buildDigest(input: DigestInput): Digest {
  const board = indexBoard(input.snapshot, input.settings);
  const known = knownCards(input.state);
  const context: Context = { input, board, known };
  const [from, to] = [Date.parse(input.window.from), Date.parse(input.window.to)];
  const actions = input.actions.filter((a) => Date.parse(a.date) >= from && Date.parse(a.date) < to);
  const changes = listChanges(actions, { board, known, settings: input.settings }, input.selfId);
  const sections: Record<DigestSectionName, Entries> = {
    done: done(changes, context),
    new: created(actions, context),
    moved: moved(changes, context),
    overdue: overdue(context),
    stale: stale(context),
    unresolvedOwners: unresolvedOwners(context),
  };
  const { name, url } = input.snapshot.board;
  return {
    from: input.window.from,
    to: input.window.to,
    board: { name, url },
    sections: Object.fromEntries(
      Object.entries(sections).map(([section, entries]) => [section, arrange(entries)]),
    ) as Record<DigestSectionName, DigestEntry[]>,
  };
}

function entryOf(card: TrelloCard, context: Context, extra: Partial<DigestEntry> = {}) {
  const { board, known } = context;
  const entry: DigestEntry = {
    name: card.name,
    url: card.shortUrl || card.url,
    list: board.listName(card.idList),
    members: board.members(card),
    due: card.due,
    source: newestSource(known.get(card.id)),
    ...extra,
  };
  return { entry, listRank: board.listRank(card.idList) };
}

/** Each card's list changes in the period, oldest first. */
function byCard(changes: readonly ListChange[]): Map<string, ListChange[]> {
  const cards = new Map<string, ListChange[]>();
  for (const change of changes) cards.set(change.cardId, [...(cards.get(change.cardId) ?? []), change]);
  return cards;
}

/** Cards whose last list change in the period put them in the done list, by report-sync or a person. */
function done(changes: readonly ListChange[], context: Context): Entries {
  return [...byCard(changes)].flatMap(([cardId, ofCard]) => {
    const last = ofCard.at(-1);
    const card = context.board.card(cardId);
    if (!card || !last || !context.board.isDone(last.toList)) return [];
    return [entryOf(card, context, { at: last.at, by: last.by })];
  });
}

function created(actions: readonly TrelloAction[], context: Context): Entries {
  const seen = new Set<string>();
  return [...actions]
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((action) => {
      const card = action.data.card?.id ? context.board.card(action.data.card.id) : undefined;
      if (!CREATE_TYPES.includes(action.type) || !card || seen.has(card.id)) return [];
      seen.add(card.id);
      return [entryOf(card, context, { at: action.date })];
    });
}

/** Cards a person moved in the period, unless they ended in the done list (those are done). */
function moved(changes: readonly ListChange[], context: Context): Entries {
  return [...byCard(changes)].flatMap(([cardId, ofCard]) => {
    const byPeople = ofCard.filter((c) => c.by === 'person');
    const [first] = byPeople;
    const last = byPeople.at(-1);
    const card = context.board.card(cardId);
    if (!card || !first || !last || context.board.isDone(ofCard.at(-1)?.toList ?? '')) return [];
    return [entryOf(card, context, { at: last.at, from: context.board.listName(first.fromList) })];
  });
}

function overdue(context: Context): Entries {
  const end = Date.parse(context.input.window.to);
  return context.board
    .cards()
    .filter((card) => isOpenCard(card, context.board) && card.due !== null && Date.parse(card.due) < end)
    .map((card) => entryOf(card, context));
}

/** The cards of open items report-sync keeps, on the board and open there. */
function openKnownCards(context: Context): { card: TrelloCard; known: KnownCard }[] {
  return [...context.known.values()].flatMap((known) => {
    const card = context.board.card(known.record.cardId ?? '');
    const open = card && known.record.tombstone === null && isOpenCard(card, context.board);
    return open && known.occurrences?.item.status !== 'done' ? [{ card, known }] : [];
  });
}

/**
 * Open items that no report mentions any more, or whose newest dated mention
 * is older than the stale period. Items mentioned only in undated reports
 * cannot be dated, and are not called stale.
 */
function stale(context: Context): Entries {
  const weeks = context.input.settings.staleAfterWeeks;
  const since = new Date(Date.parse(context.input.window.to) - weeks * WEEK_MS).toISOString().slice(0, 10);
  return openKnownCards(context).flatMap(({ card, known }) => {
    const last = lastMentioned(known);
    const unmentioned = known.occurrences === undefined || (last !== null && last < since);
    return unmentioned ? [entryOf(card, context)] : [];
  });
}

function unresolvedOwners(context: Context): Entries {
  const unresolved = new Set(context.input.state.unresolvedOwners);
  return openKnownCards(context).flatMap(({ card, known }) => {
    const owners = (known.occurrences?.item.owners ?? []).filter((o) => unresolved.has(o));
    return owners.length > 0 ? [entryOf(card, context, { owners })] : [];
  });
}
