import { type Config, requireTrelloAccess, type TrelloAccess } from '../../config/index.ts';
import { ConfigError } from '../../errors.ts';
import { runSync } from '../../sync/run.ts';
import type { RequestObserver } from '../../trello/gateway.ts';
import { WriteGuard } from '../../trello/write-guard.ts';
import type { SyncJob } from '../../worker/runs.ts';
import { EXIT } from '../exit-codes.ts';
import type { CommandRegistrar } from './index.ts';
import {
  addConfigOptions,
  connectTrello,
  loadCommandConfig,
  requireSources,
  type ConfigFlags,
} from '../command-config.ts';
import { heldItemsReason } from '../held-items.ts';
import { nothingReadReason } from '../nothing-read.ts';

/** The health endpoint answers on every interface, so a container runtime or a probe can reach it. */
const HEALTH_HOST = '0.0.0.0';

interface WorkerFlags extends ConfigFlags {
  schedule?: string;
  onceAtStart?: boolean;
}

/** `report-sync worker`: the sync on a cron schedule, for a long-running container or service. */
export const registerWorker: CommandRegistrar = (program, ctx, action) => {
  addConfigOptions(
    program
      .command('worker')
      .description(
        'Sync on a cron schedule until stopped; SIGTERM or SIGINT stops the run in flight (nothing new sent, a hanging request aborted after 3 s) and exits within 10 s.',
      )
      .option('--schedule <cron>', 'cron schedule, optional seconds field first (default: worker.schedule)')
      .option('--once-at-start', 'also sync once right away (default: worker.runOnStart)')
      .option('--no-once-at-start', 'wait for the first scheduled time'),
  ).action(
    action(async (flags: WorkerFlags) => {
      const config = await loadCommandConfig(ctx, flags);
      requireSources(config);
      const schedule = flags.schedule ?? config.worker.schedule;
      const { validateSchedule } = await import('../../worker/schedule.ts');
      const { startWorker } = await import('../../worker/worker.ts');
      const { createWorkerMetrics } = await import('../../worker/metrics.ts');
      validateSchedule(schedule, config.worker.timezone);
      const access = requireTrelloAccess(config);
      const { healthPort } = config.worker;
      const metrics = createWorkerMetrics();
      const digest = digestSchedule(config, access, { validate: validateSchedule, observer: metrics.trello });
      const worker = await startWorker({
        schedule,
        timezone: config.worker.timezone,
        runOnStart: flags.onceAtStart ?? config.worker.runOnStart,
        health: healthPort === null ? null : { port: healthPort, host: HEALTH_HOST },
        job: syncJob(config, access, metrics.trello),
        metrics,
        logger: ctx.logger,
        stopSignal: ctx.stopSignal,
        ...(digest ? { digest } : {}),
      });
      await worker.stopped;
      return EXIT.ok;
    }),
  );
};

/**
 * One scheduled sync. It takes the same state lock as `report-sync sync`, so the
 * two never interleave; a lock timeout fails this run, and the next one retries.
 */
function syncJob(config: Config, access: TrelloAccess, observer: RequestObserver): SyncJob {
  return async ({ logger, signal }) => {
    const guard = new WriteGuard();
    const gateway = connectTrello(config, access, logger, { observer, guard, stop: signal });
    const outcome = await runSync(config, access, { gateway, logger, now: () => new Date(), signal, guard });
    const [first] = outcome.failures;
    const read = { reportsRead: outcome.reportsRead, sources: config.sources.length };
    const problem = nothingReadReason(read, outcome.warnings) ?? heldItemsReason(outcome);
    // The items beside the counts: the run's summary line and the metrics read both.
    const summary = { ...outcome.counts, items: outcome.items };
    if (!first) return { summary, ...(problem ? { failure: problem } : {}) };
    const count = outcome.failures.length;
    return {
      summary,
      failure: `${count} change${count === 1 ? '' : 's'} failed (first: ${first.message}); the next run tries again`,
    };
  };
}

/**
 * The digest on its own schedule (digest.schedule), written to digest.out:
 * each run covers the time since the previous digest written.
 */
function digestSchedule(
  config: Config,
  access: TrelloAccess,
  hooks: {
    validate: (expression: string, timezone: string | null, setting: 'digest.schedule') => void;
    observer: RequestObserver;
  },
): { schedule: string; job: SyncJob } | null {
  const { schedule, out, format, language } = config.digest;
  if (schedule === null) return null;
  hooks.validate(schedule, config.worker.timezone, 'digest.schedule');
  if (out === null) {
    throw new ConfigError(
      'digest.schedule is set but digest.out is not, so the worker has nowhere to write the digest. Fix: set digest.out (e.g. "reports/digest-{date}.md"), or digest.schedule to null.',
    );
  }
  const job: SyncJob = async ({ logger }) => {
    const { runDigest } = await import('../digest-run.ts');
    const gateway = connectTrello(config, access, logger, { observer: hooks.observer });
    const outcome = await runDigest(
      config,
      access,
      { format, language, out },
      { gateway, logger, now: () => new Date() },
    );
    const counts = Object.fromEntries(
      Object.entries(outcome.digest.sections).map(([name, entries]) => [name, entries.length]),
    );
    return {
      summary: { written: outcome.written, from: outcome.digest.from, to: outcome.digest.to, ...counts },
    };
  };
  return { schedule, job };
}
