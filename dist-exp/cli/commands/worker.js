import { runSync } from "../../sync/run.js";
import { requireTrelloAccess } from "../../sync/settings.js";
import { WriteGuard } from "../../sync/write-guard.js";
import { EXIT } from "../exit-codes.js";
import { addConfigOptions, connectTrello, loadCommandConfig, requireSources, } from "../command-config.js";
import { nothingReadReason } from "../nothing-read.js";
/** The health endpoint answers on every interface, so a container runtime or a probe can reach it. */
const HEALTH_HOST = '0.0.0.0';
/** `report-sync worker`: the sync on a cron schedule, for a long-running container or service. */
export const registerWorker = (program, ctx, action) => {
    addConfigOptions(program
        .command('worker')
        .description('Sync on a cron schedule until stopped; SIGTERM or SIGINT lets the run in flight finish.')
        .option('--schedule <cron>', 'cron schedule, optional seconds field first (default: worker.schedule)')
        .option('--once-at-start', 'also sync once right away (default: worker.runOnStart)')
        .option('--no-once-at-start', 'wait for the first scheduled time')).action(action(async (flags) => {
        const config = await loadCommandConfig(ctx, flags);
        requireSources(config);
        const schedule = flags.schedule ?? config.worker.schedule;
        const { validateSchedule } = await import("../../worker/schedule.js");
        const { startWorker } = await import("../../worker/worker.js");
        const { createWorkerMetrics } = await import("../../worker/metrics.js");
        validateSchedule(schedule, config.worker.timezone);
        const access = requireTrelloAccess(config);
        const { healthPort } = config.worker;
        const metrics = createWorkerMetrics();
        const worker = await startWorker({
            schedule,
            timezone: config.worker.timezone,
            runOnStart: flags.onceAtStart ?? config.worker.runOnStart,
            health: healthPort === null ? null : { port: healthPort, host: HEALTH_HOST },
            job: syncJob(config, access, metrics.trello),
            metrics,
            logger: ctx.logger,
            stopSignal: ctx.stopSignal,
        });
        await worker.stopped;
        return EXIT.ok;
    }));
};
/**
 * One scheduled sync. It takes the same state lock as `report-sync sync`, so the
 * two never interleave; a lock timeout fails this run, and the next one retries.
 */
function syncJob(config, access, observer) {
    return async ({ logger, signal }) => {
        const guard = new WriteGuard();
        const gateway = connectTrello(config, access, logger, { observer, guard });
        const outcome = await runSync(config, access, { gateway, logger, now: () => new Date(), signal, guard });
        const [first] = outcome.failures;
        const read = { reportsRead: outcome.reportsRead, sources: config.sources.length };
        const nothingRead = nothingReadReason(read, outcome.warnings);
        // The items beside the counts: the run's summary line and the metrics read both.
        const summary = { ...outcome.counts, items: outcome.items };
        if (!first)
            return { summary, ...(nothingRead ? { failure: nothingRead } : {}) };
        const count = outcome.failures.length;
        return {
            summary,
            failure: `${count} change${count === 1 ? '' : 's'} failed (first: ${first.message}); the next run tries again`,
        };
    };
}
//# sourceMappingURL=worker.js.map