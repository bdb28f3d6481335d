import { seededRandom } from './random.ts';

/**
 * Failures the emulator can inject into `/1/...` requests, each as a share
 * of requests between 0 and 1. One random draw per request picks at most one
 * fault, so the shares add up (and should stay at or below 1).
 */
export interface FaultOptions {
  /** Seed of the generator behind every share below; default 1. */
  seed?: number;
  /** Added before every answer, in milliseconds. */
  latencyMs?: number;
  /** A further random delay of up to this many milliseconds. */
  latencyJitterMs?: number;
  /** Answered 500, 502 or 503 before anything is written. */
  errorRate?: number;
  /** The connection is destroyed before anything is written. */
  resetRate?: number;
  /** Answered 429 with the token-limit body regardless of the real counts. */
  rateLimitStormRate?: number;
  /** Writes only: the change is made, then the connection is destroyed, so the client never sees the answer. */
  commitThenDropRate?: number;
  /** Route patterns the faults apply to (`POST /1/cards`); all when absent. */
  routes?: string[];
  /** Stop injecting after this many faults; e.g. 1 with a rate of 1 fails exactly the next matching request. */
  maxFaults?: number;
}

export type Fault =
  | { kind: 'error'; status: 500 | 502 | 503 }
  | { kind: 'reset' }
  | { kind: 'rateLimitStorm' }
  | { kind: 'commitThenDrop' };

const ERROR_STATUSES = [500, 502, 503] as const;

export class FaultInjector {
  #options: FaultOptions = {};
  #random: () => number = seededRandom(1);
  #injected = 0;

  constructor(options: FaultOptions = {}) {
    this.configure(options);
  }

  /** Replaces the options and restarts the generator from their seed. */
  configure(options: FaultOptions): void {
    this.#options = { ...options };
    this.#random = seededRandom(options.seed ?? 1);
    this.#injected = 0;
  }

  get options(): FaultOptions {
    return { ...this.#options };
  }

  latencyMs(): number {
    const { latencyMs = 0, latencyJitterMs = 0 } = this.#options;
    return latencyMs + (latencyJitterMs > 0 ? Math.floor(this.#random() * latencyJitterMs) : 0);
  }

  /** Decides the fate of one request to `route` (`METHOD /pattern`). */
  decide(route: string, isWrite: boolean): Fault | undefined {
    const o = this.#options;
    if (o.routes && !o.routes.includes(route)) return undefined;
    if (o.maxFaults !== undefined && this.#injected >= o.maxFaults) return undefined;
    const draw = this.#random();
    const shares: [number, () => Fault][] = [
      [o.errorRate ?? 0, () => ({ kind: 'error', status: pick(ERROR_STATUSES, this.#random()) })],
      [o.resetRate ?? 0, () => ({ kind: 'reset' })],
      [o.rateLimitStormRate ?? 0, () => ({ kind: 'rateLimitStorm' })],
      [isWrite ? (o.commitThenDropRate ?? 0) : 0, () => ({ kind: 'commitThenDrop' })],
    ];
    let threshold = 0;
    for (const [share, fault] of shares) {
      threshold += share;
      if (draw < threshold) {
        this.#injected++;
        return fault();
      }
    }
    return undefined;
  }
}

function pick<T>(values: readonly T[], draw: number): T {
  return values[Math.min(values.length - 1, Math.floor(draw * values.length))] as T;
}
