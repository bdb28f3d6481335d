import { resolve } from 'node:path';
import { plansChanges } from '../../plan/counts.ts';
import { openSyncState } from '../../state/sync-file.ts';
import { prepareSync } from '../../sync/prepare.ts';
import { requireTrelloAccess } from '../../config/index.ts';
import {
  ADOPT_FOREIGN_HELP,
  addConfigOptions,
  connectTrello,
  loadCommandConfig,
  requireSources,
  type ConfigFlags,
} from '../command-config.ts';
import { DETAILED_EXITCODE_FLAG, EXIT, planExitCode } from '../exit-codes.ts';
import { nothingReadReason } from '../nothing-read.ts';
import { formatPlan } from '../output/plan.ts';
import type { CommandRegistrar } from './index.ts';

interface PlanFlags extends ConfigFlags {
  out?: string;
  revive?: boolean;
  adoptForeign?: boolean;
  detailedExitcode?: boolean;
}

/** `report-sync plan`: what a sync would do, saved for `report-sync apply`. */
export const registerPlan: CommandRegistrar = (program, ctx, action) => {
  addConfigOptions(
    program
      .command('plan')
      .description('Plan a sync without applying it; with --out, save the plan for `report-sync apply`.')
      .option('--out <file>', 'save the plan here, for `report-sync apply <file>`')
      .option('--revive', 'plan to re-create deleted and reopen archived cards')
      .option('--adopt-foreign', ADOPT_FOREIGN_HELP)
      .option(
        DETAILED_EXITCODE_FLAG,
        `exit ${EXIT.ok} when there is nothing to do, ${EXIT.changesPlanned} when changes are planned, ${EXIT.failure} on any error (as terraform plan -detailed-exitcode)`,
      ),
  ).action(
    action(async (flags: PlanFlags) => {
      const config = await loadCommandConfig(ctx, flags);
      requireSources(config);
      const access = requireTrelloAccess(config);
      const gateway = connectTrello(config, access, ctx.logger, { stop: ctx.stopSignal });
      const file = await openSyncState(config, { readOnly: true, logger: ctx.logger });
      const deps = { gateway, logger: ctx.logger, now: () => new Date(), signal: ctx.stopSignal };
      const { plan, warnings, reportsRead } = await prepareSync(config, access.board, file.state, deps, {
        revive: flags.revive ?? false,
        adoptForeign: flags.adoptForeign ?? false,
      });
      const nothingRead = nothingReadReason(
        { reportsRead, sources: config.sources.length },
        warnings,
        'planned',
      );
      if (nothingRead) {
        ctx.stderr.write(`report-sync: ${nothingRead}\n`);
        return EXIT.failure;
      }
      if (!plan) {
        ctx.stdout.write('Nothing changed since the last sync.\n');
        return planExitCode(false, flags.detailedExitcode ?? false);
      }
      if (flags.out) {
        const out = resolve(ctx.cwd, flags.out);
        const { writePlanFile } = await import('../../sync/saved-plan.ts'); // its schema: this command's alone
        await writePlanFile(out, {
          madeFrom: { stateFile: config.stateFile, serial: file.serial, lineage: file.lineage },
          plan,
        });
        ctx.logger.info({ out }, 'plan saved');
      }
      ctx.stdout.write(formatPlan(plan));
      return planExitCode(plansChanges(plan), flags.detailedExitcode ?? false);
    }),
  );
};
