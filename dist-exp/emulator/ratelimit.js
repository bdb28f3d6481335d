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
};
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
    #windowMs;
    #max;
    #times = [];
    constructor(windowMs, max) {
        this.#windowMs = windowMs;
        this.#max = max;
    }
    remaining(now) {
        this.#times = this.#times.filter((t) => t > now - this.#windowMs);
        return Math.max(0, this.#max - this.#times.length);
    }
    add(now) {
        this.#times.push(now);
    }
}
/** Like SlidingLog, but each entry weighs its cost (database milliseconds). */
class WeightedLog {
    #windowMs;
    #max;
    #entries = [];
    constructor(windowMs, max) {
        this.#windowMs = windowMs;
        this.#max = max;
    }
    remaining(now) {
        this.#entries = this.#entries.filter(([at]) => at > now - this.#windowMs);
        return Math.max(0, this.#max - this.#entries.reduce((sum, [, cost]) => sum + cost, 0));
    }
    add(now, cost) {
        this.#entries.push([now, cost]);
    }
}
function logFor(logs, id, windowMs, max) {
    let log = logs.get(id);
    if (!log)
        logs.set(id, (log = new SlidingLog(windowMs, max)));
    return log;
}
export class RateLimiter {
    #options;
    #tokens = new Map();
    #keys = new Map();
    #routes = new Map();
    #members = new Map();
    #dbTime = new Map();
    #refusals = new Map();
    #lockedUntil = new Map();
    constructor(options) {
        this.#options = options;
    }
    /** Admits or refuses one request of `member` made with `credentials` at time `now` (ms). */
    check(credentials, special, now, member = 'member') {
        const { windowMs, perToken, perKey } = this.#options;
        const token = logFor(this.#tokens, credentials.token, windowMs, perToken);
        const key = logFor(this.#keys, credentials.key, windowMs, perKey);
        const routeLimit = special === undefined ? undefined : this.#options[special];
        const route = routeLimit &&
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
        if (perMember)
            logFor(this.#members, member, perMember.windowMs, perMember.max).add(now);
        if (dbQueryTime)
            this.#dbLog(credentials.token, dbQueryTime).add(now, dbQueryTime.costMs);
        return { headers: this.#headers(credentials, member, now, tokenLeft - 1, keyLeft - 1) };
    }
    #exceeded(key, special, routeLeft, tokenLeft, keyLeft, now) {
        if (this.#lockedOut(key, now))
            return 'API_KEY_LIMIT_EXCEEDED';
        if (routeLeft === 0)
            return special === 'members' ? 'MEMBER_LIMIT_EXCEEDED' : 'API_TOKEN_LIMIT_EXCEEDED';
        if (tokenLeft === 0)
            return 'API_TOKEN_LIMIT_EXCEEDED';
        if (keyLeft === 0)
            return 'API_KEY_LIMIT_EXCEEDED';
        return undefined;
    }
    /** The headers Trello sends on every answer, in the recorded order (R, 2023). */
    #headers(credentials, member, now, tokenRemaining, keyRemaining) {
        const { windowMs, perToken, perKey, perMember, dbQueryTime } = this.#options;
        const family = (name, interval, max, remaining) => ({
            [`x-rate-limit-${name}-interval-ms`]: String(interval),
            [`x-rate-limit-${name}-max`]: String(max),
            [`x-rate-limit-${name}-remaining`]: String(Math.max(0, remaining)),
        });
        const left = (logs, id, limit) => logFor(logs, id, limit.windowMs, limit.max).remaining(now);
        return {
            ...family('api-token', windowMs, perToken, tokenRemaining),
            ...(dbQueryTime &&
                family('db-query-time', dbQueryTime.windowMs, dbQueryTime.max, this.#dbLog(credentials.token, dbQueryTime).remaining(now))),
            ...family('api-key', windowMs, perKey, keyRemaining),
            ...(perMember &&
                family('member', perMember.windowMs, perMember.max, left(this.#members, member, perMember))),
        };
    }
    #dbLog(token, limit) {
        let log = this.#dbTime.get(token);
        if (!log)
            this.#dbTime.set(token, (log = new WeightedLog(limit.windowMs, limit.max)));
        return log;
    }
    #lockedOut(key, now) {
        return (this.#lockedUntil.get(key) ?? 0) > now;
    }
    /** Past `keyLockoutAfter` refusals in a window the whole key is shut out for one window (D). */
    #refused(key, now) {
        if (this.#lockedOut(key, now))
            return;
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
export function rateLimitBody(limit) {
    return { error: limit, message: 'Rate limit exceeded' };
}
//# sourceMappingURL=ratelimit.js.map