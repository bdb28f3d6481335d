import { ConfigError } from "../errors.js";
const OBJECT_ID = /^[0-9a-f]{24}$/i;
const SHORT_LINK = /^[0-9a-z]{8}$/i;
/**
 * The part of a board reference Trello's `/boards/{id}` accepts: an id, a
 * shortLink, or the shortLink inside a board URL (`https://trello.com/b/<shortLink>/<name>`,
 * or the emulator's `http://host:port/b/<shortLink>`).
 */
export function boardKey(reference) {
    const trimmed = reference.trim();
    if (OBJECT_ID.test(trimmed) || SHORT_LINK.test(trimmed))
        return trimmed;
    const fromUrl = shortLinkInUrl(trimmed);
    if (fromUrl !== undefined)
        return fromUrl;
    throw new ConfigError(`"${reference}" is not a Trello board: give the board's URL (https://trello.com/b/<shortLink>/<name>), its shortLink (8 letters and digits) or its id (24 hex characters).`);
}
function shortLinkInUrl(text) {
    if (!URL.canParse(text))
        return undefined;
    const segments = new URL(text).pathname.split('/').filter((s) => s !== '');
    const at = segments.indexOf('b');
    const candidate = at >= 0 ? segments[at + 1] : undefined;
    return candidate !== undefined && SHORT_LINK.test(candidate) ? candidate : undefined;
}
//# sourceMappingURL=board-ref.js.map