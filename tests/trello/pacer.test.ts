import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPacer } from '../../src/trello/pacer.ts';
import { virtualClock } from './virtual-clock.ts';

describe('pacer', () => {
  it('starts at most `limit` requests in any window, and no later than needed', async () => {
    const clock = virtualClock();
    const pacer = createPacer(3, 10_000, clock);
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
    const pacer = createPacer(2, 10_000, clock);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 5 }, () => pacer.acquire().then(() => starts.push(clock.now()))));
    assert.deepEqual(starts, [0, 0, 10_000, 10_000, 20_000]);
  });

  it('starts nothing before a hold ends, and never shortens a hold', async () => {
    const clock = virtualClock();
    const pacer = createPacer(10, 10_000, clock);
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
    const pacer = createPacer(2, 10_000, clock);
    for (let i = 0; i < 4; i++) {
      await pacer.acquire();
      clock.advance(6_000);
    }
    assert.deepEqual(clock.sleeps, []);
  });
});
