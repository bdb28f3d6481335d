var _a;
function increment(counts, key) {
    counts[key] = (counts[key] ?? 0) + 1;
}
export class StatsRecorder {
    #stats = _a.#empty();
    static #empty() {
        return { total: 0, writes: 0, rateLimited: 0, faults: 0, byMethod: {}, byRoute: {}, byStatus: {} };
    }
    record(method, route, outcome, injectedFault) {
        const stats = this.#stats;
        stats.total++;
        if (method !== 'GET')
            stats.writes++;
        if (outcome === 429)
            stats.rateLimited++;
        if (injectedFault)
            stats.faults++;
        increment(stats.byMethod, method);
        increment(stats.byRoute, route);
        increment(stats.byStatus, String(outcome));
    }
    snapshot() {
        return structuredClone(this.#stats);
    }
    reset() {
        this.#stats = _a.#empty();
    }
}
_a = StatsRecorder;
//# sourceMappingURL=stats.js.map