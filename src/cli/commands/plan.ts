import { resolve } from 'node:path';
import { ReportSyncError } from '../../errors.ts';
import { prepareSync } from '../../sync/prepare.ts';
import { writePlanFile } from '../../sync/saved-plan.ts';
import { formatPlan } from '../output/plan.ts';
import { requireTrelloAccess } from '../../sync/settings.ts';
import { openSyncState } from '../../state/sync-file.ts';
import type { CommandRegistrar } from './index.ts';
import { addConfigOptions, connectTrello, loadCommandConfig, type ConfigFlags } from './sync.ts';

interface PlanFlags extends ConfigFlags {
  out?: string;
  revive?: boolean;
}

/** Exit codes of `plan`, as `terraform plan -detailed-exitcode` has them. */
const NOTHING_TO_DO = 0;
const CHANGES_PLANNED = 2;

/** `report-sync plan`: what a sync would do, saved for `report-sync apply`. */
export const registerPlan: CommandRegistrar = (program, ctx, action) => {
  addConfigOptions(
    program
      .command('plan')
      .description(
        'Plan a sync without applying it; exit 0 when there is nothing to do, 2 when changes are planned.',
      )
      .option('--out <file>', 'save the plan here, for `report-sync apply <file>`')
      .option('--revive', 'plan to re-create deleted and reopen archived cards'),
  ).action(
    action(async (flags: PlanFlags) =>
      planOrFail(async () => {
        const config = await loadCommandConfig(ctx, flags);
        const access = requireTrelloAccess(config);
        const gateway = connectTrello(config, access, ctx.logger);
        const file = await openSyncState(config, { readOnly: true, logger: ctx.logger });
        const deps = { gateway, logger: ctx.logger, now: () => new Date(), signal: ctx.stopSignal };
        const { plan, inputs } = await prepareSync(config, access.board, file.state, deps, {
          revive: flags.revive ?? false,
        });
        for (const warning of [...inputs.warnings, ...(plan?.warnings ?? [])]) ctx.logger.warn(warning);
        if (!plan) {
          ctx.stdout.write('Nothing changed since the last sync.\n');
          return NOTHING_TO_DO;
        }
        if (flags.out) {
          const out = resolve(ctx.cwd, flags.out);
          await writePlanFile(out, {
            madeFrom: { stateFile: config.stateFile, serial: file.serial, lineage: file.lineage },
            plan,
          });
          ctx.logger.info({ out }, 'plan saved');
        }
        ctx.stdout.write(formatPlan(plan));
        return plan.actions.some((a) => a.type !== 'skip' && a.type !== 'conflict')
          ? CHANGES_PLANNED
          : NOTHING_TO_DO;
      }),
    ),
  );
};

/** Exit 2 means "changes planned" here, so a failure that would exit 2 elsewhere (a setting) exits 1. */
async function planOrFail(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ReportSyncError && error.exitCode !== 1)
      throw new ReportSyncError(error.message, { cause: error });
    throw error;
  }
}
