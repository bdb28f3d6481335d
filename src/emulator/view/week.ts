/**
 * The board's last seven days, from the emulator's own store and actions,
 * in the sections `report-sync digest` has. The emulator knows no report and
 * no config, and every token is one member, so it says what the board alone
 * can: done is a move into a list called "Done"; moved is any other move
 * (it cannot tell people from report-sync); stale is an open card with no
 * activity for three weeks; and an owner not on the board is an `@name` in a
 * card's text that names no member of the board. Archived cards are left
 * out, as the board folds them away.
 */
import type { ActionRecord, BoardRecord, CardRecord } from '../model.ts';
import type { Store } from '../store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
export const WEEK_DAYS = 7;
export const QUIET_DAYS = 21;
const DONE_LIST = /^done$/i;
const MENTION = /(?<![\w@])@([a-z0-9_]{3,})/gi;

export const WEEK_SECTIONS = ['done', 'new', 'moved', 'overdue', 'stale', 'unresolvedOwners'] as const;
export type WeekSection = (typeof WEEK_SECTIONS)[number];

export interface WeekEntry {
  card: CardRecord;
  /** What the section says of it: the list it came from, the names not on the board. */
  note?: string;
}

export interface Week {
  from: number;
  to: number;
  sections: Record<WeekSection, WeekEntry[]>;
}

export function boardWeek(store: Store, board: BoardRecord, now: number): Week {
  const from = now - WEEK_DAYS * DAY_MS;
  const lists = new Map(store.listsOf(board.id).map((l) => [l.id, l]));
  const isDone = (idList: string) => DONE_LIST.test(lists.get(idList)?.name ?? '');
  // Archived cards are folded away on the board, and so left out here.
  const cards = new Map(
    store
      .cardsOf(board.id)
      .filter((c) => !c.closed && !lists.get(c.idList)?.closed)
      .map((c) => [c.id, c]),
  );
  const recent = store
    .actionsOfBoard(board.id)
    .filter((a) => Date.parse(a.date) >= from && Date.parse(a.date) <= now)
    .reverse();
  const moves = new Map<string, ActionRecord[]>();
  for (const action of recent.filter(isMove)) {
    const id = action.idCard ?? '';
    moves.set(id, [...(moves.get(id) ?? []), action]);
  }
  const open = [...cards.values()].filter((c) => !c.dueComplete && !isDone(c.idList));
  const members = new Set(store.membersOf(board).map((m) => m.username.toLowerCase()));
  /** Each moved card's entry, from its first and last move of the week. */
  const ofMoves = (keep: (card: CardRecord, last: ActionRecord, first: ActionRecord) => WeekEntry | null) =>
    [...moves].flatMap(([id, list]) => {
      const [first] = list;
      const last = list.at(-1);
      const card = cards.get(id);
      const entry = card && first && last ? keep(card, last, first) : null;
      return entry ? [entry] : [];
    });
  return {
    from,
    to: now,
    sections: {
      done: ofMoves((card, last) => (isDone(listAfter(last)) ? { card } : null)),
      new: recent.flatMap((a) => {
        const card = cards.get(a.idCard ?? '');
        return a.type === 'createCard' && card ? [{ card }] : [];
      }),
      moved: ofMoves((card, last, first) =>
        isDone(listAfter(last)) ? null : { card, note: lists.get(listBefore(first))?.name ?? '' },
      ),
      overdue: open.filter((c) => c.due !== null && Date.parse(c.due) < now).map((card) => ({ card })),
      stale: open
        .filter((c) => Date.parse(c.dateLastActivity) < now - QUIET_DAYS * DAY_MS)
        .map((card) => ({ card })),
      unresolvedOwners: open.flatMap((card) => {
        const names = [...`${card.name}\n${card.desc}`.matchAll(MENTION)].map((m) => m[1] ?? '');
        const missing = [...new Set(names.filter((n) => !members.has(n.toLowerCase())))];
        return missing.length > 0 ? [{ card, note: missing.map((n) => `@${n}`).join(', ') }] : [];
      }),
    },
  };
}

function isMove(action: ActionRecord): boolean {
  return action.type === 'updateCard' && typeof action.data['listAfter'] === 'object';
}

function listAfter(action: ActionRecord): string {
  return (action.data['listAfter'] as { id?: string } | undefined)?.id ?? '';
}

function listBefore(action: ActionRecord): string {
  return (action.data['listBefore'] as { id?: string } | undefined)?.id ?? '';
}
