import { ApiError, cannotRoute } from "./errors.js";
/**
 * Matches method and path against `:param` patterns as Trello does (R/O): a
 * trailing slash is ignored, literal segments match in any case
 * (`/checkitems`), and the singular `/1/card/…` and `/1/member/…` are the
 * plural routes. Parameter values keep their case (shortLinks have one).
 */
export class Router {
    #routes = [];
    add(method, pattern, handler) {
        this.#routes.push({ method, pattern, handler, segments: splitPath(pattern) });
    }
    match(method, pathname) {
        const segments = withPluralResource(splitPath(pathname));
        for (const route of this.#routes) {
            if (route.method !== method || route.segments.length !== segments.length)
                continue;
            const path = bindSegments(route.segments, segments);
            if (path)
                return { route, path };
        }
        return undefined;
    }
    /** Runs a matched route and turns an ApiError into Trello's status and body. */
    run(match, request) {
        try {
            return { status: 200, body: match.route.handler({ ...request, path: match.path }) };
        }
        catch (error) {
            if (error instanceof ApiError)
                return { status: error.status, body: error.body };
            throw error;
        }
    }
    /** Used by `/1/batch` to answer inner GETs without another trip through auth and rate limits. */
    dispatch(method, pathname, request) {
        const match = this.match(method, pathname);
        if (!match)
            return { status: 404, body: cannotRoute(method, pathname).body };
        return this.run(match, { ...request, method });
    }
}
function splitPath(path) {
    return path.split('/').filter((segment) => segment !== '');
}
const SINGULAR = { card: 'cards', member: 'members' };
function withPluralResource(segments) {
    const [version, resource, ...rest] = segments;
    const plural = resource === undefined ? undefined : SINGULAR[resource.toLowerCase()];
    return plural === undefined || version !== '1' ? segments : [version, plural, ...rest];
}
function bindSegments(pattern, actual) {
    const bound = {};
    for (const [index, part] of pattern.entries()) {
        const value = actual[index] ?? '';
        if (part.startsWith(':')) {
            bound[part.slice(1)] = safeDecode(value);
        }
        else if (part.toLowerCase() !== value.toLowerCase()) {
            return undefined;
        }
    }
    return bound;
}
function safeDecode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
//# sourceMappingURL=router.js.map