/**
 * A stop (SIGTERM) reaches the requests: nothing is sent after it, nothing is
 * retried, a request left hanging is aborted once its grace is over, and one
 * that Trello answers within the grace is kept. A fetch that answers only
 * when told (or never) stands in for Trello: no real time is waited on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../../src/log/logger.ts';
import { RequestStoppedError } from '../../src/trello/errors.ts';
import { createTrelloGateway } from '../../src/trello/gateway.ts';
import type { Clock } from '../../src/trello/pacer.ts';
import { virtualClock } from './virtual-clock.ts';
import { errorExitCode } from '../../src/cli/exit-codes.ts';

const BOARD = {
  id: 'b'.repeat(24),
  name: 'Drift',
  shortLink: 'AbCd1234',
  url: 'https://trello.test/b/AbCd1234',
};

/** A fetch that answers only when `answer` is called, and rejects as fetch does when its signal aborts. */
function heldFetch() {
  const calls: { url: string; signal: AbortSignal; answer(status: number, body: unknown): void }[] = [];
  const fetch = ((input: string | URL | Request, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? new AbortController().signal;
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      calls.push({
        url: String(input),
        signal,
        answer: (status, body) =>
          resolve(
            new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
          ),
      });
    })) as typeof globalThis.fetch;
  return { fetch, calls };
}

function gatewayWith(fetch: typeof globalThis.fetch, stop: AbortController, graceMs: number, clock?: Clock) {
  return createTrelloGateway({
    apiUrl: 'https://api.trello.test/1',
    key: 'k'.repeat(32),
    token: `ATTA${'t'.repeat(60)}`,
    logger: silentLogger(),
    fetch,
    clock: clock ?? virtualClock(),
    random: () => 0.5,
    stop: { signal: stop.signal, graceMs },
  });
}

/** Resolves once `fetch` has been called `n` times. */
async function sent(calls: unknown[], n: number): Promise<void> {
  while (calls.length < n) await new Promise((resolve) => setImmediate(resolve));
}

test('a request hanging when the stop comes is aborted once its grace is over, and is not sent again', async () => {
  const { fetch, calls } = heldFetch();
  const stop = new AbortController();
  const reading = gatewayWith(fetch, stop, 0).board(BOARD.shortLink);
  await sent(calls, 1);
  stop.abort('SIGTERM');
  await assert.rejects(reading, (error: unknown) => {
    assert.ok(error instanceof RequestStoppedError);
    assert.equal(error.inFlight, true);
    assert.equal(errorExitCode(error), 130);
    assert.match(
      error.message,
      /^stopped by SIGTERM: GET \/boards\/AbCd1234 was abandoned before Trello answered$/,
    );
    return true;
  });
  assert.equal(calls[0]?.signal.aborted, true, 'the request itself was aborted');
  assert.equal(calls.length, 1, 'not retried');
});

test('a create aborted in flight says it may or may not have been applied', async () => {
  const { fetch, calls } = heldFetch();
  const stop = new AbortController();
  const creating = gatewayWith(fetch, stop, 0).createCard({
    idList: 'l'.repeat(24),
    name: 'Order the switches',
    desc: '',
    idLabels: [],
    idMembers: [],
  });
  await sent(calls, 1);
  stop.abort('SIGTERM');
  await assert.rejects(
    creating,
    /POST \/cards was abandoned before Trello answered: it may or may not have been applied/,
  );
});

test('an answer that comes within the grace is kept', async () => {
  const { fetch, calls } = heldFetch();
  const stop = new AbortController();
  // A grace no test waits for: the answer is given right after the stop.
  const reading = gatewayWith(fetch, stop, 600_000).board(BOARD.shortLink);
  await sent(calls, 1);
  stop.abort('SIGTERM');
  calls[0]?.answer(200, BOARD);
  assert.equal((await reading).id, BOARD.id);
  assert.equal(calls[0]?.signal.aborted, false);
});

test('after the stop nothing is sent', async () => {
  const { fetch, calls } = heldFetch();
  const stop = new AbortController();
  stop.abort('SIGTERM');
  await assert.rejects(gatewayWith(fetch, stop, 0).board(BOARD.shortLink), (error: unknown) => {
    assert.ok(error instanceof RequestStoppedError);
    assert.equal(error.inFlight, false);
    assert.match(error.message, /GET \/boards\/AbCd1234 was not sent$/);
    return true;
  });
  assert.equal(calls.length, 0);
});

test('a stop during the wait before a retry ends the wait: no retry is sent', async () => {
  const { fetch, calls } = heldFetch();
  const stop = new AbortController();
  const waits: number[] = [];
  // A clock whose waits never end by themselves: only the stop can end one.
  const frozen: Clock = { now: () => 0, sleep: (ms) => (waits.push(ms), new Promise(() => {})) };
  const reading = gatewayWith(fetch, stop, 0, frozen).board(BOARD.shortLink);
  await sent(calls, 1);
  calls[0]?.answer(500, { message: 'try again' });
  while (waits.length === 0) await new Promise((resolve) => setImmediate(resolve));
  stop.abort('SIGTERM');
  await assert.rejects(reading, RequestStoppedError);
  assert.equal(calls.length, 1);
});
