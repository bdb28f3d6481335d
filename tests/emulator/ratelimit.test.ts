import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TRELLO_RATE_LIMIT } from '../../src/emulator/index.ts';
import { testClock, withEmulator } from '../helpers/emulator.ts';

const TOKEN_LIMIT_BODY = { error: 'API_TOKEN_LIMIT_EXCEEDED', message: 'Rate limit exceeded' };
const KEY_LIMIT_BODY = { error: 'API_KEY_LIMIT_EXCEEDED', message: 'Rate limit exceeded' };

interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

/** Raw fetch on purpose: trello.js would retry a 429 itself and hide it. */
async function burst(urls: string[]): Promise<Answer[]> {
  return Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url);
      return { status: response.status, body: await response.json(), headers: response.headers };
    }),
  );
}

function countStatuses(answers: Answer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/*
 * Trello's real numbers and window (100 per token, 300 per key, per 10 s), and
 * the bursts are sent in real time. The emulator's clock is real time plus an
 * offset, so that "a window later" is a jump of the clock instead of 10 s of
 * sleep; the sliding window itself is replayed exactly in ratelimiter.test.ts.
 */
describe("rate limits at Trello's real numbers", { concurrency: 2 }, () => {
  test('one token: 150 in a burst, exactly 100 pass and 50 get the token 429; after the window it passes again', async (t) => {
    const clock = testClock();
    const emulator = await withEmulator(t, { realRateLimits: true, clock: clock.now });
    const url = `${emulator.url}/boards/${emulator.board.id}?key=${emulator.key}&token=${emulator.token}`;
    const answers = await burst(Array.from({ length: 150 }, () => url));

    assert.deepEqual(countStatuses(answers), { 200: 100, 429: 50 });
    for (const refused of answers.filter((a) => a.status === 429))
      assert.deepEqual(refused.body, TOKEN_LIMIT_BODY);
    const admitted = answers.find((a) => a.status === 200);
    assert.equal(admitted?.headers.get('x-rate-limit-api-token-max'), '100');
    assert.equal(admitted?.headers.get('x-rate-limit-api-token-interval-ms'), '10000');
    assert.equal(emulator.stats().rateLimited, 50);

    const [stillInWindow] = await burst([url]);
    assert.equal(stillInWindow?.status, 429);
    clock.advance(TRELLO_RATE_LIMIT.windowMs);
    const [again] = await burst([url]);
    assert.equal(again?.status, 200);
    assert.equal(again?.headers.get('x-rate-limit-api-token-remaining'), '99');
  });

  test('one key, four tokens: 400 in a burst, exactly 300 pass and 100 get the key 429; after the window it passes again', async (t) => {
    const key = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';
    const tokens = ['t1', 't2', 't3', 't4'].map((name) => `ATTA${name.repeat(30)}`);
    const clock = testClock();
    const emulator = await withEmulator(t, {
      realRateLimits: true,
      clock: clock.now,
      credentials: tokens.map((token) => ({ key, token })),
    });
    const urlFor = (token: string) => `${emulator.url}/boards/${emulator.board.id}?key=${key}&token=${token}`;
    const answers = await burst(tokens.flatMap((token) => Array.from({ length: 100 }, () => urlFor(token))));

    assert.deepEqual(countStatuses(answers), { 200: 300, 429: 100 });
    for (const refused of answers.filter((a) => a.status === 429))
      assert.deepEqual(refused.body, KEY_LIMIT_BODY);
    assert.equal(answers.find((a) => a.status === 200)?.headers.get('x-rate-limit-api-key-max'), '300');

    const [stillInWindow] = await burst([urlFor(tokens[0] ?? '')]);
    assert.equal(stillInWindow?.status, 429);
    clock.advance(TRELLO_RATE_LIMIT.windowMs);
    const [again] = await burst([urlFor(tokens[0] ?? '')]);
    assert.equal(again?.status, 200);
    assert.equal(again?.headers.get('x-rate-limit-api-key-remaining'), '299');
  });
});
