import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadConfig } from "../../config/index.js";
import { parsePort } from "../options.js";
import { EXIT } from "../exit-codes.js";
import { syncOnce } from "./sync.js";
/** The bundled example reports: beside src/ in a checkout, beside dist/ in a package. */
const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const DEMO_BOARD = 'Status reports (report-sync demo)';
/**
 * `report-sync demo`, what `npm start` runs: the whole flow on a fresh machine.
 * With Trello credentials and a board configured it syncs that board; otherwise
 * it starts the bundled emulator with its data under .report-sync/, so a second
 * run finds everything already in place and changes nothing.
 */
export const registerDemo = (program, ctx, action) => {
    program
        .command('demo')
        .description('First look: sync the example reports to a local board and serve its view (what npm start runs).')
        .option('--port <n>', 'port of the local board; 0 picks a free one', parsePort, 8089)
        .option('--no-serve', 'exit after the sync instead of serving the board view')
        .action(action(async (flags) => {
        const { config } = await loadConfig({ cwd: ctx.cwd, env: ctx.env });
        if (config.trello.key && config.trello.token && config.board)
            return syncRealBoard(ctx, config);
        return syncLocalBoard(ctx, flags);
    }));
};
async function syncRealBoard(ctx, config) {
    const sources = config.sources.length > 0
        ? config.sources
        : [{ kind: 'path', pattern: EXAMPLES, urlTemplate: null }];
    ctx.stderr.write(`Trello credentials found: syncing ${config.board ?? ''} with ${sources.length} source(s).\n`);
    return syncOnce(ctx, { ...config, sources }, {});
}
async function syncLocalBoard(ctx, flags) {
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
        if (code !== EXIT.ok || !flags.serve || ctx.stopSignal.aborted)
            return code;
        ctx.stdout.write('Serving the board view until Ctrl-C.\n');
        await once(ctx.stopSignal, 'abort');
        return EXIT.ok;
    }
    finally {
        await emulator.close();
    }
}
/** The fixed port makes the board's address stable across runs; a busy port falls back to a free one. */
async function startLocalBoard(ctx, port, dataFile) {
    const { startEmulator } = await import("../../emulator/index.js");
    const options = { dataFile, board: DEMO_BOARD, boardDefaults: false, logger: ctx.logger };
    try {
        return await startEmulator({ ...options, port });
    }
    catch (error) {
        if (error.code !== 'EADDRINUSE' || port === 0)
            throw error;
        ctx.logger.warn({ port }, 'port in use; the local board takes a free one');
        return startEmulator({ ...options, port: 0 });
    }
}
//# sourceMappingURL=demo.js.map