/** What the commands that read the configuration share: their flags, the configuration, the Trello connection. */
import type { Command } from 'commander';
import { loadConfig, type Config, type ConfigOverrides, type TrelloAccess } from '../config/index.ts';
import { ConfigError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import { guardClock, type WriteGuard } from '../trello/write-guard.ts';
import type { RequestObserver } from '../trello/gateway.ts';
import type { BoardHistory, TrelloGateway } from '../trello/types.ts';
import { logWarnings } from '../warnings.ts';
import type { CommandContext } from './context.ts';
import { lazyGateway } from './lazy-gateway.ts';

/** Flags every command that reads the configuration shares. */
export interface ConfigFlags {
  config?: string;
  source?: string[];
  board?: string;
  state?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `sync --adopt-foreign` and `plan --adopt-foreign`: the one way another install's cards become this one's. */
export const ADOPT_FOREIGN_HELP =
  "take over the cards of these reports' items that another install of report-sync marked (after a lost or moved state file), instead of leaving them alone";

/** `--config`, `--board` and `--state`, and `--source` for a command that reads reports. */
export function addConfigOptions(command: Command, { sources = true } = {}): Command {
  command.option(
    '--config <file>',
    'configuration file (default: report-sync.json in the working directory)',
  );
  if (sources)
    command.option(
      '--source <pattern>',
      'report file, directory or glob; repeatable; replaces the configured sources',
      collect,
    );
  return command
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
  logWarnings(
    ctx.logger,
    warnings.map((message) => ({ code: 'config', message })),
  );
  return config;
}

/** A sync, plan or worker without a source would read nothing, forever: a setting is missing. */
export function requireSources(config: Config): void {
  if (config.sources.length > 0) return;
  throw new ConfigError(
    'no sources are configured, so there is no report to read. Fix: set "sources" in the config file, REPORT_SYNC_SOURCES, or pass --source (a report file, directory or glob).',
  );
}

/**
 * The gateway to the configured board; trello.js is loaded on its first
 * request, which a no-op sync never makes. With a `guard`, the client checks
 * it whenever it wakes from a wait (pass the same guard to the sync); with a
 * `stop` signal, it sends nothing after it and aborts a request left hanging.
 */
export function connectTrello(
  config: Config,
  access: TrelloAccess,
  logger: Logger,
  hooks: { observer?: RequestObserver; guard?: WriteGuard; stop?: AbortSignal } = {},
): TrelloGateway & BoardHistory {
  return lazyGateway(async () => {
    const { createTrelloGateway } = await import('../trello/gateway.ts');
    const { systemClock } = await import('../trello/pacer.ts');
    return createTrelloGateway({
      apiUrl: config.trello.apiUrl,
      key: access.key,
      token: access.token,
      requestsPer10s: config.trello.requestsPer10s,
      timeoutMs: config.trello.timeoutMs,
      logger,
      ...(hooks.observer ? { observer: hooks.observer } : {}),
      ...(hooks.guard ? { clock: guardClock(systemClock, hooks.guard) } : {}),
      ...(hooks.stop ? { stop: { signal: hooks.stop } } : {}),
    });
  });
}
