import { TrelloAnswer } from "./answer.js";
import { failureError, outcomeUnknownError } from "./errors.js";
import { TRELLO_TEXT_LIMIT } from "./limits.js";
import { rateReports } from "./pacer.js";
import { shapeRequest } from "./request-shape.js";
import { backoffMs, isNeverSent, parseRateWindow, parseRetryAfter, verdict, } from "./retry-policy.js";
/** The code that names a fetch failure: undici puts it on `cause` (ECONNRESET, UND_ERR_SOCKET, …). */
function networkCode(error) {
    const cause = error?.cause;
    if (typeof cause?.code === 'string')
        return cause.code;
    const code = error?.code;
    return typeof code === 'string' ? code : 'network error';
}
function classifyThrown(error) {
    const name = error?.name;
    if (name === 'TimeoutError' || name === 'AbortError')
        return { kind: 'timeout' };
    const code = networkCode(error);
    return { kind: 'network', code, reachedServer: !isNeverSent(code) };
}
/** What the debug log shows as the outcome: the HTTP status, or the kind of failure when there was none. */
function statusOf(result) {
    if (result.ok)
        return result.status;
    const { failure } = result;
    return failure.kind === 'status' || failure.kind === 'unreadable' ? failure.status : failure.kind;
}
/**
 * A 2xx body. Invalid JSON fails a read, and makes a create's outcome unknown
 * (its id is lost); an update or delete names its object in the path, so it
 * goes on without the body and the gateway keeps the id it sent.
 */
function parseBody(method, status, contentType, text) {
    if (status === 204 || text === '' || !(contentType ?? '').includes('json'))
        return { ok: true, status, data: undefined };
    try {
        return { ok: true, status, data: JSON.parse(text) };
    }
    catch {
        if (method === 'PUT' || method === 'DELETE')
            return { ok: true, status, data: undefined };
        return { ok: false, failure: { kind: 'unreadable', status, detail: 'invalid JSON' } };
    }
}
/**
 * Sends every request trello.js asks for: paced, with a timeout, retried on
 * 429, 5xx and network errors where that is safe (see retry-policy.ts; a 429
 * holds every request of the client until its wait is over), and
 * turned into TrelloError / OutcomeUnknownError otherwise. A successful answer
 * comes back unparsed, as a TrelloAnswer: trello.js's Zod schemas reject
 * nulls that real Trello sends on reads (descData, checkItemStates, …) and
 * would fail the whole answer, so the gateway applies its own (schemas.ts).
 */
export function createHttpClient(options) {
    const { clock, logger, redact } = options;
    const origin = new URL(options.apiUrl).origin;
    let apiCalls = 0;
    async function attempt(request, startedAt) {
        const init = {
            method: request.method,
            headers: request.headers,
            signal: AbortSignal.timeout(options.timeoutMs),
        };
        if (request.body !== undefined)
            init.body = request.body;
        try {
            const response = await options.fetch(request.url, init);
            options.pacer.observe(startedAt, rateReports((name) => response.headers.get(name)));
            const text = await response.text();
            if (response.ok)
                return parseBody(request.method, response.status, response.headers.get('content-type'), text);
            const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), clock.now());
            const rateWindowMs = response.status === 429 ? parseRateWindow((name) => response.headers.get(name), text) : undefined;
            return {
                ok: false,
                failure: { kind: 'status', status: response.status, body: text, retryAfterMs, rateWindowMs },
            };
        }
        catch (error) {
            return { ok: false, failure: classifyThrown(error) };
        }
    }
    async function sendRequest(requestOptions) {
        const request = shapeRequest(options.apiUrl, options.credentials, requestOptions, (field, length) => logger.warn({ path: requestOptions.url, field, length }, `Trello keeps at most ${TRELLO_TEXT_LIMIT} characters of ${field}; the rest was cut`));
        for (let retry = 0;; retry++) {
            const startedAt = await options.pacer.acquire();
            apiCalls++;
            const started = performance.now();
            const result = await attempt(request, startedAt);
            const ms = Math.round(performance.now() - started);
            const status = statusOf(result);
            logger.debug({ method: request.method, path: request.path, status, ms, attempt: retry + 1 }, 'trello request');
            options.observer?.onResponse?.({ method: request.method, status });
            // trello.js's schema (requestOptions.schema) is not applied: the gateway reads the answer with its own.
            if (result.ok)
                return new TrelloAnswer(request.method, request.path, result.status, result.data);
            const next = verdict(request.method, result.failure);
            if (next === 'outcome-unknown')
                throw outcomeUnknownError(result.failure, request, redact);
            if (next === 'give-up' || retry >= options.maxRetries) {
                throw failureError(result.failure, request, {
                    attempts: retry + 1,
                    timeoutMs: options.timeoutMs,
                    origin,
                    redact,
                });
            }
            const wait = backoffMs(retry, options.random, result.failure);
            options.observer?.onRetry?.({ method: request.method, status, waitMs: wait });
            logger.warn({ method: request.method, path: request.path, status, waitMs: wait }, 'Trello request failed; retrying');
            // A rate-limit refusal holds every request of this client, not only this one (which waits in acquire()).
            if (status === 429)
                options.pacer.holdUntil(clock.now() + wait);
            else
                await clock.sleep(wait);
        }
    }
    return {
        sendRequest,
        get apiCalls() {
            return apiCalls;
        },
    };
}
//# sourceMappingURL=http-client.js.map