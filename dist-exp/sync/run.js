import { emptyCounts } from "../counts.js";
import { containedSecrets } from "../log/redact.js";
import { withSyncState } from "../state/sync-file.js";
import { prepareSync } from "./prepare.js";
import { guardGateway, WriteGuard } from "./write-guard.js";
export async function runSync(config, access, deps, options = {}) {
    const startCalls = deps.gateway.apiCalls;
    const readOnly = options.dryRun ?? false;
    const secrets = containedSecrets([access.key, access.token]);
    const fileOptions = { readOnly, logger: deps.logger, secrets };
    return withSyncState(config, fileOptions, async (file) => {
        const { inputs, plan, items, warnings, reportsRead } = await prepareSync(config, access.board, file.state, deps, options);
        const done = { failures: [], warnings, interrupted: false, reportsRead, items };
        const state = withFingerprints(file.state, inputs.fingerprints);
        if (!plan) {
            deps.logger.info({ reports: inputs.reports.length }, 'nothing changed since the last sync');
            const counts = { ...emptyCounts(), unchanged: items };
            if (!readOnly && state !== file.state)
                await file.checkpoint(state);
            // `status` shows the last run whatever it did: an idle worker must not look stalled.
            await file.recordRun({ at: deps.now().toISOString(), ...counts });
            return { ...done, counts, plan };
        }
        if (readOnly) {
            const { countPlan } = await import("../plan/counts.js");
            return { ...done, counts: { ...countPlan(plan), apiCalls: deps.gateway.apiCalls - startCalls }, plan };
        }
        const applied = await applyAndRecord(plan, file, deps, { state, apiCalls: startCalls });
        return { ...applied, warnings: [...warnings, ...applied.warnings], reportsRead, items };
    });
}
/** The state with the reports' new fingerprints (the same state when there are none). */
function withFingerprints(state, fingerprints) {
    if (fingerprints.size === 0)
        return state;
    const reports = { ...state.reports };
    for (const [id, fingerprint] of fingerprints) {
        const record = reports[id];
        if (record)
            reports[id] = { ...record, fingerprint };
    }
    return { ...state, reports };
}
/** Applies a plan to the board and the state, and records the run's summary as the last run. */
export async function applyAndRecord(plan, file, deps, from = {}) {
    const { applyPlan } = await import("../apply/index.js");
    const startCalls = from.apiCalls ?? deps.gateway.apiCalls;
    const guard = deps.guard ?? new WriteGuard();
    const result = await guard.while(() => file.guard(), () => applyPlan(plan, from.state ?? file.state, {
        gateway: guardGateway(deps.gateway, guard),
        checkpoint: (state) => file.checkpoint(state),
        track: (state) => file.track(state),
        logger: deps.logger,
        now: () => deps.now().toISOString(),
        ...(deps.signal ? { signal: deps.signal } : {}),
        ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
    }));
    const counts = { ...result.counts, apiCalls: deps.gateway.apiCalls - startCalls };
    await file.checkpoint(result.state);
    await file.recordRun({ at: deps.now().toISOString(), ...counts });
    const warnings = result.leftToPeople.map(leftWarning);
    return {
        counts,
        plan,
        failures: result.failures,
        warnings,
        interrupted: result.interrupted,
        reportsRead: null,
        items: null,
    };
}
/** A person's change made while the run was under way, which the run left as the person made it. */
function leftWarning(entry) {
    return {
        code: 'left-to-people',
        message: `"${entry.title}": left as a person changed it since the plan: ${entry.fields.join(', ')}`,
        fix: "nothing to do; sync again to bring the card up to date in the fields that are still report-sync's",
    };
}
//# sourceMappingURL=run.js.map