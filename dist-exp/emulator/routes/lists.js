import { listRef, recordAction } from "../actions.js";
import { ApiError, invalidValue } from "../errors.js";
import { cardFilter, filterCards, pickFields } from "../filters.js";
import { isObjectId } from "../ids.js";
import { parseBoolean, parsePosition, requireText } from "../params.js";
import { resolvePosition } from "../positions.js";
import { createList } from "./creation.js";
/** The fields `PUT /lists/{id}/{field}?value=` sets (`closed` is the only way to archive a list, O). */
const LIST_FIELDS = new Set(['closed', 'name', 'pos']);
/** Renames, archives (`closed`) or moves a list; its cards keep their own `closed`. */
function updateList({ store, json, path, params, member }, fields = params) {
    const list = store.list(path['id'] ?? '');
    const before = { ...list };
    if (fields.get('name') !== undefined)
        list.name = requireText(fields, 'name');
    list.closed = parseBoolean(fields, 'closed') ?? list.closed;
    const pos = parsePosition(fields);
    if (pos !== undefined) {
        const siblings = store.listsOf(list.idBoard).filter((l) => l.id !== list.id);
        list.pos = resolvePosition(pos, siblings.map((l) => l.pos));
    }
    const board = store.board(list.idBoard);
    for (const field of ['closed', 'name']) {
        if (before[field] === list[field])
            continue;
        recordAction(store, 'updateList', member, board, {
            list: { ...listRef(list), [field]: list[field] },
            old: { [field]: before[field] },
        });
    }
    store.touchBoard(list.idBoard, store.now());
    store.changed();
    return json.list(list);
}
export function registerListRoutes(router) {
    router.add('POST', '/1/lists', (request) => {
        const { store, json, params, member } = request;
        const idBoard = requireText(params, 'idBoard');
        if (!isObjectId(idBoard))
            throw invalidValue('idBoard');
        const board = store.data.boards.find((b) => b.id === idBoard.toLowerCase());
        // An unknown board is refused as a permission problem, with the id (R).
        if (!board)
            throw new ApiError(401, `unauthorized board list requested ${idBoard}`);
        return json.list(createList(store, member, board, params), 'created');
    });
    router.add('GET', '/1/lists/:id', ({ store, json, path, params }) => {
        return pickFields(json.list(store.list(path['id'] ?? '')), params.get('fields'));
    });
    router.add('PUT', '/1/lists/:id', (request) => updateList(request));
    router.add('PUT', '/1/lists/:id/:field', (request) => {
        const field = request.path['field'] ?? '';
        const list = request.store.list(request.path['id'] ?? '');
        if (!LIST_FIELDS.has(field))
            throw new ApiError(404, `Cannot PUT /1/lists/${list.id}/${field}`);
        const value = request.params.get('value');
        if (value === undefined || (field === 'closed' && !/^(true|false)$/i.test(value)))
            throw invalidValue('value');
        return updateList(request, new Map([[field, value]]));
    });
    router.add('GET', '/1/lists/:id/cards', ({ store, json, path, params }) => {
        const list = store.list(path['id'] ?? '');
        return filterCards(store, store.cardsInList(list.id), cardFilter(params.get('filter'), 'open')).map((c) => json.card(c, 'inList'));
    });
}
//# sourceMappingURL=lists.js.map