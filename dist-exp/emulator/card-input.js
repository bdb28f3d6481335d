import { ApiError, invalidValue } from "./errors.js";
import { isObjectId } from "./ids.js";
import { parseIdList } from "./params.js";
/**
 * The checks a card's references go through on create and update. Wording
 * for unknown labels and members is not confirmed (?); they are refused
 * rather than silently dropped so a client bug shows up here first.
 */
export function targetList(store, params) {
    const idList = params.get('idList');
    if (idList === undefined)
        return undefined;
    if (!isObjectId(idList))
        throw invalidValue('idList');
    const list = store.data.lists.find((l) => l.id === idList.toLowerCase());
    if (!list)
        throw new ApiError(404, 'could not find the board that the card belongs to');
    return list;
}
export function boardLabels(store, board, params) {
    const ids = parseIdList(params, 'idLabels');
    if (ids === undefined)
        return undefined;
    const known = new Set(store.labelsOf(board.id).map((l) => l.id));
    if (ids.some((id) => !known.has(id)))
        throw invalidValue('idLabels');
    return ids;
}
export function boardMembers(board, params) {
    const ids = parseIdList(params, 'idMembers');
    if (ids === undefined)
        return undefined;
    if (ids.some((id) => !board.idMembers.includes(id)))
        throw invalidValue('idMembers');
    return ids;
}
/** URL attachments take http(s) URLs only (D). */
export function attachmentUrl(raw, name) {
    if (raw === undefined)
        throw invalidValue(name);
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw invalidValue(name);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw invalidValue(name);
    return raw;
}
//# sourceMappingURL=card-input.js.map