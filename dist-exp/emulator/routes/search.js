import { invalidValue } from "../errors.js";
import { requireText } from "../params.js";
const MODEL_TYPES = ['actions', 'boards', 'cards', 'members', 'organizations'];
function boundedNumber(raw, name, fallback, max) {
    if (raw === undefined)
        return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > max)
        throw invalidValue(name);
    return value;
}
function searchedBoards({ store, member, params }) {
    const mine = store.data.boards.filter((b) => b.idMembers.includes(member.id));
    const idBoards = params.get('idBoards') ?? 'mine';
    if (idBoards === 'mine')
        return mine;
    const wanted = new Set(idBoards.split(',').map((id) => id.trim().toLowerCase()));
    return mine.filter((b) => wanted.has(b.id));
}
/**
 * `GET /1/search`: a case-insensitive substring match over the names and
 * descriptions of the token's boards and their open cards. Trello's index is
 * not real-time, so a card becomes findable only `indexLagMs` after it was
 * created: a client that looks a card up by search right after creating it
 * (to stay idempotent) fails here as it would on Trello.
 */
export function registerSearchRoute(router, indexLagMs) {
    router.add('GET', '/1/search', (request) => {
        const { store, json, params } = request;
        const query = requireText(params, 'query').toLowerCase();
        const types = params.get('modelTypes') ?? 'all';
        const wanted = types === 'all' ? MODEL_TYPES : types.split(',');
        if (wanted.some((t) => !MODEL_TYPES.includes(t)))
            throw invalidValue('modelTypes');
        const cardsLimit = boundedNumber(params.get('cards_limit'), 'cards_limit', 10, 1000);
        const boardsLimit = boundedNumber(params.get('boards_limit'), 'boards_limit', 10, 1000);
        const matches = (text) => text.toLowerCase().includes(query);
        const boards = searchedBoards(request);
        const indexedBefore = store.clock() - indexLagMs;
        const indexed = (card) => Date.parse(card.dateCreated) <= indexedBefore;
        const boardIds = new Set(boards.map((b) => b.id));
        const cards = store.data.cards.filter((c) => boardIds.has(c.idBoard) && !c.closed && indexed(c) && (matches(c.name) || matches(c.desc)));
        return {
            options: {
                terms: [{ text: query }],
                modifiers: [],
                modelTypes: wanted,
                partial: params.get('partial') === 'true',
            },
            cards: wanted.includes('cards') ? cards.slice(0, cardsLimit).map((c) => json.card(c, 'read')) : [],
            boards: wanted.includes('boards')
                ? boards
                    .filter((b) => matches(b.name) || matches(b.desc))
                    .slice(0, boardsLimit)
                    .map((b) => json.board(b))
                : [],
            members: [],
            organizations: [],
        };
    });
}
//# sourceMappingURL=search.js.map