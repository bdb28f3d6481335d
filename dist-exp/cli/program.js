import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ReportSyncError } from "../errors.js";
import { redactUrls } from "../log/redact.js";
import { commands } from "./commands/index.js";
import { errorExitCode, EXIT } from "./exit-codes.js";
function packageVersion() {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return pkg.version;
}
/**
 * Builds the `report-sync` program. Each command registers itself and reports
 * its exit code through `finish`, so the entry point alone ends the process.
 */
function buildProgram(ctx, finish) {
    const program = new Command('report-sync')
        .description('Turn the TODOs and planned activities in status reports into Trello cards, once.')
        .version(packageVersion(), '-V, --version')
        .showHelpAfterError('(run `report-sync --help` for usage)')
        .exitOverride()
        .configureOutput({
        writeOut: (s) => ctx.stdout.write(s),
        writeErr: (s) => ctx.stderr.write(s),
    });
    const action = (fn) => async (...args) => {
        finish(await fn(...args));
    };
    for (const register of commands)
        register(program, ctx, action);
    return program;
}
/** Runs one command line and resolves to the process exit code. Never throws. */
export async function runCli(argv, ctx) {
    let code = EXIT.ok;
    const program = buildProgram(ctx, (c) => (code = c));
    if (argv.length === 0) {
        program.outputHelp();
        return EXIT.ok;
    }
    try {
        await program.parseAsync(argv, { from: 'user' });
        return code;
    }
    catch (error) {
        reportFailure(error, ctx);
        return errorExitCode(error, argv);
    }
}
/** Commander has printed its own errors; ours get one line; anything else is a bug, logged in full. */
function reportFailure(error, ctx) {
    if (error instanceof CommanderError)
        return;
    if (error instanceof ReportSyncError) {
        ctx.stderr.write(`report-sync: ${redactUrls(error.message)}\n`);
        return;
    }
    ctx.logger.error({ err: error }, 'unexpected failure');
    ctx.stderr.write(`report-sync: unexpected failure: ${redactUrls(error instanceof Error ? error.message : String(error))}\n`);
}
//# sourceMappingURL=program.js.map