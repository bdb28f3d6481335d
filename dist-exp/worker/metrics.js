/**
 * The worker's Prometheus metrics (`GET /metrics` on the health port), kept
 * by prom-client: what each run did and cost, and every request to Trello.
 * A registry of its own per worker, so that two workers in one process (the
 * tests) never count into each other.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { COUNTS } from "../counts.js";
const OUTCOMES = ['ok', 'failed', 'stopped'];
/** What happens to cards, one label value per count of `of: 'cards'` (a new count shows up here by itself). */
const CARD_CHANGES = COUNTS.filter((c) => c.of === 'cards' && c.key !== 'unchanged').map((c) => c.key);
export function createWorkerMetrics() {
    const registry = new Registry();
    // process_start_time_seconds and the like: the alert in the README needs the start time.
    collectDefaultMetrics({ register: registry });
    const registers = [registry];
    const runs = new Counter({
        name: 'report_sync_runs_total',
        help: 'Finished sync runs, by outcome (ok, failed, stopped).',
        labelNames: ['outcome'],
        registers,
    });
    for (const outcome of OUTCOMES)
        runs.inc({ outcome }, 0);
    const inProgress = new Gauge({
        name: 'report_sync_run_in_progress',
        help: '1 while a sync run is in progress.',
        registers,
    });
    const duration = new Histogram({
        name: 'report_sync_run_duration_seconds',
        help: 'How long each sync run took.',
        buckets: [0.5, 1, 5, 15, 30, 60, 120, 300, 900, 1800],
        registers,
    });
    const items = new Gauge({
        name: 'report_sync_items',
        help: 'Distinct items in the reports, as of the last run that read them.',
        registers,
    });
    const cards = new Counter({
        name: 'report_sync_cards_total',
        help: `Changes to cards, by change (${CARD_CHANGES.join(', ')}).`,
        labelNames: ['change'],
        registers,
    });
    for (const change of CARD_CHANGES)
        cards.inc({ change }, 0);
    const requests = new Counter({
        name: 'report_sync_trello_requests_total',
        help: 'Request attempts to Trello, by method and status (an HTTP status, or timeout / network).',
        labelNames: ['method', 'status'],
        registers,
    });
    const rateLimited = new Counter({
        name: 'report_sync_trello_rate_limited_total',
        help: 'Requests Trello answered 429 (rate limited).',
        registers,
    });
    const retries = new Counter({
        name: 'report_sync_trello_retries_total',
        help: 'Request attempts sent again after a failure.',
        registers,
    });
    const lastSuccess = new Gauge({
        name: 'report_sync_last_success_timestamp_seconds',
        help: 'When the last successful run finished, in seconds since the epoch (0: none since the worker started).',
        registers,
    });
    return {
        trello: {
            onResponse({ method, status }) {
                requests.inc({ method, status: String(status) });
                if (status === 429)
                    rateLimited.inc();
            },
            onRetry: () => retries.inc(),
        },
        runStarted: () => inProgress.set(1),
        runFinished(record) {
            inProgress.set(0);
            runs.inc({ outcome: record.outcome });
            const finished = Date.parse(record.finishedAt);
            duration.observe((finished - Date.parse(record.startedAt)) / 1000);
            const summary = (record.summary ?? {});
            for (const change of CARD_CHANGES) {
                const value = summary[change];
                if (typeof value === 'number' && value > 0)
                    cards.inc({ change }, value);
            }
            if (typeof summary['items'] === 'number')
                items.set(summary['items']);
            if (record.outcome === 'ok')
                lastSuccess.set(finished / 1000);
        },
        scrape: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
    };
}
//# sourceMappingURL=metrics.js.map