import { ConfigError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import { assessHealth, startHealthServer, type HealthServer } from './health.ts';
import type { WorkerMetrics } from './metrics.ts';
import { createRunTracker, type SyncJob } from './runs.ts';
import { startSchedule } from './schedule.ts';

/** How long a stopping worker waits for the run in flight; container runtimes kill after 10 s. */
const SHUTDOWN_TIMEOUT_MS = 8_000;

export interface WorkerOptions {
  schedule: string;
  timezone: string | null;
  runOnStart: boolean;
  /** Null turns the health endpoint off; port 0 picks a free port. */
  health: { port: number; host: string; overdueGraceMs?: number } | null;
  job: SyncJob;
  logger: Logger;
  /** Stops scheduling; the run in flight gets the same signal and should stop between requests. */
  stopSignal: AbortSignal;
  now?: () => Date;
  shutdownTimeoutMs?: number;
  /** Counts the runs, and is served at `GET /metrics` beside `/health`. */
  metrics?: WorkerMetrics;
  /** A second job on its own schedule (the digest): its runs are logged, never counted as syncs. */
  digest?: { schedule: string; job: SyncJob };
}

export interface RunningWorker {
  /** The health endpoint's actual port, or null when it is off. */
  healthPort: number | null;
  /** Resolves once the worker has stopped and the run in flight (if any) is over or given up on. */
  stopped: Promise<void>;
}

/** Runs the job on a cron schedule, one run at a time, until `stopSignal` fires. */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
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
  let dueAt: Date | null = null;
  const trigger = (reason: 'start' | 'schedule') =>
    runs.trigger(reason).then((record) => {
      // A skipped tick leaves dueAt alone, so a run that hangs becomes overdue.
      if (record) dueAt = schedule.nextRun();
    });
  const schedule = startSchedule({
    expression: options.schedule,
    timezone: options.timezone,
    onTick: () => void trigger('schedule'),
    logger,
  });
  dueAt = options.runOnStart ? now() : schedule.nextRun();
  const digest = options.digest ? startDigests(options.digest, { ...options, now }) : null;

  const health = options.health;
  let server: HealthServer | null = null;
  if (health) {
    const report = () =>
      assessHealth(
        { lastRun: runs.lastRun(), dueAt, nextRun: schedule.nextRun() },
        now(),
        health.overdueGraceMs,
      );
    const endpoints = { health: report, ...(metrics ? { metrics: metrics.scrape } : {}) };
    server = await startHealthServer(health.port, health.host, endpoints).catch(
      async (error: NodeJS.ErrnoException) => {
        await schedule.stop();
        throw new ConfigError(
          `worker.healthPort ${health.port} on ${health.host} cannot be used (${error.code ?? error.message}). Fix: choose a free port, or null to turn the endpoint off.`,
        );
      },
    );
  }
  logger.info(
    {
      schedule: options.schedule,
      timezone: options.timezone,
      nextRun: schedule.nextRun(),
      healthPort: server?.port ?? null,
      ...(digest ? { digestSchedule: options.digest?.schedule, nextDigest: digest.schedule.nextRun() } : {}),
    },
    'worker started',
  );
  if (options.runOnStart) void trigger('start');

  const stopped = new Promise<void>((resolve) => {
    const stop = async () => {
      await schedule.stop();
      await digest?.schedule.stop();
      logger.info('worker stopping: no more runs are scheduled');
      const idle = Promise.all([runs.idle(), digest?.runs.idle()]).then(() => undefined);
      const gaveUp = await finishWithin(idle, options.shutdownTimeoutMs ?? SHUTDOWN_TIMEOUT_MS);
      if (gaveUp) logger.warn('the run in flight did not stop in time; leaving it unfinished');
      await server?.close();
      logger.info('worker stopped');
      resolve();
    };
    if (stopSignal.aborted) void stop();
    else stopSignal.addEventListener('abort', () => void stop(), { once: true });
  });
  return { healthPort: server?.port ?? null, stopped };
}

/** The digest's schedule and runs, beside the syncs': one digest at a time, in the same time zone. */
function startDigests(
  digest: NonNullable<WorkerOptions['digest']>,
  options: WorkerOptions & { now: () => Date },
) {
  const logger = options.logger.child({ job: 'digest' });
  const runs = createRunTracker({ job: digest.job, logger, signal: options.stopSignal, now: options.now });
  const schedule = startSchedule({
    expression: digest.schedule,
    timezone: options.timezone,
    onTick: () => void runs.trigger('schedule'),
    logger,
  });
  return { runs, schedule };
}

/** Resolves to true when `work` did not settle within `ms`. */
async function finishWithin(work: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), ms)));
  const gaveUp = await Promise.race([work.then(() => false), timeout]);
  clearTimeout(timer);
  return gaveUp;
}
