import { refusedCredentialsFix } from '../config/trello.ts';
import { StoppedError, TrelloError } from '../errors.ts';
import type { Redact } from '../log/redact.ts';
import type { Failure } from './retry-policy.ts';
import type { TrelloCheckItem } from './types.ts';

/**
 * A write (POST) failed in a way that does not tell whether Trello applied
 * it: a timeout, a reset after the request was sent, a 5xx that may follow a
 * commit, an unreadable 2xx. It is not retried, because a retry could create
 * a second card; the caller looks for the card's marker on the board first.
 */
export class OutcomeUnknownError extends TrelloError {
  readonly method: string;
  /** The request's path, without query; secrets in it are redacted. */
  readonly path: string;
  constructor(message: string, method: string, path: string, status?: number, options?: ErrorOptions) {
    super(message, status, options);
    this.method = method;
    this.path = path;
  }
}

/**
 * The run was asked to stop (SIGINT, SIGTERM) before Trello answered: the
 * request was not sent, or (`inFlight`) it was aborted after its grace. Not
 * Trello's failure, so no TrelloError: the applier takes it for the end of the
 * run, not for a failed change. A write aborted in flight may or may not have
 * happened, as an unknown outcome: nothing records it as done, and the next
 * run looks for a created card's marker before writing again.
 */
export class RequestStoppedError extends StoppedError {
  readonly inFlight: boolean;
  constructor(message: string, inFlight: boolean) {
    super(message);
    this.inFlight = inFlight;
  }
}

export function requestStopped(
  request: RequestLabel,
  inFlight: boolean,
  reason: unknown,
): RequestStoppedError {
  const by = typeof reason === 'string' ? ` by ${reason}` : '';
  const at = `${request.method} ${request.path}`;
  const what = !inFlight
    ? `${at} was not sent`
    : request.method === 'GET'
      ? `${at} was abandoned before Trello answered`
      : `${at} was abandoned before Trello answered: it may or may not have been applied, and the next sync looks at the board (a card's marker) before writing it again`;
  return new RequestStoppedError(`stopped${by}: ${what}`, inFlight);
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
  readonly checklistId: string;
  /** Items this call added, in order. */
  readonly added: TrelloCheckItem[];
  /** Items not confirmed, in order, starting with the one that failed. */
  readonly remaining: string[];
  constructor(
    details: { checklistId: string; added: TrelloCheckItem[]; remaining: string[] },
    cause: TrelloError,
  ) {
    const total = details.added.length + details.remaining.length;
    const path = `/checklists/${details.checklistId}/checkItems`;
    super(
      `Checklist ${details.checklistId} got ${details.added.length} of the ${total} items this call was to add: adding "${details.remaining[0] ?? ''}" failed (${cause.message}). Nothing was sent again, so that nothing is duplicated; the remaining items can be added to this checklist.`,
      'POST',
      path,
      cause.status,
      { cause },
    );
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
  readonly code: string | undefined;
  constructor(message: string, status: number, code: string | undefined) {
    super(message, status);
    this.code = code;
  }
}

/** The `error` of a JSON error body (`{"error":"API_TOKEN_LIMIT_EXCEEDED",…}`), if it has one. */
export function errorCodeOf(body: unknown): string | undefined {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body) as unknown;
    } catch {
      return undefined;
    }
  }
  const code = (value as { error?: unknown } | null | undefined)?.error;
  return typeof code === 'string' ? code : undefined;
}

/** One request as errors describe it: method and path, never the query string or the headers. */
export interface RequestLabel {
  method: string;
  path: string;
}

// The one redactor (secrets, and the credentials of every URL), shared with the log and the CLI.
export { createRedactor, type Redact } from '../log/redact.ts';

const BODY_SHOWN = 300;

function shortBody(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > BODY_SHOWN ? `${flat.slice(0, BODY_SHOWN)}…` : flat;
}

/** What a status means and what to do about it; `attempts` is how many times the request was sent. */
export function describeStatus(status: number, body: string, at: string, attempts: number): string {
  const said = body === '' ? String(status) : `${status} ${shortBody(body)}`;
  if (status === 401) {
    const refused = /permission/i.test(body)
      ? `Trello says this token may not use ${at} (${said}): the token's member needs access to the board`
      : `Trello refused the credentials for ${at} (${said})`;
    return `${refused}. Fix: ${refusedCredentialsFix(body)}.`;
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
export function failureError(
  failure: Failure,
  request: RequestLabel,
  context: { attempts: number; timeoutMs: number; origin: string; redact: Redact },
): TrelloError {
  const at = `${request.method} ${request.path}`;
  const { attempts } = context;
  let message: string;
  switch (failure.kind) {
    case 'status':
      return new TrelloRefusalError(
        context.redact(describeStatus(failure.status, failure.body, at, attempts)),
        failure.status,
        errorCodeOf(failure.body),
      );
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
export function unreadableAnswerError(
  answer: RequestLabel & { status: number },
  detail: string,
  redact: Redact,
): TrelloError {
  return new TrelloError(
    redact(
      `Trello answered ${answer.method} ${answer.path} with data report-sync cannot read (${detail}): this version of report-sync may not match Trello's current API.`,
    ),
    answer.status,
  );
}

function whatWentWrong(failure: Failure): string {
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
export function outcomeUnknownError(
  failure: Failure,
  request: RequestLabel,
  redact: Redact,
): OutcomeUnknownError {
  const message = `${request.method} ${request.path} may or may not have been applied: ${whatWentWrong(failure)}. It was not retried, so that nothing is created twice; look for the item's marker on the board before writing it again.`;
  const status = failure.kind === 'status' || failure.kind === 'unreadable' ? failure.status : undefined;
  return new OutcomeUnknownError(redact(message), request.method, redact(request.path), status);
}
