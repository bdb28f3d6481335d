import { once } from 'node:events';
import { resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { ReportSyncError, UsageError } from "../../errors.js";
import { DEFAULT_BOARD_NAME } from "../../emulator/options.js";
import { parsePort } from "../options.js";
import { EXIT } from "../exit-codes.js";
/** Key and token from the environment, where `ps` does not show them; --key/--token win over these. */
export const EMULATOR_KEY_ENV = 'REPORT_SYNC_EMULATOR_KEY';
export const EMULATOR_TOKEN_ENV = 'REPORT_SYNC_EMULATOR_TOKEN';
const ENVIRONMENT_HELP = `
Environment:
  ${EMULATOR_KEY_ENV}    API key to accept, like --key
  ${EMULATOR_TOKEN_ENV}  API token to accept, like --token
  Prefer these to --key/--token: other users of the machine can read a command
  line (ps), not a process's environment. --key and --token win over them.
  With neither, the emulator accepts its documented default pair.

The /_emulator/* test controls answer only clients on this machine (127.0.0.0/8,
::1), also with --host 0.0.0.0.`;
function collectMember(value, previous) {
    const [username = '', ...name] = value.split('=');
    if (!/^[a-z0-9_]{3,}$/.test(username) || name.length === 0) {
        throw new InvalidArgumentError(`expected username=Full Name (lower-case username, 3+ characters), e.g. --member kari=Kari Nordmann; got "${value}"`);
    }
    return [...previous, { username, fullName: name.join('=') }];
}
/** `report-sync emulator`: a local Trello to sync against and look at, before pointing at a real board. */
export const registerEmulator = (program, ctx, action) => {
    program
        .command('emulator')
        .description('Run a local Trello-compatible API with a board view, until interrupted.')
        .option('--port <n>', 'port to listen on; 0 picks a free one', parsePort, 0)
        .option('--host <host>', 'address to listen on (0.0.0.0: every interface)', '127.0.0.1')
        .option('--data <file>', 'keep boards in this JSON file across restarts (default: memory only)')
        .option('--board <name>', 'board to create if missing', DEFAULT_BOARD_NAME)
        .option('--key <key>', `API key to accept (with --token; visible in ps: prefer ${EMULATOR_KEY_ENV}; default: the documented emulator pair)`)
        .option('--token <token>', `API token to accept (with --key; visible in ps: prefer ${EMULATOR_TOKEN_ENV})`)
        .option('--member <username=Full Name>', 'add a member to the boards; repeatable', collectMember, [])
        .option('--no-rate-limit', "answer every request instead of applying Trello's 100/300 per 10 s limits")
        .addHelpText('after', ENVIRONMENT_HELP)
        .action(action(async (flags) => {
        const key = nonEmpty(flags.key) ?? nonEmpty(ctx.env[EMULATOR_KEY_ENV]);
        const token = nonEmpty(flags.token) ?? nonEmpty(ctx.env[EMULATOR_TOKEN_ENV]);
        if ((key === undefined) !== (token === undefined)) {
            throw new UsageError(`--key and --token go together (or ${EMULATOR_KEY_ENV} and ${EMULATOR_TOKEN_ENV}): give both, or neither to use the emulator defaults`);
        }
        // Loaded here, not at the top: every command pays for what the module graph loads at start.
        const { startEmulator } = await import("../../emulator/index.js");
        const emulator = await startEmulator({
            port: flags.port,
            host: flags.host,
            board: flags.board,
            members: flags.member,
            ...(flags.data ? { dataFile: resolve(ctx.cwd, flags.data) } : {}),
            ...(key !== undefined && token !== undefined ? { credentials: [{ key, token }] } : {}),
            ...(flags.rateLimit ? {} : { rateLimit: false }),
            logger: ctx.logger.child({ component: 'emulator' }),
        }).catch((error) => {
            if (error.code !== 'EADDRINUSE')
                throw error;
            throw new ReportSyncError(`port ${flags.port} on ${flags.host} is already in use: pick another with --port, or --port 0 for any free one`, { cause: error });
        });
        const ready = {
            url: emulator.url,
            boardId: emulator.board.id,
            shortLink: emulator.board.shortLink,
            boardUrl: emulator.board.url,
            key: emulator.key,
            token: emulator.token,
        };
        ctx.stdout.write(`${JSON.stringify(ready)}\n`);
        ctx.logger.info({ boardUrl: emulator.board.url }, 'emulator ready; stop with Ctrl-C');
        if (!ctx.stopSignal.aborted)
            await once(ctx.stopSignal, 'abort');
        await emulator.close();
        return EXIT.ok;
    }));
};
function nonEmpty(value) {
    return value === undefined || value === '' ? undefined : value;
}
//# sourceMappingURL=emulator.js.map