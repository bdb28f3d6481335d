import { resolve } from 'node:path';
import { assertPlanCurrent, readPlanFile } from '../../sync/saved-plan.ts';
import { createProgress } from '../output/progress.ts';
import { countsJson, formatCounts } from '../output/plan.ts';
import { applyAndRecord } from '../../sync/run.ts';
import { requireTrelloAccess } from '../../sync/settings.ts';
import { withSyncState } from '../../state/sync-file.ts';
import type { CommandRegistrar } from './index.ts';
import { connectTrello, loadCommandConfig } from './sync.ts';

interface ApplyFlags {
  config?: string;
  state?: string;
  json?: boolean;
}

/** `report-sync apply plan.json`: exactly what the saved plan says, if the state has not moved on since. */
export const registerApply: CommandRegistrar = (program, ctx, action) => {
  program
    .command('apply')
    .description('Apply a plan saved by `report-sync plan --out`; refused when the state changed since.')
    .argument('<plan>', 'plan file')
    .option('--config <file>', 'configuration file (Trello settings and state file)')
    .option('--state <file>', 'state file')
    .option('--json', 'print one JSON object with the counts instead of text')
    .action(
      action(async (planPath: string, flags: ApplyFlags) => {
        const path = resolve(ctx.cwd, planPath);
        const saved = await readPlanFile(path);
        const config = await loadCommandConfig(ctx, { ...flags, board: saved.plan.board.ref });
        const access = requireTrelloAccess(config);
        const fileOptions = { readOnly: false, logger: ctx.logger, secrets: [access.key, access.token] };
        return withSyncState(config, fileOptions, async (file) => {
          assertPlanCurrent(saved, file, path);
          const progress = createProgress({ stream: ctx.stderr, logger: ctx.logger });
          const gateway = connectTrello(config, access, ctx.logger);
          const deps = {
            gateway,
            logger: ctx.logger,
            now: () => new Date(),
            signal: ctx.stopSignal,
            onProgress: progress.update,
          };
          const outcome = await applyAndRecord(saved.plan, file, deps).finally(() => progress.stop());
          for (const failure of outcome.failures) ctx.stderr.write(`report-sync: ${failure.message}\n`);
          ctx.stdout.write(flags.json ? countsJson(outcome.counts) : formatCounts(outcome.counts));
          if (outcome.interrupted && ctx.stopSignal.aborted) return 130;
          return outcome.failures.length > 0 || outcome.interrupted ? 1 : 0;
        });
      }),
    );
};
