import { resolve } from 'node:path';
import { containedSecrets } from '../../log/redact.ts';
import { withSyncState } from '../../state/sync-file.ts';
import { applyAndRecord } from '../../sync/run.ts';
import { requireTrelloAccess } from '../../config/index.ts';
import { WriteGuard } from '../../trello/write-guard.ts';
import { connectTrello, loadCommandConfig } from '../command-config.ts';
import { endRun, withProgress } from '../run-output.ts';
import type { CommandRegistrar } from './index.ts';

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
        // Loaded here, not with the program: its schema and the planner are needed by this command alone.
        const { assertPlanCurrent, readPlanFile } = await import('../../sync/saved-plan.ts');
        const saved = await readPlanFile(path);
        const config = await loadCommandConfig(ctx, { ...flags, board: saved.plan.board.ref });
        const access = requireTrelloAccess(config);
        const secrets = containedSecrets([access.key, access.token]);
        const fileOptions = { readOnly: false, logger: ctx.logger, secrets };
        return withSyncState(config, fileOptions, async (file) => {
          assertPlanCurrent(saved, file, path);
          const guard = new WriteGuard();
          const gateway = connectTrello(config, access, ctx.logger, { guard, stop: ctx.stopSignal });
          const outcome = await withProgress(ctx, gateway, (deps) =>
            applyAndRecord(saved.plan, file, { ...deps, guard }),
          );
          return endRun(ctx, outcome, { json: flags.json, sources: config.sources.length });
        });
      }),
    );
};
