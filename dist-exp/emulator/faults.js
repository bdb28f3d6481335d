import { seededRandom } from "./random.js";
const ERROR_STATUSES = [500, 502, 503];
export class FaultInjector {
    #options = {};
    #random = seededRandom(1);
    #injected = 0;
    constructor(options = {}) {
        this.configure(options);
    }
    /** Replaces the options and restarts the generator from their seed. */
    configure(options) {
        this.#options = { ...options };
        this.#random = seededRandom(options.seed ?? 1);
        this.#injected = 0;
    }
    get options() {
        return { ...this.#options };
    }
    latencyMs() {
        const { latencyMs = 0, latencyJitterMs = 0 } = this.#options;
        return latencyMs + (latencyJitterMs > 0 ? Math.floor(this.#random() * latencyJitterMs) : 0);
    }
    /** Decides the fate of one request to `route` (`METHOD /pattern`). */
    decide(route, isWrite) {
        const o = this.#options;
        if (o.routes && !o.routes.includes(route))
            return undefined;
        if (o.maxFaults !== undefined && this.#injected >= o.maxFaults)
            return undefined;
        const draw = this.#random();
        const shares = [
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
function pick(values, draw) {
    return values[Math.min(values.length - 1, Math.floor(draw * values.length))];
}
//# sourceMappingURL=faults.js.map