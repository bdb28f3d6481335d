import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../config/index.ts';
import type { RunningEmulator } from '../../emulator/index.ts';
import type { CommandContext } from '../context.ts';
import { parsePort } from '../options.ts';
import { EXIT } from '../exit-codes.ts';
import type { CommandRegistrar } from './index.ts';
import { syncOnce } from './sync.ts';

/** The bundled example reports: beside src/ in a checkout, beside dist/ in a package. */
const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const DEMO_BOARD = 'Status reports (report-sync demo)';

interface DemoFlags {
  port: number;
  serve: boolean;
}

/**
 * `report-sync demo`, what `npm start` runs: the whole flow on a fresh machine.
 * With Trello credentials and a board configured it syncs that board; otherwise
 * it starts the bundled emulator with its data under .report-sync/, so a second
 * run finds everything already in place and changes nothing.
 */
export const registerDemo: CommandRegistrar = (program, ctx, action) => {
  program
    .command('demo')
    .description(
      'First look: sync the example reports to a local board and serve its view (what npm start runs).',
    )
    .option('--port <n>', 'port of the local board; 0 picks a free one', parsePort, 8089)
    .option('--no-serve', 'exit after the sync instead of serving the board view')
    .action(
      action(async (flags: DemoFlags) => {
        const { config } = await loadConfig({ cwd: ctx.cwd, env: ctx.env });
        if (config.trello.key && config.trello.token && config.board) return syncRealBoard(ctx, config);
        return syncLocalBoard(ctx, flags);
      }),
    );
};

async function syncRealBoard(ctx: CommandContext, config: Config): Promise<number> {
  const sources =
    config.sources.length > 0
      ? config.sources
      : [{ kind: 'path' as const, pattern: EXAMPLES, urlTemplate: null }];
  ctx.stderr.write(
    `Trello credentials found: syncing ${config.board ?? ''} with ${sources.length} source(s).\n`,
  );
  return syncOnce(ctx, { ...config, sources }, {});
}

async function syncLocalBoard(ctx: CommandContext, flags: DemoFlags): Promise<number> {
  const dataDir = join(ctx.cwd, '.report-sync');
  await mkdir(dataDir, { recursive: true });
  const emulator = await startLocalBoard(ctx, flags.port, join(dataDir, 'demo-board.json'));
  try {
    const { config } = await loadConfig({
      cwd: ctx.cwd,
      env: { ...ctx.env, TRELLO_API_KEY: emulator.key, TRELLO_API_TOKEN: emulator.token },
      overrides: {
        apiUrl: emulator.url,
        board: emulator.board.id,
        sources: [EXAMPLES],
        stateFile: join(dataDir, 'demo-state.json'),
      },
    });
    const code = await syncOnce(ctx, config, {});
    ctx.stdout.write(`\nBoard: ${emulator.board.url}\n`);
    if (code !== EXIT.ok || !flags.serve || ctx.stopSignal.aborted) return code;
    ctx.stdout.write(`Serving the board view until Ctrl-C.\n${tryAgainst(emulator, config)}`);
    await once(ctx.stopSignal, 'abort');
    return EXIT.ok;
  } finally {
    await emulator.close();
  }
}

/** The fixed port makes the board's address stable across runs; a busy port falls back to a free one. */
async function startLocalBoard(
  ctx: CommandContext,
  port: number,
  dataFile: string,
): Promise<RunningEmulator> {
  const { startEmulator } = await import('../../emulator/index.ts');
  const options = { dataFile, board: DEMO_BOARD, boardDefaults: false, logger: ctx.logger };
  try {
    return await startEmulator({ ...options, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw error;
    ctx.logger.warn({ port }, 'port in use; the local board takes a free one');
    return startEmulator({ ...options, port: 0 });
  }
}

/**
 * How to point the other commands at the local board while it is served
 * (`digest`, `status`, `sync --dry-run`): the environment a real board takes,
 * with the emulator's own credentials, which open nothing but this board.
 */
function tryAgainst(emulator: RunningEmulator, config: Config): string {
  const env = {
    TRELLO_API_URL: emulator.url,
    TRELLO_API_KEY: emulator.key,
    TRELLO_API_TOKEN: emulator.token,
    TRELLO_BOARD: emulator.board.shortLink,
    REPORT_SYNC_STATE_FILE: config.stateFile,
    REPORT_SYNC_SOURCES: EXAMPLES,
  };
  const exports = Object.entries(env).map(([name, value]) => `  export ${name}=${shellWord(value)}`);
  return [
    'Meanwhile, in another terminal, the other commands reach this board with:',
    ...exports,
    '  npx report-sync digest --since 30d   # what happened on the board, for the next report',
    '  npx report-sync status               # items, cards and the last run',
    '',
  ].join('\n');
}

function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}
