import { ApiError, invalidValue } from "./errors.js";
import { isObjectId } from "./ids.js";
/** Trello's largest `limit` on a read of cards or actions (D). */
export const MAX_PAGE = 1000;
/**
 * The most cards one read may answer with before Trello refuses it as too
 * large (`API_TOO_MANY_CARDS_REQUESTED`, D). The number and the status are
 * not documented (?): big boards were seen answered with 403 (O); 10,000 is
 * a conservative guess, and the emulator lets a test set it lower.
 */
export const DEFAULT_MAX_CARDS_PER_READ = 10_000;
/** `since` and `before` take an ObjectId or a date (D): a date stands for the ids made from that second on. */
function idBound(raw, name) {
    if (raw === undefined)
        return undefined;
    if (isObjectId(raw))
        return raw.toLowerCase();
    const millis = Date.parse(raw);
    if (!Number.isFinite(millis) || millis < 0)
        throw invalidValue(name);
    return (Math.floor(millis / 1000)
        .toString(16)
        .padStart(8, '0') + '0'.repeat(16));
}
/** Records between `since` and `before` (by id, both exclusive), the newest first. */
export function withinBounds(records, params) {
    const since = idBound(params.get('since'), 'since');
    const before = idBound(params.get('before'), 'before');
    return records
        .filter((r) => (since === undefined || r.id > since) && (before === undefined || r.id < before))
        .sort((a, b) => (a.id < b.id ? 1 : -1));
}
export function pageLimit(params, fallback) {
    const raw = params.get('limit');
    if (raw === undefined)
        return fallback;
    const limit = Number(raw);
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE)
        throw invalidValue('limit');
    return limit;
}
/**
 * A read of a board's cards as Trello answers it (R): `limit` keeps the
 * newest (by id), `before` and `since` bound the ids, and the answer is
 * ordered list by list (in board order), then by position. Without a
 * `limit`, a read of more than `maxCards` is refused.
 */
export function readCards(cards, lists, params, maxCards) {
    const limit = pageLimit(params, undefined);
    const bounded = withinBounds(cards, params);
    if (limit === undefined && bounded.length > maxCards) {
        // (?) the message; the code is Trello's (D).
        throw new ApiError(403, {
            message: `This request would return more than ${maxCards} cards: use limit (at most ${MAX_PAGE}) and before to read them in pages.`,
            error: 'API_TOO_MANY_CARDS_REQUESTED',
        });
    }
    const listOrder = new Map(lists.map((list, index) => [list.id, index]));
    return bounded
        .slice(0, limit)
        .sort((a, b) => (listOrder.get(a.idList) ?? 0) - (listOrder.get(b.idList) ?? 0) || a.pos - b.pos);
}
//# sourceMappingURL=card-reads.js.map