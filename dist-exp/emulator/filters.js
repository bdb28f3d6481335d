import { invalidValue } from "./errors.js";
const LIST_FILTERS = ['all', 'closed', 'none', 'open'];
const CARD_FILTERS = ['all', 'closed', 'none', 'open', 'visible'];
function oneOf(allowed, value, name) {
    if (!allowed.includes(value))
        throw invalidValue(name);
    return value;
}
export function listFilter(value, fallback = 'open') {
    return value === undefined ? fallback : oneOf(LIST_FILTERS, value, 'filter');
}
export function cardFilter(value, fallback = 'visible') {
    return value === undefined ? fallback : oneOf(CARD_FILTERS, value, 'filter');
}
export function filterLists(lists, filter) {
    if (filter === 'none')
        return [];
    if (filter === 'all')
        return [...lists];
    return lists.filter((l) => l.closed === (filter === 'closed'));
}
/**
 * Archiving a list leaves its cards `closed: false` (O): `open` still returns
 * them, `visible` does not, and only `all`/`closed` return archived cards.
 */
export function filterCards(store, cards, filter) {
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
export function pickFields(value, fields) {
    if (fields === undefined || fields === 'all')
        return value;
    const wanted = new Set(['id', ...fields.split(',').map((f) => f.trim())]);
    return Object.fromEntries(Object.entries(value).filter(([name]) => wanted.has(name)));
}
export function filterBoards(boards, filter) {
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
//# sourceMappingURL=filters.js.map