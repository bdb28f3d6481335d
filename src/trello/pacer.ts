/** Time as the gateway sees it; tests pass a virtual clock so pacing needs no wall-clock waits. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface Pacer {
  /** Resolves when one more request may start. Callers are served in order. */
  acquire(): Promise<void>;
  /**
   * No request starts before `untilMs` (clock time): the server refused one
   * for its rate limit, and any other sent before the window ends would be
   * refused too (and count toward the key's lockout).
   */
  holdUntil(untilMs: number): void;
}

/**
 * Lets at most `limit` requests start in any `windowMs` interval (a sliding
 * window over the last `limit` start times). Trello counts requests per 10 s
 * without saying how the window is aligned; a sliding window stays under the
 * limit for every alignment, where a token bucket allows a burst of `limit`
 * right after a full window and can overshoot an aligned server window.
 * Written here rather than with p-throttle because it must run on an injected
 * clock (p-throttle reads the real timers), and it is twenty lines.
 */
export function createPacer(limit: number, windowMs: number, clock: Clock): Pacer {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`pacing limit must be a positive integer, got ${limit}`);
  const starts: number[] = [];
  let queue: Promise<void> = Promise.resolve();
  let heldUntil = 0;

  const takeTurn = async (): Promise<void> => {
    const held = heldUntil - clock.now();
    if (held > 0) await clock.sleep(held);
    if (starts.length >= limit) {
      const oldest = starts.shift() ?? 0;
      const wait = oldest + windowMs - clock.now();
      if (wait > 0) await clock.sleep(wait);
    }
    starts.push(clock.now());
  };

  return {
    acquire() {
      const turn = queue.then(takeTurn);
      queue = turn.catch(() => undefined);
      return turn;
    },
    holdUntil(untilMs) {
      heldUntil = Math.max(heldUntil, untilMs);
    },
  };
}
