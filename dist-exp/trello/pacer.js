export const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/**
 * The request-count limits an answer reports (O/R: `api-token`, `api-key`,
 * `member`). `db-query-time` counts milliseconds of database time, not
 * requests, so it is not paced on. A family with a header missing or not a
 * number is left out.
 */
export function rateReports(header) {
    const reports = [];
    for (const family of ['api-token', 'api-key', 'member']) {
        const read = (part) => Number(header(`x-rate-limit-${family}-${part}`) ?? Number.NaN);
        const [windowMs, max, remaining] = [read('interval-ms'), read('max'), read('remaining')];
        if ([windowMs, max, remaining].every((n) => Number.isFinite(n) && n >= 0) && windowMs > 0)
            reports.push({ family, windowMs, max, remaining });
    }
    return reports;
}
/** Trello's documented limits (D), paced to until an answer reports the real ones. */
const DOCUMENTED = [
    { family: 'api-token', windowMs: 10_000, max: 100 },
    { family: 'api-key', windowMs: 10_000, max: 300 },
];
/** Requests of a server limit left unused, for another client's request or a late arrival. */
const RESERVE = 1;
/**
 * A server window is paced as this share longer: requests that left this
 * long apart may arrive closer together, by the difference of their latencies.
 */
const GUARD_SHARE = 0.005;
/**
 * Paces to Trello's own limits, read from every answer's rate-limit headers.
 * For each limit it keeps the client's start times and, from an answer's
 * `remaining`, how much of the window other clients of the same token (or
 * key, or member) used: `max - remaining - own starts in that window`. It
 * lets at most `max - others - 1` of its own requests start in any window
 * (a sliding window, slightly widened): a token it has to itself sustains
 * 99 requests per 10.05 s, and one shared with a busy client backs off as
 * that client spends, instead of learning it from a 429. Once another client
 * shows, its own starts are spread evenly over the window: one that started
 * them the moment the window allowed would take every slot that frees and
 * starve the other, whose refused requests the headers never show. Before
 * any answer reports a limit it paces to Trello's documented 100 per token
 * and 300 per key per 10 s.
 * Written here rather than with a throttling package because it must run on
 * an injected clock and read the server's counts.
 */
export function createPacer(options) {
    const { clock, ceiling } = options;
    if (ceiling && (!Number.isInteger(ceiling.max) || ceiling.max < 1))
        throw new RangeError(`pacing limit must be a positive integer, got ${ceiling.max}`);
    const reported = new Map();
    const documented = DOCUMENTED.map((l) => serverBudget(l.windowMs, l.max, 0));
    const ownBudget = ceiling && {
        windowMs: ceiling.windowMs,
        allowed: ceiling.max,
        guardMs: 0,
        spread: false,
    };
    const starts = [];
    let queue = Promise.resolve();
    let heldUntil = 0;
    /**
     * What each limit allows now. Others' use is taken at its highest over the
     * last window of answers: one answer sees a little less or more of a
     * steady client than the next, depending on where its window falls.
     */
    const budgets = (now) => {
        const server = reported.size === 0
            ? documented
            : [...reported.values()].map((r) => {
                r.others = r.others.filter(([at]) => at > now - r.windowMs);
                const others = Math.max(0, ...r.others.map(([, count]) => count));
                return serverBudget(r.windowMs, r.max, others);
            });
        return ownBudget ? [...server, ownBudget] : server;
    };
    /** How long until one more start fits `budget`; 0 if it fits now. */
    const waitFor = (budget, now) => {
        const span = budget.windowMs + budget.guardMs;
        const inWindow = starts.filter((s) => s > now - span);
        const spaced = budget.spread ? (starts.at(-1) ?? -Infinity) + span / budget.allowed - now : 0;
        if (inWindow.length < budget.allowed)
            return Math.max(0, spaced);
        const freeing = inWindow[inWindow.length - budget.allowed] ?? now;
        return Math.max(freeing + span - now, spaced);
    };
    const takeTurn = async () => {
        for (;;) {
            const now = clock.now();
            const wait = Math.max(heldUntil - now, ...budgets(now).map((b) => waitFor(b, now)));
            if (wait <= 0)
                break;
            await clock.sleep(wait);
        }
        const startedAt = clock.now();
        starts.push(startedAt);
        const longest = Math.max(...budgets(startedAt).map((b) => b.windowMs + b.guardMs));
        while ((starts[0] ?? startedAt) <= startedAt - longest)
            starts.shift();
        return startedAt;
    };
    return {
        acquire() {
            const turn = queue.then(takeTurn);
            queue = turn.catch(() => undefined);
            return turn;
        },
        observe(startedAt, reports) {
            for (const report of reports) {
                // Own starts the server counted for this answer: those of the window that ends at this one.
                const own = starts.filter((s) => s <= startedAt && s > startedAt - report.windowMs).length;
                const others = Math.max(0, report.max - report.remaining - own);
                const known = reported.get(report.family);
                const history = known && known.windowMs === report.windowMs ? known.others : [];
                reported.set(report.family, {
                    windowMs: report.windowMs,
                    max: report.max,
                    others: [...history, [startedAt, others]],
                });
            }
        },
        holdUntil(untilMs) {
            heldUntil = Math.max(heldUntil, untilMs);
        },
    };
}
/**
 * At least one start per window, so that a budget others used up is measured
 * again; spread out once another client shows, so that it gets slots too. A
 * single request of another (a second gateway in the same process, a start
 * and an arrival on either side of a window's edge) is within the reserve,
 * and not worth slowing down for.
 */
function serverBudget(windowMs, max, others) {
    return {
        windowMs,
        allowed: Math.max(1, max - others - RESERVE),
        guardMs: windowMs * GUARD_SHARE,
        spread: others > RESERVE,
    };
}
//# sourceMappingURL=pacer.js.map