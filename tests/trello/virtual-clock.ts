import type { Clock } from '../../src/trello/pacer.ts';

export interface VirtualClock extends Clock {
  advance(ms: number): void;
  /** Every wait asked for, in order. */
  readonly sleeps: number[];
}

/** A clock whose sleeps return at once and move time forward: pacing and backoff without real waits. */
export function virtualClock(): VirtualClock {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: (ms) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
    advance: (ms) => {
      now += ms;
    },
    sleeps,
  };
}
