import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ReportSyncError } from '../errors.ts';
import { redactUrls } from '../log/redact.ts';
import type { CommandContext, CommandResult } from './context.ts';
import { commands, type CommandRegistrar } from './commands/index.ts';
import { errorExitCode, EXIT } from './exit-codes.ts';

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
function buildProgram(
  ctx: CommandContext,
  registrars: readonly CommandRegistrar[],
  finish: (code: number) => void,
): Command {
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
  for (const register of registrars) register(program, ctx, action);
  return program;
}

/** Runs one command line and resolves to the process exit code. Never throws. */
export async function runCli(argv: string[], ctx: CommandContext): Promise<number> {
  let code: number = EXIT.ok;
  try {
    const program = buildProgram(ctx, await registrarsFor(argv), (c) => (code = c));
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    reportFailure(error, ctx);
    return errorExitCode(error, argv);
  }
}

/**
 * The commands a command line needs registered: the one it names, none for
 * `--version`, and all of them for help, an unknown command or an option
 * before any command (commander then lists or suggests them).
 */
async function registrarsFor(argv: readonly string[]): Promise<CommandRegistrar[]> {
  const [first] = argv;
  const named = first !== undefined && Object.hasOwn(commands, first) ? commands[first] : undefined;
  if (named) return [await named()];
  if (argv.length === 1 && (first === '-V' || first === '--version')) return [];
  return Promise.all(Object.values(commands).map((load) => load()));
}

/** Commander has printed its own errors; ours get one line; anything else is a bug, logged in full. */
function reportFailure(error: unknown, ctx: CommandContext): void {
  if (error instanceof CommanderError) return;
  if (error instanceof ReportSyncError) {
    ctx.stderr.write(`report-sync: ${redactUrls(error.message)}\n`);
    return;
  }
  ctx.logger.error({ err: error }, 'unexpected failure');
  ctx.stderr.write(
    `report-sync: unexpected failure: ${redactUrls(error instanceof Error ? error.message : String(error))}\n`,
  );
}
