import { createTask, validateDetailed } from 'node-cron';
import { requireTimeZone } from '../config/time-zone.ts';
import { ConfigError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';

const HOW_TO_SET = {
  'worker.schedule':
    'Set worker.schedule in the config file, REPORT_SYNC_SCHEDULE, or --schedule, ' +
    'e.g. "*/15 * * * *" (every 15 minutes) or "*/30 * * * * *" (every 30 seconds, with the optional seconds field).',
  'digest.schedule':
    'Set digest.schedule in the config file, e.g. "0 7 * * 1" (Mondays at 07:00), or null for no digest.',
};

/** Checks a cron expression and time zone up front, so a typo stops the worker before it waits for nothing. */
export function validateSchedule(
  expression: string,
  timezone: string | null,
  setting: keyof typeof HOW_TO_SET = 'worker.schedule',
): void {
  const check = validateDetailed(expression);
  if (!check.valid) {
    const problems = check.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    throw new ConfigError(
      `${setting} ${JSON.stringify(expression)} is not a valid cron expression (${problems}). ${HOW_TO_SET[setting]}`,
    );
  }
  if (timezone !== null) requireTimeZone(timezone);
}

/** The ticking half of the worker: calls `onTick` on every scheduled time until stopped. */
export interface Schedule {
  /** The next scheduled time from now, or null when stopped. */
  nextRun(): Date | null;
  stop(): Promise<void>;
}

export interface ScheduleOptions {
  expression: string;
  timezone: string | null;
  onTick: () => void;
  logger: Logger;
}

export function startSchedule({ expression, timezone, onTick, logger }: ScheduleOptions): Schedule {
  validateSchedule(expression, timezone);
  // node-cron logs to the console by default; its few messages belong in our log.
  const cronLogger = {
    info: (message: string) => logger.debug(message),
    warn: (message: string) => logger.warn(message),
    error: (message: string | Error) => logger.error({ err: message }, 'scheduler error'),
    debug: (message: string | Error) => logger.debug({ err: message }, 'scheduler'),
  };
  // Overlap is handled by the run tracker, which also logs the skipped tick; node-cron just ticks.
  const task = createTask(expression, () => onTick(), {
    ...(timezone ? { timezone } : {}),
    name: 'report-sync',
    logger: cronLogger,
  });
  Promise.resolve(task.start()).catch((error: unknown) =>
    logger.error({ err: error }, 'scheduler did not start'),
  );
  let stopped = false;
  return {
    nextRun: () => (stopped ? null : task.getNextRun()),
    async stop() {
      stopped = true;
      await task.destroy();
    },
  };
}
