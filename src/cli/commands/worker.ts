import type { Config } from '../../config/index.ts';
import { runSync } from '../../sync/run.ts';
import { requireTrelloAccess, type TrelloAccess } from '../../sync/settings.ts';
import { WriteGuard } from '../../sync/write-guard.ts';
import type { SyncJob } from '../../worker/runs.ts';
import { EXIT } from '../exit-codes.ts';
import type { CommandRegistrar } from './index.ts';
import { addConfigOptions, connectTrello, loadCommandConfig, type ConfigFlags } from '../command-config.ts';

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
      .description('Sync on a cron schedule until stopped; SIGTERM or SIGINT lets the run in flight finish.')
      .option('--schedule <cron>', 'cron schedule, optional seconds field first (default: worker.schedule)')
      .option('--once-at-start', 'also sync once right away (default: worker.runOnStart)')
      .option('--no-once-at-start', 'wait for the first scheduled time'),
  ).action(
    action(async (flags: WorkerFlags) => {
      const config = await loadCommandConfig(ctx, flags);
      const schedule = flags.schedule ?? config.worker.schedule;
      const { validateSchedule } = await import('../../worker/schedule.ts');
      const { startWorker } = await import('../../worker/worker.ts');
      validateSchedule(schedule, config.worker.timezone);
      const access = requireTrelloAccess(config);
      const { healthPort } = config.worker;
      const worker = await startWorker({
        schedule,
        timezone: config.worker.timezone,
        runOnStart: flags.onceAtStart ?? config.worker.runOnStart,
        health: healthPort === null ? null : { port: healthPort, host: HEALTH_HOST },
        job: syncJob(config, access),
        logger: ctx.logger,
        stopSignal: ctx.stopSignal,
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
function syncJob(config: Config, access: TrelloAccess): SyncJob {
  return async ({ logger, signal }) => {
    const guard = new WriteGuard();
    const gateway = connectTrello(config, access, logger, guard);
    const outcome = await runSync(config, access, { gateway, logger, now: () => new Date(), signal, guard });
    const [first] = outcome.failures;
    if (!first) return { summary: outcome.counts };
    const count = outcome.failures.length;
    return {
      summary: outcome.counts,
      failure: `${count} change${count === 1 ? '' : 's'} failed (first: ${first.message}); the next run tries again`,
    };
  };
}
