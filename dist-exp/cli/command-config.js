import { loadConfig } from "../config/index.js";
import { ConfigError } from "../errors.js";
import { guardClock } from "../sync/write-guard.js";
import { logWarnings } from "../warnings.js";
import { lazyGateway } from "./lazy-gateway.js";
const collect = (value, previous = []) => [...previous, value];
export function addConfigOptions(command) {
    return command
        .option('--config <file>', 'configuration file (default: report-sync.json in the working directory)')
        .option('--source <pattern>', 'report file, directory or glob; repeatable; replaces the configured sources', collect)
        .option('--board <board>', 'Trello board id, shortLink or URL')
        .option('--state <file>', 'state file');
}
export async function loadCommandConfig(ctx, flags) {
    const overrides = {
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
    logWarnings(ctx.logger, warnings.map((message) => ({ code: 'config', message })));
    return config;
}
/** A sync, plan or worker without a source would read nothing, forever: a setting is missing. */
export function requireSources(config) {
    if (config.sources.length > 0)
        return;
    throw new ConfigError('no sources are configured, so there is no report to read. Fix: set "sources" in the config file, REPORT_SYNC_SOURCES, or pass --source (a report file, directory or glob).');
}
/**
 * The gateway to the configured board; trello.js is loaded on its first
 * request, which a no-op sync never makes. With a `guard`, the client checks
 * it whenever it wakes from a wait (pass the same guard to the sync).
 */
export function connectTrello(config, access, logger, hooks = {}) {
    return lazyGateway(async () => {
        const { createTrelloGateway } = await import("../trello/gateway.js");
        const { systemClock } = await import("../trello/pacer.js");
        return createTrelloGateway({
            apiUrl: config.trello.apiUrl,
            key: access.key,
            token: access.token,
            requestsPer10s: config.trello.requestsPer10s,
            timeoutMs: config.trello.timeoutMs,
            logger,
            ...(hooks.observer ? { observer: hooks.observer } : {}),
            ...(hooks.guard ? { clock: guardClock(systemClock, hooks.guard) } : {}),
        });
    });
}
//# sourceMappingURL=command-config.js.map