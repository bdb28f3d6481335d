import { ApiError, invalidDate, invalidObjectId, invalidPosition, invalidValue } from "./errors.js";
import { isObjectId } from "./ids.js";
/**
 * Trello reads a parameter from the query string or from a form or JSON body,
 * so a client can move a long `desc` out of the URL. A value in the body wins
 * over the same name in the query (?: precedence not documented).
 */
export function collectParams(query, body, contentType) {
    const params = new Map(query);
    if (body.length === 0)
        return params;
    const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
    if (type === 'application/json') {
        for (const [name, value] of Object.entries(parseJsonObject(body)))
            params.set(name, jsonParamText(value));
    }
    else if (type === 'application/x-www-form-urlencoded') {
        for (const [name, value] of new URLSearchParams(body))
            params.set(name, value);
    }
    return params;
}
function parseJsonObject(body) {
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        throw new ApiError(400, 'Invalid JSON body'); // (?) Trello's wording for malformed JSON is not known
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new ApiError(400, 'Invalid JSON body');
    }
    return parsed;
}
/** JSON bodies may carry arrays (`idLabels: [..]`), booleans and null; Trello treats them like their query forms. */
function jsonParamText(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return value.map(String).join(',');
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
export function parseBoolean(params, name) {
    const raw = params.get(name);
    if (raw === undefined)
        return undefined;
    // Trello took `closed=True` (recorded 2015).
    if (raw.toLowerCase() === 'true')
        return true;
    if (raw.toLowerCase() === 'false')
        return false;
    throw invalidValue(name);
}
/** `top`, `bottom` or a positive number; anything else is Trello's JSON "Invalid position" error. */
export function parsePosition(params, name = 'pos') {
    const raw = params.get(name);
    if (raw === undefined)
        return undefined;
    if (raw === 'top' || raw === 'bottom')
        return raw;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || value <= 0)
        throw invalidPosition();
    return value;
}
/** An ISO date, or `null`/empty to clear it. */
export function parseDate(params, name) {
    const raw = params.get(name);
    if (raw === undefined)
        return undefined;
    if (raw === '' || raw === 'null')
        return null;
    const millis = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
    if (!Number.isFinite(millis))
        throw invalidDate();
    return new Date(millis).toISOString();
}
/** A comma list of ObjectIds (`idLabels`, `idMembers`); empty means none. */
export function parseIdList(params, name) {
    const raw = params.get(name);
    if (raw === undefined)
        return undefined;
    const ids = raw
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
    if (ids.some((id) => !isObjectId(id)))
        throw invalidObjectId();
    return [...new Set(ids.map((id) => id.toLowerCase()))];
}
/** Names and texts: 1 to `max` characters when given. */
export function parseText(params, name, max = 16384) {
    const raw = params.get(name);
    if (raw === undefined)
        return undefined;
    if (raw.length > max)
        throw invalidValue(name);
    return raw;
}
export function requireText(params, name, max = 16384) {
    const value = parseText(params, name, max);
    if (value === undefined || value.trim() === '')
        throw invalidValue(name);
    return value;
}
//# sourceMappingURL=params.js.map