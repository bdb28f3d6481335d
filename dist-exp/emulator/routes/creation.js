import { listRef, recordAction } from "../actions.js";
import { ApiError, invalidValue } from "../errors.js";
import { LABEL_COLORS } from "../label-colors.js";
import { parsePosition, parseText } from "../params.js";
import { resolvePosition } from "../positions.js";
/** A list without a name is refused with a JSON error (R), unlike most of Trello's plain-text ones. */
function listName(params) {
    const name = parseText(params, 'name');
    if (name === undefined || name.trim() === '')
        throw new ApiError(400, { message: 'invalid value for name', error: 'BAD_REQUEST_ERROR' });
    return name;
}
/** Lists and labels are created the same way from `/boards/{id}/…` and from `/lists`, `/labels` with `idBoard`. */
export function createList(store, member, board, params) {
    const siblings = store.listsOf(board.id).map((l) => l.pos);
    const list = {
        id: store.ids.objectId(),
        idBoard: board.id,
        name: listName(params),
        closed: false,
        pos: resolvePosition(parsePosition(params), siblings),
    };
    store.data.lists.push(list);
    recordAction(store, 'createList', member, board, { list: listRef(list) });
    store.touchBoard(board.id, store.now());
    store.changed();
    return list;
}
export function createLabel(store, board, params) {
    const label = {
        id: store.ids.objectId(),
        idBoard: board.id,
        name: params.get('name') ?? '',
        color: parseColor(params.get('color')),
    };
    if (label.name.length > 16384)
        throw invalidValue('name');
    store.data.labels.push(label);
    store.touchBoard(board.id, store.now());
    store.changed();
    return label;
}
/** A label without colour is `null`; Trello takes `null` or an empty value for it. */
function parseColor(raw) {
    if (raw === undefined || raw === '' || raw === 'null')
        return null;
    if (!LABEL_COLORS.has(raw))
        throw invalidValue('color');
    return raw;
}
//# sourceMappingURL=creation.js.map