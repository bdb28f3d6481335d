import { type Config, requireTrelloAccess } from '../../config/index.ts';
import { runSync } from '../../sync/run.ts';
import { WriteGuard } from '../../trello/write-guard.ts';
import {
  ADOPT_FOREIGN_HELP,
  addConfigOptions,
  connectTrello,
  loadCommandConfig,
  requireSources,
  type ConfigFlags,
} from '../command-config.ts';
import type { CommandContext } from '../context.ts';
import { endRun, withProgress } from '../run-output.ts';
import type { CommandRegistrar } from './index.ts';

interface SyncFlags extends ConfigFlags {
  dryRun?: boolean;
  json?: boolean;
  revive?: boolean;
  adoptForeign?: boolean;
}

/** `report-sync sync`: one card per item, created once, updated while nobody else changed it. */
export const registerSync: CommandRegistrar = (program, ctx, action) => {
  addConfigOptions(
    program
      .command('sync')
      .description('Create and update one Trello card per TODO and planned activity in the reports.')
      .option('--dry-run', 'print the plan (per card: action, list, title, why) and change nothing')
      .option('--json', 'print one JSON object with the counts (and the warnings) instead of text')
      .option('--revive', 're-create cards a person deleted and reopen cards a person archived')
      .option('--adopt-foreign', ADOPT_FOREIGN_HELP),
  ).action(action(async (flags: SyncFlags) => syncOnce(ctx, await loadCommandConfig(ctx, flags), flags)));
};

export interface SyncOnceOptions {
  dryRun?: boolean;
  revive?: boolean;
  adoptForeign?: boolean;
  json?: boolean;
}

/** One sync with its output for people (or programs, with `json`); resolves to the exit code. */
export async function syncOnce(
  ctx: CommandContext,
  config: Config,
  options: SyncOnceOptions,
): Promise<number> {
  requireSources(config);
  const access = requireTrelloAccess(config);
  const guard = new WriteGuard();
  const gateway = connectTrello(config, access, ctx.logger, { guard, stop: ctx.stopSignal });
  const run = {
    dryRun: options.dryRun ?? false,
    revive: options.revive ?? false,
    adoptForeign: options.adoptForeign ?? false,
  };
  const outcome = await withProgress(ctx, gateway, (deps) =>
    runSync(config, access, { ...deps, guard }, run),
  );
  return endRun(ctx, outcome, { ...options, sources: config.sources.length });
}
