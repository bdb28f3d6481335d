/** What `GET /_emulator/stats` reports: requests to `/1/...` only. */
export interface EmulatorStats {
  total: number;
  /** Requests other than GET (HEAD and OPTIONS included, as they are not reads of data either). */
  writes: number;
  rateLimited: number;
  faults: number;
  byMethod: Record<string, number>;
  /** Keyed by `METHOD /route/pattern`, e.g. `POST /1/cards`; unmatched paths count under `METHOD (unmatched)`. */
  byRoute: Record<string, number>;
  /** Keyed by HTTP status, or `reset` for connections the emulator destroyed. */
  byStatus: Record<string, number>;
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export class StatsRecorder {
  #stats = StatsRecorder.#empty();

  static #empty(): EmulatorStats {
    return { total: 0, writes: 0, rateLimited: 0, faults: 0, byMethod: {}, byRoute: {}, byStatus: {} };
  }

  record(method: string, route: string, outcome: number | 'reset', injectedFault: boolean): void {
    const stats = this.#stats;
    stats.total++;
    if (method !== 'GET') stats.writes++;
    if (outcome === 429) stats.rateLimited++;
    if (injectedFault) stats.faults++;
    increment(stats.byMethod, method);
    increment(stats.byRoute, route);
    increment(stats.byStatus, String(outcome));
  }

  snapshot(): EmulatorStats {
    return structuredClone(this.#stats);
  }

  reset(): void {
    this.#stats = StatsRecorder.#empty();
  }
}
