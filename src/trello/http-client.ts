import type { Client, SendRequestOptions } from 'trello.js/core';
import { TrelloAnswer } from './answer.ts';
import type { Logger } from '../log/logger.ts';
import { failureError, outcomeUnknownError, type Redact, requestStopped } from './errors.ts';
import { TRELLO_TEXT_LIMIT } from './limits.ts';
import { type Clock, type Pacer, rateReports } from './pacer.ts';
import { type Credentials, type HttpRequest, shapeRequest } from './request-shape.ts';
import {
  backoffMs,
  type Failure,
  isNeverSent,
  parseRateWindow,
  parseRetryAfter,
  verdict,
} from './retry-policy.ts';

/**
 * Sees every attempt the client makes, for metrics: `status` is the HTTP
 * status, or the kind of failure when there was none (`timeout`, `network`).
 * Optional, and it may not change what the client does.
 */
export interface RequestObserver {
  onResponse?(attempt: { method: string; status: number | string }): void;
  /** A failed attempt that is sent again after `waitMs`. */
  onRetry?(attempt: { method: string; status: number | string; waitMs: number }): void;
}

export interface HttpClientOptions {
  apiUrl: string;
  credentials: Credentials;
  timeoutMs: number;
  maxRetries: number;
  pacer: Pacer;
  clock: Clock;
  random: () => number;
  fetch: typeof fetch;
  logger: Logger;
  redact: Redact;
  observer?: RequestObserver;
  stop?: StopOptions;
}

/**
 * The run is asked to stop (SIGTERM): from `signal` on, no request is sent
 * and none is retried, and the one in flight gets `graceMs` more to answer
 * before it is aborted. An answer in time is kept (and the state saved as
 * usual); a request aborted then is a StoppedError, whose write may or may not
 * have happened: the next run reconciles it (a create, by its card's marker).
 */
export interface StopOptions {
  signal: AbortSignal;
  graceMs: number;
}

/** The trello.js `Client` seam, plus the count of requests it sent. */
export interface CountingClient extends Client {
  readonly apiCalls: number;
}

type AttemptResult = { ok: true; status: number; data: unknown } | { ok: false; failure: Failure };

/** The code that names a fetch failure: undici puts it on `cause` (ECONNRESET, UND_ERR_SOCKET, …). */
function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'network error';
}

function classifyThrown(error: unknown): Failure {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timeout' };
  const code = networkCode(error);
  return { kind: 'network', code, reachedServer: !isNeverSent(code) };
}

/** What the debug log shows as the outcome: the HTTP status, or the kind of failure when there was none. */
function statusOf(result: AttemptResult): number | string {
  if (result.ok) return result.status;
  const { failure } = result;
  return failure.kind === 'status' || failure.kind === 'unreadable' ? failure.status : failure.kind;
}

/**
 * A 2xx body. Invalid JSON fails a read, and makes a create's outcome unknown
 * (its id is lost); an update or delete names its object in the path, so it
 * goes on without the body and the gateway keeps the id it sent.
 */
