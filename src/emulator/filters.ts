import { invalidValue } from './errors.ts';
import type { CardRecord, ListRecord } from './model.ts';
import type { Store } from './store.ts';

const LIST_FILTERS = ['all', 'closed', 'none', 'open'] as const;
const CARD_FILTERS = ['all', 'closed', 'none', 'open', 'visible'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];
export type CardFilter = (typeof CARD_FILTERS)[number];

function oneOf<T extends string>(allowed: readonly T[], value: string, name: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw invalidValue(name);
  return value as T;
}

export function listFilter(value: string | undefined, fallback: ListFilter = 'open'): ListFilter {
  return value === undefined ? fallback : oneOf(LIST_FILTERS, value, 'filter');
}

export function cardFilter(value: string | undefined, fallback: CardFilter = 'visible'): CardFilter {
  return value === undefined ? fallback : oneOf(CARD_FILTERS, value, 'filter');
}

export function filterLists(lists: readonly ListRecord[], filter: ListFilter): ListRecord[] {
  if (filter === 'none') return [];
  if (filter === 'all') return [...lists];
  return lists.filter((l) => l.closed === (filter === 'closed'));
}

/**
 * Archiving a list leaves its cards `closed: false` (O): `open` still returns
 * them, `visible` does not, and only `all`/`closed` return archived cards.
 */
export function filterCards(store: Store, cards: readonly CardRecord[], filter: CardFilter): CardRecord[] {
  switch (filter) {
    case 'none':
      return [];
    case 'all':
      return [...cards];
    case 'closed':
      return cards.filter((c) => c.closed);
    case 'open':
      return cards.filter((c) => !c.closed);
    case 'visible': {
      const closedLists = new Set(store.data.lists.filter((l) => l.closed).map((l) => l.id));
      return cards.filter((c) => !c.closed && !closedLists.has(c.idList));
    }
  }
}

/** `fields=name,url` narrows an answer to those fields (and `id`), as Trello's `fields` parameter does. */
export function pickFields(
  value: Record<string, unknown>,
  fields: string | undefined,
): Record<string, unknown> {
  if (fields === undefined || fields === 'all') return value;
  const wanted = new Set(['id', ...fields.split(',').map((f) => f.trim())]);
  return Object.fromEntries(Object.entries(value).filter(([name]) => wanted.has(name)));
}

export function filterBoards<T extends { closed: boolean }>(
  boards: readonly T[],
  filter: string | undefined,
): T[] {
  switch (filter ?? 'all') {
    case 'all':
      return [...boards];
    case 'open':
      return boards.filter((b) => !b.closed);
    case 'closed':
      return boards.filter((b) => b.closed);
    default:
      throw invalidValue('filter');
  }
}
