import { capText } from "./limits.js";
/** Free-text parameters Trello limits to 16384 characters. */
const TEXT_FIELDS = new Set(['name', 'desc', 'text']);
/** trello.js turns every parameter into a string the same way (arrays become comma lists); so do we. */
function paramEntries(searchParams) {
    return Object.entries(searchParams ?? {})
        .filter(([, value]) => value !== undefined && value !== null)
        .map(([name, value]) => [name, String(value)]);
}
/**
 * The credentials as Trello's `Authorization` header takes them. In the
 * query string (where trello.js puts them) they would be written to every
 * proxy and access log the request passes; a header is not logged by default.
 * OAuth parameter values are percent-encoded (RFC 5849 §3.5.1).
 */
export function authorizationHeader(credentials) {
    const key = encodeURIComponent(credentials.key);
    const token = encodeURIComponent(credentials.token);
    return `OAuth oauth_consumer_key="${key}", oauth_token="${token}"`;
}
/**
 * Turns what a trello.js operation asks for into an HTTP request. trello.js
 * puts every parameter in the query string, even on POST and PUT, and Trello
 * answers 414 to URLs over about 8 KB: a long desc would fail. Writes
 * therefore carry their parameters in a form body (Trello reads form and
 * query parameters alike), with the same encoding trello.js would have used
 * in the query, and free text capped at Trello's limit. Key and token travel
 * in the Authorization header, never in the URL.
 */
export function shapeRequest(apiUrl, credentials, options, onCapped) {
    if (options.body !== undefined) {
        // No operation the gateway calls sends a JSON body; failing loudly beats merging it wrongly.
        throw new Error(`report-sync does not send trello.js request bodies (${options.url})`);
    }
    const method = (options.method ?? 'GET').toUpperCase();
    const url = new URL(apiUrl.replace(/\/$/, '') + options.url);
    const params = paramEntries(options.searchParams);
    const isWrite = method === 'POST' || method === 'PUT';
    let body;
    if (isWrite) {
        const form = new URLSearchParams();
        for (const [name, value] of params) {
            const kept = TEXT_FIELDS.has(name) ? capText(value) : value;
            if (kept.length < value.length)
                onCapped(name, value.length);
            form.append(name, kept);
        }
        body = form.toString();
    }
    else {
        for (const [name, value] of params)
            url.searchParams.append(name, value);
    }
    const headers = {
        accept: 'application/json',
        authorization: authorizationHeader(credentials),
    };
    if (body !== undefined)
        headers['content-type'] = 'application/x-www-form-urlencoded';
    return { method, path: options.url, url: url.toString(), body, headers };
}
//# sourceMappingURL=request-shape.js.map