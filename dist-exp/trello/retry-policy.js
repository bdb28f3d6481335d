/**
 * What to do after a failed attempt: retry, stop because a write may have
 * happened, or give up. Pure, so every case is testable without a server.
 */
/** Methods that give the same result when repeated: a retry cannot duplicate anything. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
/** Connection errors raised before a single byte of the request was sent. */
const NEVER_SENT = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'UND_ERR_CONNECT_TIMEOUT',
]);
export function isNeverSent(code) {
    return NEVER_SENT.has(code);
}
/**
 * The choice for POST (the only non-idempotent method the gateway sends):
 * - 429 and 503 are refusals made before any work (rate limiter, overloaded
 *   front end), so the write did not happen: retry.
 * - 500, 502, 504 and other 5xx may come after the write committed (an error
 *   while rendering the answer, a proxy that lost the upstream's reply, a
 *   gateway timeout). Trello usually applies nothing on a 5xx, but "usually"
 *   is not enough when a duplicate card is the price: report the outcome as
 *   unknown and let the caller look for the card's marker first.
 * - A reset, hang-up or timeout after the request was sent: unknown.
 * - A 2xx with an unreadable body: the write happened; unknown, so the caller
 *   reconciles instead of writing again.
 */
export function verdict(method, failure) {
    const idempotent = IDEMPOTENT.has(method);
    switch (failure.kind) {
        case 'status':
            if (failure.status === 429 || failure.status === 503)
                return 'retry';
            if (failure.status >= 500)
                return idempotent ? 'retry' : 'outcome-unknown';
            return 'give-up';
        case 'network':
            if (!failure.reachedServer || idempotent)
                return 'retry';
            return 'outcome-unknown';
        case 'timeout':
            return idempotent ? 'retry' : 'outcome-unknown';
        case 'unreadable':
            return idempotent ? 'give-up' : 'outcome-unknown';
    }
}
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 10_000;
/** A Retry-After (or rate window) longer than this is not honoured in full: the run would look hung. */
const RETRY_AFTER_CAP_MS = 60_000;
/** Trello counts requests per token and per key in 10 s windows (D). */
export const TRELLO_RATE_WINDOW_MS = 10_000;
/** Extra wait after a rate window, up to this share of it, so clients refused together do not return together. */
const RATE_WINDOW_JITTER = 0.1;
/**
 * Exponential backoff with full jitter (a uniformly random wait up to the
 * exponential bound), so clients that failed together do not retry together.
 * A server's Retry-After, when present, is a floor.
 *
 * A 429 without Retry-After waits a whole rate window (the server's, when its
 * headers say, else Trello's 10 s) plus jitter: the window's refusals are
 * spent, a retry within it is refused again, and every refusal counts toward
 * the key's lockout (after 200 in a window, D). Where the window began is
 * unknown, so its full length is the only wait that surely passes its end.
 */
export function backoffMs(retryIndex, random, failure) {
    if (failure.kind === 'status' && failure.status === 429 && failure.retryAfterMs === undefined) {
        const window = Math.min(failure.rateWindowMs ?? TRELLO_RATE_WINDOW_MS, RETRY_AFTER_CAP_MS);
        return window + Math.floor(random() * window * RATE_WINDOW_JITTER);
    }
    const bound = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retryIndex);
    const jittered = Math.floor(random() * bound);
    const floor = failure.kind === 'status' ? Math.min(failure.retryAfterMs ?? 0, RETRY_AFTER_CAP_MS) : 0;
    return Math.max(jittered, floor);
}
/**
 * The window a 429 refers to, from the `x-rate-limit-api-{token,key}-interval-ms`
 * headers Trello sends (O): the key's for a key-limit refusal, else the token's.
 */
export function parseRateWindow(header, body) {
    const which = body.includes('API_KEY_LIMIT_EXCEEDED') ? 'key' : 'token';
    const text = header(`x-rate-limit-api-${which}-interval-ms`) ?? header('x-rate-limit-api-token-interval-ms');
    const ms = text === null ? Number.NaN : Number(text);
    return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}
/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header, nowMs) {
    if (header === null || header.trim() === '')
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(header);
    return Number.isFinite(date) ? Math.max(0, date - nowMs) : undefined;
}
//# sourceMappingURL=retry-policy.js.map