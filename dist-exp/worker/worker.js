import { ConfigError } from "../errors.js";
import { assessHealth, startHealthServer } from "./health.js";
import { createRunTracker } from "./runs.js";
import { startSchedule } from "./schedule.js";
/** How long a stopping worker waits for the run in flight; container runtimes kill after 10 s. */
const SHUTDOWN_TIMEOUT_MS = 8_000;
/** Runs the job on a cron schedule, one run at a time, until `stopSignal` fires. */
export async function startWorker(options) {
    const { logger, stopSignal } = options;
    const now = options.now ?? (() => new Date());
    const { metrics } = options;
    const runs = createRunTracker({
        job: options.job,
        logger,
        signal: stopSignal,
        now,
        ...(metrics ? { onStart: metrics.runStarted, onFinish: metrics.runFinished } : {}),
    });
    let dueAt = null;
    const trigger = (reason) => runs.trigger(reason).then((record) => {
        // A skipped tick leaves dueAt alone, so a run that hangs becomes overdue.
        if (record)
            dueAt = schedule.nextRun();
    });
    const schedule = startSchedule({
        expression: options.schedule,
        timezone: options.timezone,
        onTick: () => void trigger('schedule'),
        logger,
    });
    dueAt = options.runOnStart ? now() : schedule.nextRun();
    const health = options.health;
    let server = null;
    if (health) {
        const report = () => assessHealth({ lastRun: runs.lastRun(), dueAt, nextRun: schedule.nextRun() }, now(), health.overdueGraceMs);
        const endpoints = { health: report, ...(metrics ? { metrics: metrics.scrape } : {}) };
        server = await startHealthServer(health.port, health.host, endpoints).catch(async (error) => {
            await schedule.stop();
            throw new ConfigError(`worker.healthPort ${health.port} on ${health.host} cannot be used (${error.code ?? error.message}). Fix: choose a free port, or null to turn the endpoint off.`);
        });
    }
    logger.info({
        schedule: options.schedule,
        timezone: options.timezone,
        nextRun: schedule.nextRun(),
        healthPort: server?.port ?? null,
    }, 'worker started');
    if (options.runOnStart)
        void trigger('start');
    const stopped = new Promise((resolve) => {
        const stop = async () => {
            await schedule.stop();
            logger.info('worker stopping: no more runs are scheduled');
            const gaveUp = await finishWithin(runs.idle(), options.shutdownTimeoutMs ?? SHUTDOWN_TIMEOUT_MS);
            if (gaveUp)
                logger.warn('the run in flight did not stop in time; leaving it unfinished');
            await server?.close();
            logger.info('worker stopped');
            resolve();
        };
        if (stopSignal.aborted)
            void stop();
        else
            stopSignal.addEventListener('abort', () => void stop(), { once: true });
    });
    return { healthPort: server?.port ?? null, stopped };
}
/** Resolves to true when `work` did not settle within `ms`. */
async function finishWithin(work, ms) {
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve(true), ms)));
    const gaveUp = await Promise.race([work.then(() => false), timeout]);
    clearTimeout(timer);
    return gaveUp;
}
//# sourceMappingURL=worker.js.map