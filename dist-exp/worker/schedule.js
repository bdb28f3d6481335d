import { createTask, validateDetailed } from 'node-cron';
import { ConfigError } from "../errors.js";
const HOW_TO_SET = 'Set worker.schedule in the config file, REPORT_SYNC_SCHEDULE, or --schedule, ' +
    'e.g. "*/15 * * * *" (every 15 minutes) or "*/30 * * * * *" (every 30 seconds, with the optional seconds field).';
/** Checks a cron expression and time zone up front, so a typo stops the worker before it waits for nothing. */
export function validateSchedule(expression, timezone) {
    const check = validateDetailed(expression);
    if (!check.valid) {
        const problems = check.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
        throw new ConfigError(`worker.schedule ${JSON.stringify(expression)} is not a valid cron expression (${problems}). ${HOW_TO_SET}`);
    }
    if (timezone === null)
        return;
    try {
        new Intl.DateTimeFormat('en', { timeZone: timezone });
    }
    catch {
        throw new ConfigError(`worker.timezone ${JSON.stringify(timezone)} is not a known IANA time zone. Fix: use a name such as "Europe/Oslo" or "UTC", or null for the machine's zone.`);
    }
}
export function startSchedule({ expression, timezone, onTick, logger }) {
    validateSchedule(expression, timezone);
    // node-cron logs to the console by default; its few messages belong in our log.
    const cronLogger = {
        info: (message) => logger.debug(message),
        warn: (message) => logger.warn(message),
        error: (message) => logger.error({ err: message }, 'scheduler error'),
        debug: (message) => logger.debug({ err: message }, 'scheduler'),
    };
    // Overlap is handled by the run tracker, which also logs the skipped tick; node-cron just ticks.
    const task = createTask(expression, () => onTick(), {
        ...(timezone ? { timezone } : {}),
        name: 'report-sync',
        logger: cronLogger,
    });
    Promise.resolve(task.start()).catch((error) => logger.error({ err: error }, 'scheduler did not start'));
    let stopped = false;
    return {
        nextRun: () => (stopped ? null : task.getNextRun()),
        async stop() {
            stopped = true;
            await task.destroy();
        },
    };
}
//# sourceMappingURL=schedule.js.map