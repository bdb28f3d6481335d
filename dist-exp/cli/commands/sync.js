import { runSync } from "../../sync/run.js";
import { requireTrelloAccess } from "../../sync/settings.js";
import { WriteGuard } from "../../sync/write-guard.js";
import { addConfigOptions, connectTrello, loadCommandConfig, requireSources, } from "../command-config.js";
import { endRun, withProgress } from "../run-output.js";
/** `report-sync sync`: one card per item, created once, updated while nobody else changed it. */
export const registerSync = (program, ctx, action) => {
    addConfigOptions(program
        .command('sync')
        .description('Create and update one Trello card per TODO and planned activity in the reports.')
        .option('--dry-run', 'print the plan (per card: action, list, title, why) and change nothing')
        .option('--json', 'print one JSON object with the counts (and the warnings) instead of text')
        .option('--revive', 're-create cards a person deleted and reopen cards a person archived')).action(action(async (flags) => syncOnce(ctx, await loadCommandConfig(ctx, flags), flags)));
};
/** One sync with its output for people (or programs, with `json`); resolves to the exit code. */
export async function syncOnce(ctx, config, options) {
    requireSources(config);
    const access = requireTrelloAccess(config);
    const guard = new WriteGuard();
    const gateway = connectTrello(config, access, ctx.logger, { guard });
    const run = { dryRun: options.dryRun ?? false, revive: options.revive ?? false };
    const outcome = await withProgress(ctx, gateway, (deps) => runSync(config, access, { ...deps, guard }, run));
    return endRun(ctx, outcome, { ...options, sources: config.sources.length });
}
//# sourceMappingURL=sync.js.map