import { createBoard } from "../board-setup.js";
import { readCards } from "../card-reads.js";
import { ApiError, invalidValue } from "../errors.js";
import { cardFilter, filterCards, filterLists, listFilter, pickFields } from "../filters.js";
import { parseBoolean, parseText } from "../params.js";
import { createLabel, createList } from "./creation.js";
/** Nested resources `GET /1/boards/{id}?lists=open&cards=all&...` can include, each read as a filter. */
function nestedResources(request, board) {
    const { params, store, json } = request;
    const nested = {};
    const lists = params.get('lists');
    if (lists !== undefined)
        nested['lists'] = filterLists(store.listsOf(board.id), listFilter(lists)).map((l) => json.list(l, 'inBoard'));
    const cards = params.get('cards');
    if (cards !== undefined) {
        const filtered = filterCards(store, store.cardsOf(board.id), cardFilter(cards));
        nested['cards'] = filtered.map((c) => json.card(c, 'inBoard'));
    }
    if (params.get('labels') === 'all')
        nested['labels'] = store.labelsOf(board.id).map((l) => json.label(l));
    if (params.get('members') === 'all')
        nested['members'] = store.membersOf(board).map((m) => json.member(m));
    if (params.get('checklists') === 'all') {
        nested['checklists'] = store.checklistsOfBoard(board.id).map((c) => json.checklist(c));
    }
    return nested;
}
/** Without a name Trello refuses a board with a JSON error (R). */
function boardName(request) {
    const name = parseText(request.params, 'name');
    if (name === undefined || name.trim() === '')
        throw new ApiError(400, { message: 'invalid value for name', error: 'ERROR' });
    return name;
}
export function registerBoardRoutes(router, seedMembers, maxCardsPerRead) {
    router.add('GET', '/1/boards/:id', (request) => {
        const board = request.store.board(request.path['id'] ?? '');
        const fields = request.params.get('fields');
        const body = fields === undefined ? request.json.board(board) : pickFields(request.json.board(board, 'all'), fields);
        return { ...body, ...nestedResources(request, board) };
    });
    router.add('POST', '/1/boards', (request) => {
        const { params, store, json, member } = request;
        const board = createBoard(store, {
            name: boardName(request),
            desc: parseText(params, 'desc') ?? '',
            owner: member,
            members: seedMembers(),
            defaultLabels: parseBoolean(params, 'defaultLabels') ?? true,
            defaultLists: parseBoolean(params, 'defaultLists') ?? true,
        });
        return json.board(board, 'all');
    });
    const boardLists = (request, filter) => {
        const board = request.store.board(request.path['id'] ?? '');
        return filterLists(request.store.listsOf(board.id), listFilter(filter)).map((l) => pickFields(request.json.list(l, 'inBoard'), request.params.get('fields')));
    };
    router.add('GET', '/1/boards/:id/lists', (request) => boardLists(request, request.params.get('filter')));
    router.add('GET', '/1/boards/:id/lists/:filter', (request) => boardLists(request, request.path['filter']));
    router.add('POST', '/1/boards/:id/lists', (request) => {
        const board = request.store.board(request.path['id'] ?? '');
        return request.json.list(createList(request.store, request.member, board, request.params), 'created');
    });
    router.add('GET', '/1/boards/:id/labels', ({ store, json, path, params }) => {
        const board = store.board(path['id'] ?? '');
        const limit = Number(params.get('limit') ?? 50);
        if (!Number.isInteger(limit) || limit < 0 || limit > 1000)
            throw invalidValue('limit');
        return store
            .labelsOf(board.id)
            .slice(0, limit)
            .map((l) => pickFields(json.label(l), params.get('fields')));
    });
    router.add('POST', '/1/boards/:id/labels', ({ store, json, path, params }) => {
        const board = store.board(path['id'] ?? '');
        return json.label(createLabel(store, board, params), 'created');
    });
    const boardCards = (request, filter) => {
        const { store, params, json } = request;
        const board = store.board(request.path['id'] ?? '');
        const cards = filterCards(store, store.cardsOf(board.id), cardFilter(filter));
        return readCards(cards, store.listsOf(board.id), params, maxCardsPerRead).map((c) => pickFields(json.card(c, 'inBoard'), params.get('fields')));
    };
    router.add('GET', '/1/boards/:id/cards', (request) => boardCards(request, request.params.get('filter')));
    router.add('GET', '/1/boards/:id/cards/:filter', (request) => boardCards(request, request.path['filter']));
    router.add('GET', '/1/boards/:id/members', ({ store, json, path }) => {
        return store.membersOf(store.board(path['id'] ?? '')).map((m) => json.member(m));
    });
    router.add('GET', '/1/boards/:id/checklists', ({ store, json, path }) => {
        const board = store.board(path['id'] ?? '');
        return store.checklistsOfBoard(board.id).map((c) => json.checklist(c));
    });
}
//# sourceMappingURL=boards.js.map