import { ApiError } from "./errors.js";
/** Bodies above this are refused; a card description with its markup is far smaller. */
const MAX_BODY_BYTES = 1024 * 1024;
export async function readBody(request) {
    const chunks = [];
    let size = 0;
    for await (const chunk of request) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES)
            throw new ApiError(413, 'request entity too large');
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** Trello answers JSON for data and JSON errors, plain text for most errors. */
export function send(response, status, body, headers = {}) {
    const isText = typeof body === 'string';
    const payload = isText ? body : JSON.stringify(body ?? null);
    response.writeHead(status, {
        ...headers,
        'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(payload)),
    });
    response.end(payload);
}
export function sendHtml(response, status, html) {
    response.writeHead(status, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': String(Buffer.byteLength(html)),
        // The view never runs scripts, and says so to the browser.
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    });
    response.end(html);
}
export function redirect(response, location) {
    response.writeHead(302, { location, 'content-length': '0' });
    response.end();
}
//# sourceMappingURL=http-io.js.map