import { TrelloError } from "../errors.js";
/**
 * A write (POST) failed in a way that does not tell whether Trello applied
 * it: a timeout, a reset after the request was sent, a 5xx that may follow a
 * commit, an unreadable 2xx. It is not retried, because a retry could create
 * a second card; the caller looks for the card's marker on the board first.
 */
export class OutcomeUnknownError extends TrelloError {
    method;
    /** The request's path, without query; secrets in it are redacted. */
    path;
    constructor(message, method, path, status, options) {
        super(message, status, options);
        this.method = method;
        this.path = path;
    }
}
/**
 * A checklist write stopped part-way: Trello has no bulk call for check items,
 * so `addChecklist` and `addCheckItems` send one request per item, and one of
 * them failed after the checklist (or earlier items) had been made. Writing
 * the whole call again would duplicate what exists, so it counts as an
 * unknown outcome; unlike a bare one, it says exactly where things stand:
 * resume with `addCheckItems(checklistId, remaining)`. When `cause` is itself
 * an OutcomeUnknownError, the first of `remaining` may exist already: compare
 * with the board's checklist before resuming.
 */
export class IncompleteChecklistError extends OutcomeUnknownError {
    /** The checklist the items belong to (created by this call, for `addChecklist`). */
    checklistId;
    /** Items this call added, in order. */
    added;
    /** Items not confirmed, in order, starting with the one that failed. */
    remaining;
    constructor(details, cause) {
        const total = details.added.length + details.remaining.length;
        const path = `/checklists/${details.checklistId}/checkItems`;
        super(`Checklist ${details.checklistId} got ${details.added.length} of the ${total} items this call was to add: adding "${details.remaining[0] ?? ''}" failed (${cause.message}). Nothing was sent again, so that nothing is duplicated; the remaining items can be added to this checklist.`, 'POST', path, cause.status, { cause });
        this.checklistId = details.checklistId;
        this.added = details.added;
        this.remaining = details.remaining;
    }
}
/**
 * Trello refused a request with a status (after any retries). `code` is the
 * `error` of a JSON body (`API_TOO_MANY_CARDS_REQUESTED`, …), so a caller can
 * tell one refusal from another without reading the message.
 */
export class TrelloRefusalError extends TrelloError {
    code;
    constructor(message, status, code) {
        super(message, status);
        this.code = code;
    }
}
/** The `error` of a JSON error body (`{"error":"API_TOKEN_LIMIT_EXCEEDED",…}`), if it has one. */
export function errorCodeOf(body) {
    let value = body;
    if (typeof body === 'string') {
        try {
            value = JSON.parse(body);
        }
        catch {
            return undefined;
        }
    }
    const code = value?.error;
    return typeof code === 'string' ? code : undefined;
}
// The one redactor (secrets, and the credentials of every URL), shared with the log and the CLI.
export { createRedactor } from "../log/redact.js";
const BODY_SHOWN = 300;
function shortBody(body) {
    const flat = body.replace(/\s+/g, ' ').trim();
    return flat.length > BODY_SHOWN ? `${flat.slice(0, BODY_SHOWN)}…` : flat;
}
/** What a status means and what to do about it; `attempts` is how many times the request was sent. */
export function describeStatus(status, body, at, attempts) {
    const said = body === '' ? String(status) : `${status} ${shortBody(body)}`;
    if (status === 401 && /permission/i.test(body)) {
        return `Trello says this token may not use ${at} (${said}): the token's member needs access to the board — check the board setting, or create the token as a member of the board.`;
    }
    if (status === 401) {
        return `Trello refused the credentials for ${at} (${said}): check TRELLO_API_KEY / TRELLO_API_TOKEN — the token must be valid and allowed to use this board.`;
    }
    if (status === 404) {
        return `Trello found nothing at ${at} (${said}): the id may be wrong or deleted, or the token has no access to it.`;
    }
    if (status === 429) {
        return `Trello kept rate-limiting ${at} (${said}) after ${attempts} attempts: another client may be using the same token or key — wait a minute and run again.`;
    }
    if (status >= 500) {
        return `Trello failed ${at} with ${said} after ${attempts} attempts: Trello may be having trouble — try again later.`;
    }
    return `Trello refused ${at}: ${said}.`;
}
/** The error a caller sees once retries are over: what failed, and what to do about it. */
export function failureError(failure, request, context) {
    const at = `${request.method} ${request.path}`;
    const { attempts } = context;
    let message;
    switch (failure.kind) {
        case 'status':
            return new TrelloRefusalError(context.redact(describeStatus(failure.status, failure.body, at, attempts)), failure.status, errorCodeOf(failure.body));
        case 'network':
            message = `Could not reach Trello at ${context.origin} for ${at} (${failure.code}) after ${attempts} attempts: check the network connection and the Trello API URL setting.`;
            break;
        case 'timeout':
            message = `Trello did not answer ${at} within ${context.timeoutMs / 1000} s (${attempts} attempts): check the network connection, or raise the request timeout.`;
            break;
        case 'unreadable':
            return unreadableAnswerError({ ...request, status: failure.status }, failure.detail, context.redact);
    }
    return new TrelloError(context.redact(message));
}
/** A 2xx answer to a read that lacks what report-sync needs (`detail` names the field). */
export function unreadableAnswerError(answer, detail, redact) {
    return new TrelloError(redact(`Trello answered ${answer.method} ${answer.path} with data report-sync cannot read (${detail}): this version of report-sync may not match Trello's current API.`), answer.status);
}
function whatWentWrong(failure) {
    switch (failure.kind) {
        case 'status':
            return `Trello answered ${failure.status}`;
        case 'network':
            return `the connection failed (${failure.code})`;
        case 'timeout':
            return 'Trello did not answer in time';
        case 'unreadable':
            return `Trello's answer could not be read (${failure.detail})`;
    }
}
/** The error for a write whose effect is unknown; see OutcomeUnknownError. */
export function outcomeUnknownError(failure, request, redact) {
    const message = `${request.method} ${request.path} may or may not have been applied: ${whatWentWrong(failure)}. It was not retried, so that nothing is created twice; look for the item's marker on the board before writing it again.`;
    const status = failure.kind === 'status' || failure.kind === 'unreadable' ? failure.status : undefined;
    return new OutcomeUnknownError(redact(message), request.method, redact(request.path), status);
}
//# sourceMappingURL=errors.js.map