import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ReportSyncError } from '../errors.ts';
import type { CommandContext, CommandResult } from './context.ts';
import { commands } from './commands/index.ts';

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * Builds the `report-sync` program. Each command registers itself and reports
 * its exit code through `finish`, so the entry point alone ends the process.
 */
function buildProgram(ctx: CommandContext, finish: (code: number) => void): Command {
  const program = new Command('report-sync')
    .description('Turn the TODOs and planned activities in status reports into Trello cards, once.')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(run `report-sync --help` for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    });
  const action =
    <A extends unknown[]>(fn: (...args: A) => Promise<CommandResult>) =>
    async (...args: A) => {
      finish(await fn(...args));
    };
  for (const register of commands) register(program, ctx, action);
  return program;
}

/** Runs one command line and resolves to the process exit code. Never throws. */
export async function runCli(argv: string[], ctx: CommandContext): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram(ctx, (c) => (code = c));
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT_OK;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    return exitCodeFor(error, ctx);
  }
}

function exitCodeFor(error: unknown, ctx: CommandContext): number {
  if (error instanceof CommanderError) {
    // Help and version end with code 0; every other commander error is a usage error.
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (error instanceof ReportSyncError) {
    ctx.stderr.write(`report-sync: ${error.message}\n`);
    return error.exitCode;
  }
  ctx.logger.error({ err: error }, 'unexpected failure');
  ctx.stderr.write(
    `report-sync: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  return EXIT_FAILURE;
}
