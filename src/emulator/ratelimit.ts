import type { Credentials } from './auth.ts';

export interface RateLimitOptions {
  windowMs: number;
  perToken: number;
  perKey: number;
  /** 429s on one key within a window after which every request of that key gets 429 for a window; Trello: 200 (D). */
  keyLockoutAfter?: number;
  /** The special limit on `/1/members/{id}`: Trello allows 100 per 900 s per token (D). */
  members?: { windowMs: number; max: number };
  /**
   * `/1/search` has its own, stricter limit (D); its numbers are not
   * documented (?), so the `/1/members` ones are used, and a refusal says
   * `API_TOKEN_LIMIT_EXCEEDED` (?).
   */
  search?: { windowMs: number; max: number };
  /**
   * Reported, not enforced (?): the `x-rate-limit-member-*` headers count a
   * member's requests over all its tokens (recorded: 10 s, max 200 in 2020, 375 in 2023).
   */
  perMember?: { windowMs: number; max: number };
  /**
   * Reported, not enforced (?): the `x-rate-limit-db-query-time-*` headers, a
   * token's database time in ms (recorded: 600,000 ms, max 7,200,000; one
   * request cost 10 ms, which the emulator charges each).
   */
  dbQueryTime?: { windowMs: number; max: number; costMs: number };
}

/** Trello's documented numbers, and the recorded ones of the reported-only headers. */
export const TRELLO_RATE_LIMIT = {
  windowMs: 10_000,
  perToken: 100,
  perKey: 300,
  keyLockoutAfter: 200,
  members: { windowMs: 900_000, max: 100 },
  search: { windowMs: 900_000, max: 100 },
  perMember: { windowMs: 10_000, max: 375 },
  dbQueryTime: { windowMs: 600_000, max: 7_200_000, costMs: 10 },
} as const satisfies RateLimitOptions;

export type LimitName = 'API_TOKEN_LIMIT_EXCEEDED' | 'API_KEY_LIMIT_EXCEEDED' | 'MEMBER_LIMIT_EXCEEDED';

/** Routes with a limit of their own. */
export type SpecialRoute = 'members' | 'search';

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

/** Like SlidingLog, but each entry weighs its cost (database milliseconds). */
class WeightedLog {
  readonly #windowMs: number;
  readonly #max: number;
  #entries: [at: number, cost: number][] = [];

  constructor(windowMs: number, max: number) {
    this.#windowMs = windowMs;
    this.#max = max;
  }

  remaining(now: number): number {
    this.#entries = this.#entries.filter(([at]) => at > now - this.#windowMs);
    return Math.max(0, this.#max - this.#entries.reduce((sum, [, cost]) => sum + cost, 0));
  }

  add(now: number, cost: number): void {
    this.#entries.push([now, cost]);
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
  readonly #routes = new Map<string, SlidingLog>();
  readonly #members = new Map<string, SlidingLog>();
  readonly #dbTime = new Map<string, WeightedLog>();
  readonly #refusals = new Map<string, number[]>();
  readonly #lockedUntil = new Map<string, number>();

  constructor(options: RateLimitOptions) {
    this.#options = options;
  }

  /** Admits or refuses one request of `member` made with `credentials` at time `now` (ms). */
  check(
    credentials: Credentials,
    special: SpecialRoute | undefined,
    now: number,
    member = 'member',
  ): RateDecision {
    const { windowMs, perToken, perKey } = this.#options;
    const token = logFor(this.#tokens, credentials.token, windowMs, perToken);
    const key = logFor(this.#keys, credentials.key, windowMs, perKey);
    const routeLimit = special === undefined ? undefined : this.#options[special];
    const route =
      routeLimit &&
      logFor(this.#routes, `${special}:${credentials.token}`, routeLimit.windowMs, routeLimit.max);
    const tokenLeft = token.remaining(now);
    const keyLeft = key.remaining(now);
    const routeLeft = route?.remaining(now);
    const exceeded = this.#exceeded(credentials.key, special, routeLeft, tokenLeft, keyLeft, now);
    if (exceeded) {
      this.#refused(credentials.key, now);
      return { exceeded, headers: this.#headers(credentials, member, now, tokenLeft, keyLeft) };
    }
    token.add(now);
    key.add(now);
    route?.add(now);
    const { perMember, dbQueryTime } = this.#options;
    if (perMember) logFor(this.#members, member, perMember.windowMs, perMember.max).add(now);
    if (dbQueryTime) this.#dbLog(credentials.token, dbQueryTime).add(now, dbQueryTime.costMs);
    return { headers: this.#headers(credentials, member, now, tokenLeft - 1, keyLeft - 1) };
  }

  #exceeded(
    key: string,
    special: SpecialRoute | undefined,
    routeLeft: number | undefined,
    tokenLeft: number,
    keyLeft: number,
    now: number,
  ): LimitName | undefined {
    if (this.#lockedOut(key, now)) return 'API_KEY_LIMIT_EXCEEDED';
    if (routeLeft === 0) return special === 'members' ? 'MEMBER_LIMIT_EXCEEDED' : 'API_TOKEN_LIMIT_EXCEEDED';
    if (tokenLeft === 0) return 'API_TOKEN_LIMIT_EXCEEDED';
    if (keyLeft === 0) return 'API_KEY_LIMIT_EXCEEDED';
    return undefined;
  }

  /** The headers Trello sends on every answer, in the recorded order (R, 2023). */
  #headers(
    credentials: Credentials,
    member: string,
    now: number,
    tokenRemaining: number,
    keyRemaining: number,
  ): Record<string, string> {
    const { windowMs, perToken, perKey, perMember, dbQueryTime } = this.#options;
    const family = (name: string, interval: number, max: number, remaining: number) => ({
      [`x-rate-limit-${name}-interval-ms`]: String(interval),
      [`x-rate-limit-${name}-max`]: String(max),
      [`x-rate-limit-${name}-remaining`]: String(Math.max(0, remaining)),
    });
    const left = (logs: Map<string, SlidingLog>, id: string, limit: { windowMs: number; max: number }) =>
      logFor(logs, id, limit.windowMs, limit.max).remaining(now);
    return {
      ...family('api-token', windowMs, perToken, tokenRemaining),
      ...(dbQueryTime &&
        family(
          'db-query-time',
          dbQueryTime.windowMs,
          dbQueryTime.max,
          this.#dbLog(credentials.token, dbQueryTime).remaining(now),
        )),
      ...family('api-key', windowMs, perKey, keyRemaining),
      ...(perMember &&
        family('member', perMember.windowMs, perMember.max, left(this.#members, member, perMember))),
    };
  }

  #dbLog(token: string, limit: { windowMs: number; max: number }): WeightedLog {
    let log = this.#dbTime.get(token);
    if (!log) this.#dbTime.set(token, (log = new WeightedLog(limit.windowMs, limit.max)));
    return log;
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
