import { readLastRun } from '../../state/last-run.ts';
import { openSyncState } from '../../state/sync-file.ts';
import { formatStatus, syncStatus } from '../output/status.ts';
import { EXIT } from '../exit-codes.ts';
import type { CommandRegistrar } from './index.ts';
import { loadCommandConfig } from '../command-config.ts';

interface StatusFlags {
  config?: string;
  state?: string;
  json?: boolean;
}

/** `report-sync status`: items, cards, tombstones and the last run, from the state file alone. */
export const registerStatus: CommandRegistrar = (program, ctx, action) => {
  program
    .command('status')
    .description(
      'Show what the last syncs did: items, cards, tombstones, last run (reads the state file only).',
    )
    .option('--config <file>', 'configuration file')
    .option('--state <file>', 'state file')
    .option('--json', 'print one JSON object')
    .action(
      action(async (flags: StatusFlags) => {
        const config = await loadCommandConfig(ctx, flags);
        const file = await openSyncState(config, { readOnly: true, logger: ctx.logger });
        const status = syncStatus(file.state, await readLastRun(config.stateFile));
        ctx.stdout.write(
          flags.json
            ? `${JSON.stringify({ stateFile: config.stateFile, ...status })}\n`
            : formatStatus(status, config.stateFile),
        );
        return EXIT.ok;
      }),
    );
};
