import { outcomeUnknownError, unreadableAnswerError } from "./errors.js";
/**
 * A 2xx answer as the HTTP client hands it back through trello.js: the body
 * unparsed, with the request it answers. trello.js passes whatever the
 * client returns straight through, so the gateway gets this instead of
 * trello.js's parsed model and reads it with its own schemas (schemas.ts).
 */
export class TrelloAnswer {
    method;
    /** The request's path without query, as errors and logs may show it. */
    path;
    status;
    /** Parsed JSON, or undefined for an empty or non-JSON body. */
    data;
    constructor(method, path, status, data) {
        this.method = method;
        this.path = path;
        this.status = status;
        this.data = data;
    }
}
/** What a trello.js call resolved to, checked: only the gateway's own client makes these. */
export async function answerOf(call) {
    const value = await call;
    if (value instanceof TrelloAnswer)
        return value;
    throw new TypeError('a trello.js call answered without going through report-sync’s HTTP client');
}
function firstIssue(error) {
    const issue = error.issues[0];
    return issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'unexpected shape';
}
/** A read's answer in the shape report-sync needs, or a TrelloError saying what did not fit. */
export function readAnswer(schema, answer, redact) {
    const parsed = schema.safeParse(answer.data);
    if (parsed.success)
        return parsed.data;
    throw unreadableAnswerError(answer, firstIssue(parsed.error), redact);
}
/**
 * A write's answer, when it has the shape report-sync reads; else undefined,
 * with the shape problem logged at debug: Trello applied the write (it
 * answered 2xx), so the shape alone never makes the write count as failed.
 */
export function checkWrite(schema, answer, ctx) {
    const parsed = schema.safeParse(answer.data);
    if (parsed.success)
        return parsed.data;
    ctx.logger.debug({
        method: answer.method,
        path: ctx.redact(answer.path),
        status: answer.status,
        problem: ctx.redact(firstIssue(parsed.error)),
    }, 'Trello applied the write but answered in an unexpected shape; going on with what was sent');
    return undefined;
}
/**
 * A write's answer as the object it made or changed. When the answer does not
 * fit the schema, the object's id is kept (the answer's, else `knownId`, the
 * one the request named) and `fallback` builds the rest from what was sent.
 * Only a create whose answer has no readable id cannot go on: the object
 * exists but report-sync cannot name it, so the outcome counts as unknown and
 * the caller finds it on the board by its marker.
 */
export function writeAnswer(schema, answer, fallback, ctx, knownId) {
    const parsed = checkWrite(schema, answer, ctx);
    if (parsed)
        return parsed;
    const id = idIn(answer.data) ?? knownId;
    if (id !== undefined)
        return fallback(id);
    const detail = firstIssue(schema.safeParse(answer.data).error ?? { issues: [] });
    throw outcomeUnknownError({ kind: 'unreadable', status: answer.status, detail }, { method: answer.method, path: answer.path }, ctx.redact);
}
function idIn(data) {
    const value = data?.id;
    return typeof value === 'string' && value !== '' ? value : undefined;
}
//# sourceMappingURL=answer.js.map