function parseBody(method: string, status: number, contentType: string | null, text: string): AttemptResult {
  if (status === 204 || text === '' || !(contentType ?? '').includes('json'))
    return { ok: true, status, data: undefined };
  try {
    return { ok: true, status, data: JSON.parse(text) as unknown };
  } catch {
    if (method === 'PUT' || method === 'DELETE') return { ok: true, status, data: undefined };
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
export function createHttpClient(options: HttpClientOptions): CountingClient {
  const { clock, logger, redact } = options;
  const origin = new URL(options.apiUrl).origin;
  let apiCalls = 0;

  const stop = options.stop?.signal;
  const abandon = options.stop ? afterGrace(options.stop.signal, options.stop.graceMs) : undefined;
  const unlessStopped = <T>(work: Promise<T>, stopped: () => Error): Promise<T> =>
    stop ? raceStop(work, stop, stopped) : work;

  async function attempt(request: HttpRequest, startedAt: number): Promise<AttemptResult> {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const init: RequestInit = {
      method: request.method,
      headers: request.headers,
      signal: abandon ? AbortSignal.any([timeout, abandon]) : timeout,
    };
    if (request.body !== undefined) init.body = request.body;
    try {
      const response = await options.fetch(request.url, init);
      options.pacer.observe(
        startedAt,
        rateReports((name) => response.headers.get(name)),
      );
      const text = await response.text();
      if (response.ok)
        return parseBody(request.method, response.status, response.headers.get('content-type'), text);
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), clock.now());
      const rateWindowMs =
        response.status === 429 ? parseRateWindow((name) => response.headers.get(name), text) : undefined;
      return {
        ok: false,
        failure: { kind: 'status', status: response.status, body: text, retryAfterMs, rateWindowMs },
      };
    } catch (error) {
      return { ok: false, failure: classifyThrown(error) };
    }
  }

  async function sendRequest<T>(requestOptions: SendRequestOptions<T>): Promise<T> {
    const request = shapeRequest(options.apiUrl, options.credentials, requestOptions, (field, length) =>
      logger.warn(
        { path: requestOptions.url, field, length },
        `Trello keeps at most ${TRELLO_TEXT_LIMIT} characters of ${field}; the rest was cut`,
      ),
    );
    const stopped = (inFlight: boolean) => () => requestStopped(request, inFlight, stop?.reason);
    for (let retry = 0; ; retry++) {
      const startedAt = await unlessStopped(options.pacer.acquire(), stopped(false));
      // The stop may have come as the pacer let the request go.
      if (stop?.aborted) throw stopped(false)();
      apiCalls++;
      const started = performance.now();
      const result = await attempt(request, startedAt);
      if (!result.ok && abandon?.aborted) throw stopped(true)();
      const ms = Math.round(performance.now() - started);
      const status = statusOf(result);
      logger.debug(
        { method: request.method, path: request.path, status, ms, attempt: retry + 1 },
        'trello request',
      );
      options.observer?.onResponse?.({ method: request.method, status });
      // trello.js's schema (requestOptions.schema) is not applied: the gateway reads the answer with its own.
      if (result.ok) return new TrelloAnswer(request.method, request.path, result.status, result.data) as T;

      const next = verdict(request.method, result.failure);
      if (next === 'outcome-unknown') throw outcomeUnknownError(result.failure, request, redact);
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
      logger.warn(
        { method: request.method, path: request.path, status, waitMs: wait },
        'Trello request failed; retrying',
      );
      // A rate-limit refusal holds every request of this client, not only this one (which waits in acquire()).
      if (status === 429) options.pacer.holdUntil(clock.now() + wait);
      else await unlessStopped(clock.sleep(wait), stopped(false));
    }
  }

  return {
    sendRequest,
    get apiCalls() {
      return apiCalls;
    },
  };
}

/** `work`, or a rejection with `stopped()` as soon as `stop` aborts: no wait (pacing, backoff) outlasts a stop. */
function raceStop<T>(work: Promise<T>, stop: AbortSignal, stopped: () => Error): Promise<T> {
  if (stop.aborted) return Promise.reject(stopped());
  return new Promise((resolve, reject) => {
    const onStop = () => reject(stopped());
    stop.addEventListener('abort', onStop, { once: true });
    work.then(resolve, reject).finally(() => stop.removeEventListener('abort', onStop));
  });
}

/** Aborts `graceMs` after `stop` does. The timer keeps no process alive: a stopping one is on its way out. */
function afterGrace(stop: AbortSignal, graceMs: number): AbortSignal {
  const controller = new AbortController();
  const start = () => setTimeout(() => controller.abort(stop.reason), graceMs).unref();
  if (stop.aborted) start();
  else stop.addEventListener('abort', start, { once: true });
  return controller.signal;
}
