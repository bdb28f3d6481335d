import { ConfigError } from "../errors.js";
// options.ts alone, which the config loader has loaded already: not the extractor, which a no-op never needs.
import { compileRules } from "../extract/options.js";
import { logWarnings } from "../warnings.js";
import { readReportInputs } from "./inputs.js";
import { settingsHash, syncSettings } from "./settings.js";
export async function prepareSync(config, board, state, deps, options = {}) {
    const inputs = await readReportInputs(config, state, {
        rules: () => rulesFor(config),
        logger: deps.logger,
        now: deps.now,
        ...(deps.signal ? { signal: deps.signal } : {}),
    });
    const items = new Set(inputs.reports.flatMap((r) => r.record.items.map((i) => i.key))).size;
    const hash = settingsHash(config);
    let plan = null;
    if (options.revive || !isUpToDate(inputs, state, board, hash)) {
        const boardId = await resolveBoard(deps.gateway, board, state);
        const { planSync } = await import("../plan/index.js");
        plan = planSync({
            reports: inputs.reports,
            removedReports: inputs.removedReports,
            forgottenReports: inputs.forgottenReports,
            state,
            snapshot: await deps.gateway.snapshot(boardId),
            settings: syncSettings(config, options),
            settingsHash: hash,
            boardRef: board,
            now: deps.now().toISOString(),
        });
    }
    const warnings = [...inputs.warnings, ...(plan?.warnings ?? [])];
    logWarnings(deps.logger, warnings);
    const reportsRead = inputs.reports.filter((r) => r.status !== 'unavailable').length;
    return { inputs, plan, items, warnings, reportsRead };
}
/**
 * The extraction rules, compiled (patterns and all) once per process and
 * settings, when the first changed report needs them: the worker syncs many
 * times with the same ones, and a run where nothing changed needs none.
 */
const compiledRules = new Map();
function rulesFor(config) {
    const settings = { extraction: config.extraction, people: config.people };
    const key = JSON.stringify(settings);
    let rules = compiledRules.get(key);
    if (!rules) {
        rules = compileRules(settings);
        compiledRules.set(key, rules);
    }
    return rules;
}
/** Nothing read changed or was forgotten, the settings and board are the same, and no create is left unconfirmed. */
function isUpToDate(inputs, state, board, hash) {
    return (state.board?.ref === board &&
        state.settingsHash === hash &&
        inputs.removedReports.length === 0 &&
        inputs.forgottenReports.length === 0 &&
        inputs.reports.every((r) => r.status !== 'changed') &&
        Object.values(state.cards).every((c) => c.cardId !== null));
}
/** The board's id: from the state when the same board was synced before, else asked of Trello. */
async function resolveBoard(gateway, board, state) {
    if (state.board?.ref === board)
        return state.board.id;
    const found = await gateway.board(board);
    if (state.board && state.board.id !== found.id) {
        throw new ConfigError(`the state file belongs to board "${state.board.name}" (${state.board.url}), not to "${found.name}" (${found.url}). Fix: give this board its own state file with --state, or sync the board the state file belongs to.`);
    }
    return found.id;
}
//# sourceMappingURL=prepare.js.map