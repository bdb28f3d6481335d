import { readLastRun } from "../../state/last-run.js";
import { openSyncState } from "../../state/sync-file.js";
import { formatStatus, syncStatus } from "../output/status.js";
import { EXIT } from "../exit-codes.js";
import { loadCommandConfig } from "../command-config.js";
/** `report-sync status`: items, cards, tombstones and the last run, from the state file alone. */
export const registerStatus = (program, ctx, action) => {
    program
        .command('status')
        .description('Show what the last syncs did: items, cards, tombstones, last run (reads the state file only).')
        .option('--config <file>', 'configuration file')
        .option('--state <file>', 'state file')
        .option('--json', 'print one JSON object')
        .action(action(async (flags) => {
        const config = await loadCommandConfig(ctx, flags);
        const file = await openSyncState(config, { readOnly: true, logger: ctx.logger });
        const status = syncStatus(file.state, await readLastRun(config.stateFile));
        ctx.stdout.write(flags.json
            ? `${JSON.stringify({ stateFile: config.stateFile, ...status })}\n`
            : formatStatus(status, config.stateFile));
        return EXIT.ok;
    }));
};
//# sourceMappingURL=status.js.map