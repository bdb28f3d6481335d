import type { Credentials } from './auth.ts';

export interface RateLimitOptions {
  windowMs: number;
  perToken: number;
  perKey: number;
  /** 429s on one key within a window after which every request of that key gets 429 for a window; Trello: 200 (D). */
  keyLockoutAfter?: number;
  /** The special limit on `/1/members/{id}`: Trello allows 100 per 900 s per token (D). */
  members?: { windowMs: number; max: number };
}

/** Trello's documented numbers. */
export const TRELLO_RATE_LIMIT = {
  windowMs: 10_000,
  perToken: 100,
  perKey: 300,
  keyLockoutAfter: 200,
  members: { windowMs: 900_000, max: 100 },
} as const satisfies RateLimitOptions;

export type LimitName = 'API_TOKEN_LIMIT_EXCEEDED' | 'API_KEY_LIMIT_EXCEEDED' | 'MEMBER_LIMIT_EXCEEDED';

export interface RateDecision {
  /** Set when the request is refused. */
  exceeded?: LimitName;
  headers: Record<string, string>;
}

/**
 * A sliding-window log of admitted requests. Trello documents "N requests per
 * 10 s interval" without saying whether the interval is fixed or rolling; a
 * rolling window is the stricter reading (a fixed one would let a client send
 * 2N requests across a window boundary), so a client that passes here passes
 * on Trello. Refused requests are not logged, so a burst of 150 admits
 * exactly 100 and the 101st request made a full window after the first one
 * succeeds again.
 */
class SlidingLog {
  readonly #windowMs: number;
  readonly #max: number;
  #times: number[] = [];

  constructor(windowMs: number, max: number) {
    this.#windowMs = windowMs;
    this.#max = max;
  }

  remaining(now: number): number {
    this.#times = this.#times.filter((t) => t > now - this.#windowMs);
    return Math.max(0, this.#max - this.#times.length);
  }

  add(now: number): void {
    this.#times.push(now);
  }
}

function logFor(logs: Map<string, SlidingLog>, id: string, windowMs: number, max: number): SlidingLog {
  let log = logs.get(id);
  if (!log) logs.set(id, (log = new SlidingLog(windowMs, max)));
  return log;
}

export class RateLimiter {
  readonly #options: RateLimitOptions;
  readonly #tokens = new Map<string, SlidingLog>();
  readonly #keys = new Map<string, SlidingLog>();
  readonly #members = new Map<string, SlidingLog>();
  readonly #refusals = new Map<string, number[]>();
  readonly #lockedUntil = new Map<string, number>();

  constructor(options: RateLimitOptions) {
    this.#options = options;
  }

  /** Admits or refuses one request made with `credentials` at time `now` (ms). */
  check(credentials: Credentials, membersRoute: boolean, now: number): RateDecision {
    const { windowMs, perToken, perKey, members } = this.#options;
    const token = logFor(this.#tokens, credentials.token, windowMs, perToken);
    const key = logFor(this.#keys, credentials.key, windowMs, perKey);
    const member =
      membersRoute && members
        ? logFor(this.#members, credentials.token, members.windowMs, members.max)
        : undefined;
    const tokenLeft = token.remaining(now);
    const keyLeft = key.remaining(now);
    const exceeded = this.#exceeded(credentials.key, member?.remaining(now), tokenLeft, keyLeft, now);
    if (exceeded) {
      this.#refused(credentials.key, now);
      return { exceeded, headers: this.#headers(tokenLeft, keyLeft) };
    }
    token.add(now);
    key.add(now);
    member?.add(now);
    return { headers: this.#headers(tokenLeft - 1, keyLeft - 1) };
  }

  #exceeded(
    key: string,
    memberLeft: number | undefined,
    tokenLeft: number,
    keyLeft: number,
    now: number,
  ): LimitName | undefined {
    if (this.#lockedOut(key, now)) return 'API_KEY_LIMIT_EXCEEDED';
    if (memberLeft === 0) return 'MEMBER_LIMIT_EXCEEDED';
    if (tokenLeft === 0) return 'API_TOKEN_LIMIT_EXCEEDED';
    if (keyLeft === 0) return 'API_KEY_LIMIT_EXCEEDED';
    return undefined;
  }

  /** The headers Trello sends on every answer (O). */
  #headers(tokenRemaining: number, keyRemaining: number): Record<string, string> {
    const { windowMs, perToken, perKey } = this.#options;
    return {
      'x-rate-limit-api-token-interval-ms': String(windowMs),
      'x-rate-limit-api-token-max': String(perToken),
      'x-rate-limit-api-token-remaining': String(tokenRemaining),
      'x-rate-limit-api-key-interval-ms': String(windowMs),
      'x-rate-limit-api-key-max': String(perKey),
      'x-rate-limit-api-key-remaining': String(keyRemaining),
    };
  }

  #lockedOut(key: string, now: number): boolean {
    return (this.#lockedUntil.get(key) ?? 0) > now;
  }

  /** Past `keyLockoutAfter` refusals in a window the whole key is shut out for one window (D). */
  #refused(key: string, now: number): void {
    if (this.#lockedOut(key, now)) return;
    const { windowMs, keyLockoutAfter } = this.#options;
    const recent = (this.#refusals.get(key) ?? []).filter((t) => t > now - windowMs);
    recent.push(now);
    this.#refusals.set(key, recent);
    if (keyLockoutAfter !== undefined && recent.length > keyLockoutAfter) {
      this.#lockedUntil.set(key, now + windowMs);
      this.#refusals.set(key, []);
    }
  }
}

export function rateLimitBody(limit: LimitName): { error: LimitName; message: string } {
  return { error: limit, message: 'Rate limit exceeded' };
}
