import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TrelloError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { OutcomeUnknownError } from '../../src/trello/errors.ts';
import { createTrelloGateway } from '../../src/trello/gateway.ts';
import { harness, newCard } from './harness.ts';
import { scriptedServer } from './scripted-server.ts';
import { virtualClock } from './virtual-clock.ts';

describe('gateway pacing', () => {
  it('spreads a burst over as many 10 s windows as the configured rate needs', async (t) => {
    const { gateway, listId, sentAt, emulator } = await harness(t, { requestsPer10s: 4 });
    await gateway.createCard(newCard(listId, 'paced'));
    await Promise.all(Array.from({ length: 9 }, () => gateway.board(emulator.board.id)));
    assert.deepEqual(sentAt, [0, 0, 0, 0, 10_000, 10_000, 10_000, 10_000, 20_000, 20_000]);
  });

  it('holds every request for a whole rate window after a 429 without Retry-After', async (t) => {
    const board = { id: 'b'.repeat(24), name: 'B', shortLink: 'AbCd1234', url: 'u' };
    const { apiUrl, seen } = await scriptedServer(t, (_, index) =>
      index === 0
        ? {
            status: 429,
            body: { error: 'API_TOKEN_LIMIT_EXCEEDED', message: 'Rate limit exceeded' },
            headers: { 'x-rate-limit-api-token-interval-ms': '10000' },
          }
        : { status: 200, body: board },
    );
    const clock = virtualClock();
    const sentAt: number[] = [];
    let other: Promise<unknown> | undefined;
    const gateway = createTrelloGateway({
      apiUrl,
      key: 'k'.repeat(32),
      token: 't'.repeat(64),
      logger: silentLogger(),
      random: () => 0.5,
      // Another request of the same client starts the moment the refused one begins to wait.
      clock: {
        now: () => clock.now(),
        sleep: (ms) => {
          other ??= gateway.board(board.shortLink);
          return clock.sleep(ms);
        },
      },
      fetch: (input, init) => {
        sentAt.push(clock.now());
        return fetch(input, init);
      },
    });
    await gateway.board(board.shortLink);
    await other;
    assert.equal(seen.length, 3);
    assert.deepEqual(sentAt, [0, 10_500, 10_500], 'the retry and the other request wait out the window');
  });
});

describe('gateway retries', () => {
  it('retries server errors on reads with growing, jittered waits', async (t) => {
    const { gateway, emulator, clock } = await harness(t);
    emulator.setFaults({ errorRate: 1, routes: ['GET /1/boards/:id'], maxFaults: 3 });
    assert.equal((await gateway.board(emulator.board.id)).id, emulator.board.id);
    assert.equal(emulator.stats().faults, 3);
    assert.deepEqual(clock.sleeps, [999, 1_998, 3_996]);
  });

  it('never lets a 429 reach the caller while retries last, waiting out Trello’s 10 s window each time', async (t) => {
    const { gateway, emulator, listId, clock } = await harness(t);
    emulator.setFaults({ rateLimitStormRate: 1, maxFaults: 4 });
    const card = await gateway.createCard(newCard(listId, 'after the storm'));
    assert.equal(emulator.stats().rateLimited, 4);
    // No Retry-After and (with the emulator's limiter off) no window header: 10 s plus up to 10 % jitter.
    assert.deepEqual(clock.sleeps, [10_999, 10_999, 10_999, 10_999]);
    const snapshot = await gateway.snapshot(emulator.board.id);
    assert.deepEqual(
      snapshot.cards.filter((c) => c.name === 'after the storm').map((c) => c.id),
      [card.id],
      'a 429 is a refusal: retrying the POST made exactly one card',
    );
  });

  it('retries a read whose connection was reset', async (t) => {
    const { gateway, emulator } = await harness(t);
    emulator.setFaults({ resetRate: 1, maxFaults: 2 });
    assert.equal((await gateway.snapshot(emulator.board.id)).board.id, emulator.board.id);
    assert.equal(emulator.stats().byStatus['reset'], 2);
    assert.equal(gateway.apiCalls, 3);
  });

  it('retries an update (idempotent) whose connection dropped after the write', async (t) => {
    const { gateway, emulator, listId } = await harness(t);
    const card = await gateway.createCard(newCard(listId, 'before'));
    emulator.setFaults({ commitThenDropRate: 1, routes: ['PUT /1/cards/:id'], maxFaults: 1 });
    assert.equal((await gateway.updateCard(card.id, { name: 'after' })).name, 'after');
  });

  it('gives up after the configured retries with the status and a way forward', async (t) => {
    const { gateway, emulator } = await harness(t, { maxRetries: 2 });
    emulator.setFaults({ rateLimitStormRate: 1 });
    await assert.rejects(gateway.snapshot(emulator.board.id), (error: unknown) => {
      assert.ok(error instanceof TrelloError && !(error instanceof OutcomeUnknownError));
      assert.equal(error.status, 429);
      assert.match(error.message, /after 3 attempts: another client may be using the same token/);
      return true;
    });
    assert.equal(gateway.apiCalls, 3);
  });
});

describe('writes whose outcome is unknown', () => {
  it('reports a create dropped after it committed, without retrying it', async (t) => {
    const { gateway, emulator, listId } = await harness(t);
    emulator.setFaults({ commitThenDropRate: 1, routes: ['POST /1/cards'], maxFaults: 1 });
    await assert.rejects(gateway.createCard(newCard(listId, 'Exactly once')), (error: unknown) => {
      assert.ok(error instanceof OutcomeUnknownError);
      assert.deepEqual([error.method, error.path], ['POST', '/cards']);
      assert.match(error.message, /may or may not have been applied.*look for the item's marker/);
      return true;
    });
    assert.equal(gateway.apiCalls, 1);
    const cards = (await gateway.snapshot(emulator.board.id)).cards.filter((c) => c.name === 'Exactly once');
    assert.equal(cards.length, 1);
  });

  it('reports a create whose connection was reset, since the client cannot tell it from a drop', async (t) => {
    const { gateway, emulator, listId } = await harness(t);
    emulator.setFaults({ resetRate: 1, routes: ['POST /1/cards/:id/actions/comments'], maxFaults: 1 });
    const card = await gateway.createCard(newCard(listId, 'commented'));
    await assert.rejects(gateway.addComment(card.id, 'hello'), OutcomeUnknownError);
  });

  it('reports a create that timed out', async (t) => {
    const { gateway, emulator } = await harness(t, { timeoutMs: 100 });
    emulator.setFaults({ latencyMs: 400 });
    await assert.rejects(gateway.createList(emulator.board.id, 'slow'), OutcomeUnknownError);
    await assert.rejects(gateway.board(emulator.board.id), (error: unknown) => {
      assert.ok(error instanceof TrelloError && !(error instanceof OutcomeUnknownError));
      assert.match(error.message, /did not answer GET \/boards\/.* within 0\.1 s \(6 attempts\)/);
      return true;
    });
  });
});
