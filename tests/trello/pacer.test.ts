import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimiter, TRELLO_RATE_LIMIT } from '../../src/emulator/ratelimit.ts';
import { seededRandom } from '../../src/emulator/random.ts';
import { createPacer, rateReports } from '../../src/trello/pacer.ts';
import { sample } from '../recordings/samples.ts';
import { virtualClock } from './virtual-clock.ts';

describe('pacer', () => {
  it('starts at most `limit` requests in any window, and no later than needed', async () => {
    const clock = virtualClock();
    const pacer = createPacer({ clock, ceiling: { max: 3, windowMs: 10_000 } });
    const starts: number[] = [];
    for (let i = 0; i < 8; i++) {
      await pacer.acquire();
      starts.push(clock.now());
      clock.advance(1_000); // each request takes a second
    }
    assert.deepEqual(starts, [0, 1_000, 2_000, 10_000, 11_000, 12_000, 20_000, 21_000]);
  });

  it('serves concurrent callers in order without exceeding the limit', async () => {
    const clock = virtualClock();
    const pacer = createPacer({ clock, ceiling: { max: 2, windowMs: 10_000 } });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 5 }, () => pacer.acquire().then(() => starts.push(clock.now()))));
    assert.deepEqual(starts, [0, 0, 10_000, 10_000, 20_000]);
  });

  it('starts nothing before a hold ends, and never shortens a hold', async () => {
    const clock = virtualClock();
    const pacer = createPacer({ clock, ceiling: { max: 10, windowMs: 10_000 } });
    await pacer.acquire();
    pacer.holdUntil(10_500);
    pacer.holdUntil(3_000);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 3 }, () => pacer.acquire().then(() => starts.push(clock.now()))));
    assert.deepEqual(starts, [10_500, 10_500, 10_500]);
    assert.deepEqual(clock.sleeps, [10_500]);
  });

  it('does not wait when requests are already slower than the limit', async () => {
    const clock = virtualClock();
    const pacer = createPacer({ clock, ceiling: { max: 2, windowMs: 10_000 } });
    for (let i = 0; i < 4; i++) {
      await pacer.acquire();
      clock.advance(6_000);
    }
    assert.deepEqual(clock.sleeps, []);
  });
});

/**
 * Trello's side, simulated on the same virtual clock: the emulator's rate
 * limiter at Trello's numbers (a sliding 10 s window of 100 per token), and
 * a second client of the same token sending every `otherEveryMs`. Requests
 * take 0–40 ms to arrive (seeded), so a start and its arrival differ.
 */
async function simulate(requests: number, otherEveryMs?: number, otherHeadStartMs = 0) {
  const clock = virtualClock();
  const pacer = createPacer({ clock });
  const trello = new RateLimiter(TRELLO_RATE_LIMIT);
  const token = { key: 'k', token: 't' };
  const random = seededRandom(7);
  let nextOther = 0;
  let other429 = 0;
  let own429 = 0;
  const othersUpTo = (now: number) => {
    while (otherEveryMs !== undefined && nextOther <= now) {
      if (trello.check(token, undefined, nextOther).exceeded) other429++;
      nextOther += otherEveryMs;
    }
  };
  const arrivals: number[] = [];
  // A client that was there first has been spending for a window when this one starts.
  clock.advance(otherHeadStartMs);
  for (let i = 0; i < requests; i++) {
    const startedAt = await pacer.acquire();
    clock.advance(Math.floor(random() * 40));
    othersUpTo(clock.now());
    const decision = trello.check(token, undefined, clock.now());
    if (decision.exceeded) own429++;
    arrivals.push(clock.now());
    clock.advance(Math.floor(random() * 40));
    pacer.observe(
      startedAt,
      rateReports((name) => decision.headers[name] ?? null),
    );
  }
  const rate = (from: number) =>
    ((requests - 1 - from) / ((arrivals.at(-1) ?? 0) - (arrivals[from] ?? 0))) * 10_000;
  return { own429, other429, perTenSeconds: rate(0), lastHalfPerTenSeconds: rate(Math.floor(requests / 2)) };
}

describe('pacing to the limits Trello reports', () => {
  it('reads the request limits of the recorded headers, and not the database time', () => {
    const recorded = sample('card.get.json#0').response.headers;
    assert.deepEqual(
      rateReports((name) => recorded[name] ?? null),
      [
        { family: 'api-token', windowMs: 10_000, max: 100, remaining: 99 },
        { family: 'api-key', windowMs: 10_000, max: 300, remaining: 299 },
        { family: 'member', windowMs: 10_000, max: 375, remaining: 374 },
      ],
    );
    assert.deepEqual(
      rateReports(() => null),
      [],
    );
  });

  it('sustains at least 97 requests per 10 s on a token it has to itself, and is never refused', async () => {
    const run = await simulate(2_000);
    assert.equal(run.own429, 0);
    assert.ok(run.perTenSeconds >= 97, `${run.perTenSeconds.toFixed(1)} per 10 s`);
    assert.ok(run.perTenSeconds <= 100, `${run.perTenSeconds.toFixed(1)} per 10 s`);
  });

  it('backs off to what is left when another client spends half the token, and neither is refused', async () => {
    const run = await simulate(1_000, 200, 10_000);
    assert.deepEqual([run.own429, run.other429], [0, 0]);
    assert.ok(run.perTenSeconds >= 45 && run.perTenSeconds <= 50, `${run.perTenSeconds.toFixed(1)} per 10 s`);
  });

  it('makes room for a client that starts spending the token at the same time, within a window or two', async () => {
    const run = await simulate(1_000, 200, 0);
    // Trello's headers count only what it admitted, so the first window can refuse a few while the share is learnt.
    assert.ok(run.own429 + run.other429 <= 20, `${run.own429} + ${run.other429} refused`);
    assert.ok(run.lastHalfPerTenSeconds <= 51, `${run.lastHalfPerTenSeconds.toFixed(1)} per 10 s`);
  });

  it('still keeps under a ceiling of the user’s own', async () => {
    const clock = virtualClock();
    const pacer = createPacer({ clock, ceiling: { max: 20, windowMs: 10_000 } });
    const starts: number[] = [];
    for (let i = 0; i < 60; i++) starts.push(await pacer.acquire());
    assert.deepEqual([starts[19], starts[20], starts[40]], [0, 10_000, 20_000]);
  });
});
