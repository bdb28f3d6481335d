import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from '../../src/emulator/ratelimit.ts';

// The limiter takes the time as an argument, so these cases replay exact timelines without waiting.
const pair = { key: 'k', token: 't' };

function admitted(limiter: RateLimiter, times: number[], membersRoute = false) {
  return times.map((now) => limiter.check(pair, membersRoute ? 'members' : undefined, now).exceeded ?? 'ok');
}

test('the window slides: each admitted request holds its slot for exactly one window', () => {
  const limiter = new RateLimiter({ windowMs: 1000, perToken: 2, perKey: 10 });
  assert.deepEqual(admitted(limiter, [0, 500, 999, 1000, 1001, 1499, 1500]), [
    'ok',
    'ok',
    'API_TOKEN_LIMIT_EXCEEDED', // 0 and 500 hold both slots
    'ok', // the slot taken at 0 is free at 1000
    'API_TOKEN_LIMIT_EXCEEDED', // 500 and 1000 hold them now: a fixed window would have reset at 1000
    'API_TOKEN_LIMIT_EXCEEDED',
    'ok',
  ]);
});

test('refused requests do not use up the allowance', () => {
  const limiter = new RateLimiter({ windowMs: 1000, perToken: 1, perKey: 10 });
  assert.deepEqual(admitted(limiter, [0, 100, 200, 1001]), [
    'ok',
    'API_TOKEN_LIMIT_EXCEEDED',
    'API_TOKEN_LIMIT_EXCEEDED',
    'ok',
  ]);
});

test('past keyLockoutAfter refusals the whole key is refused for a further window', () => {
  const limiter = new RateLimiter({ windowMs: 1000, perToken: 100, perKey: 1, keyLockoutAfter: 3 });
  // 1 admitted, then 4 refusals at t=10..40: the 4th exceeds 3 and locks the key until 1040.
  assert.deepEqual(admitted(limiter, [0, 10, 20, 30, 40]), [
    'ok',
    ...Array(4).fill('API_KEY_LIMIT_EXCEEDED'),
  ]);
  assert.deepEqual(admitted(limiter, [1020, 1039, 1041]), [
    'API_KEY_LIMIT_EXCEEDED',
    'API_KEY_LIMIT_EXCEEDED',
    'ok',
  ]);
});

test('the /1/members limit applies to member routes only', () => {
  const limiter = new RateLimiter({
    windowMs: 1000,
    perToken: 100,
    perKey: 300,
    members: { windowMs: 5000, max: 1 },
  });
  assert.deepEqual(admitted(limiter, [0, 10], true), ['ok', 'MEMBER_LIMIT_EXCEEDED']);
  assert.deepEqual(admitted(limiter, [20]), ['ok']);
  assert.deepEqual(admitted(limiter, [5001], true), ['ok']);
});

test('headers report the remaining allowance after the request', () => {
  const limiter = new RateLimiter({ windowMs: 10_000, perToken: 100, perKey: 300 });
  const { headers } = limiter.check(pair, undefined, 0);
  assert.equal(headers['x-rate-limit-api-token-remaining'], '99');
  assert.equal(headers['x-rate-limit-api-key-remaining'], '299');
});
