import type { Command } from 'commander';
import { loadConfig, type Config, type ConfigOverrides } from '../../config/index.ts';
import type { Logger } from '../../log/logger.ts';
import { createProgress } from '../output/progress.ts';
import { countsJson, formatCounts, formatPlan } from '../output/plan.ts';
import { runSync } from '../../sync/run.ts';
import { lazyGateway } from '../lazy-gateway.ts';
import { requireTrelloAccess, type TrelloAccess } from '../../sync/settings.ts';
import type { TrelloGateway } from '../../trello/types.ts';
import type { CommandContext } from '../context.ts';
import type { CommandRegistrar } from './index.ts';

/** Flags every command that reads the configuration shares. */
export interface ConfigFlags {
  config?: string;
  source?: string[];
  board?: string;
  state?: string;
}

interface SyncFlags extends ConfigFlags {
  dryRun?: boolean;
  json?: boolean;
  revive?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function addConfigOptions(command: Command): Command {
  return command
    .option('--config <file>', 'configuration file (default: report-sync.json in the working directory)')
    .option(
      '--source <pattern>',
      'report file, directory or glob; repeatable; replaces the configured sources',
      collect,
    )
    .option('--board <board>', 'Trello board id, shortLink or URL')
    .option('--state <file>', 'state file');
}

export async function loadCommandConfig(ctx: CommandContext, flags: ConfigFlags): Promise<Config> {
  const overrides: ConfigOverrides = {
    ...(flags.source ? { sources: flags.source } : {}),
    ...(flags.board ? { board: flags.board } : {}),
    ...(flags.state ? { stateFile: flags.state } : {}),
  };
  const { config, warnings } = await loadConfig({
    cwd: ctx.cwd,
    env: ctx.env,
    overrides,
    ...(flags.config ? { configPath: flags.config } : {}),
  });
  for (const warning of warnings) ctx.logger.warn(warning);
  return config;
}

/** The gateway to the configured board; trello.js is loaded on its first request, which a no-op sync never makes. */
export function connectTrello(config: Config, access: TrelloAccess, logger: Logger): TrelloGateway {
  return lazyGateway(async () => {
    const { createTrelloGateway } = await import('../../trello/gateway.ts');
    return createTrelloGateway({
      apiUrl: config.trello.apiUrl,
      key: access.key,
      token: access.token,
      requestsPer10s: config.trello.requestsPer10s,
      timeoutMs: config.trello.timeoutMs,
      logger,
    });
  });
}

/** `report-sync sync`: one card per item, created once, updated while nobody else changed it. */
export const registerSync: CommandRegistrar = (program, ctx, action) => {
  addConfigOptions(
    program
      .command('sync')
      .description('Create and update one Trello card per TODO and planned activity in the reports.')
      .option('--dry-run', 'print the plan (per card: action, list, title, why) and change nothing')
      .option('--json', 'print one JSON object with the counts instead of text')
      .option('--revive', 're-create cards a person deleted and reopen cards a person archived'),
  ).action(action(async (flags: SyncFlags) => syncOnce(ctx, await loadCommandConfig(ctx, flags), flags)));
};

export interface SyncOnceOptions {
  dryRun?: boolean;
  revive?: boolean;
  json?: boolean;
}

/** One sync with its output for people (or programs, with `json`); resolves to the exit code. */
export async function syncOnce(
  ctx: CommandContext,
  config: Config,
  options: SyncOnceOptions,
): Promise<number> {
  const access = requireTrelloAccess(config);
  const gateway = connectTrello(config, access, ctx.logger);
  const progress = createProgress({ stream: ctx.stderr, logger: ctx.logger });
  const outcome = await runSync(
    config,
    access,
    {
      gateway,
      logger: ctx.logger,
      now: () => new Date(),
      signal: ctx.stopSignal,
      onProgress: progress.update,
    },
    { dryRun: options.dryRun ?? false, revive: options.revive ?? false },
  ).finally(() => progress.stop());
  for (const warning of outcome.warnings) ctx.logger.warn(warning);
  for (const failure of outcome.failures) ctx.stderr.write(`report-sync: ${failure.message}\n`);
  if (options.json) ctx.stdout.write(countsJson(outcome.counts));
  else if (options.dryRun)
    ctx.stdout.write(outcome.plan ? formatPlan(outcome.plan) : 'Nothing changed since the last sync.\n');
  else ctx.stdout.write(formatCounts(outcome.counts));
  if (outcome.interrupted && ctx.stopSignal.aborted) return 130;
  return outcome.failures.length > 0 || outcome.interrupted ? 1 : 0;
}
