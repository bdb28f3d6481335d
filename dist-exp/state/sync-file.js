import { StateError } from "../errors.js";
import { writeLastRun } from "./last-run.js";
import { openStateFile, readStateFile } from "./store.js";
import { emptySyncState, syncStateSchema } from "./sync-state.js";
export async function openSyncState(config, options) {
    if (options.readOnly) {
        const read = await readStateFile(config.stateFile, { schema: syncStateSchema });
        return {
            state: read?.data ?? emptySyncState(),
            isNew: read === null,
            serial: read?.serial ?? 0,
            lineage: read?.lineage ?? null,
            checkpoint: () => Promise.reject(new StateError('a dry run never writes the state; this is a bug in report-sync')),
            recordRun: () => Promise.resolve(),
            track: (state) => state,
            guard: () => Promise.resolve(),
            release: () => Promise.resolve(),
        };
    }
    const file = await openStateFile(config.stateFile, {
        schema: syncStateSchema,
        lockTimeoutMs: config.lockTimeoutMs,
        logger: options.logger,
        secrets: options.secrets ?? [],
    });
    return {
        state: file.data ?? emptySyncState(),
        isNew: file.data === null,
        get serial() {
            return file.serial;
        },
        lineage: file.lineage,
        checkpoint: (state) => file.checkpoint(state),
        recordRun: (run) => writeLastRun(config.stateFile, run),
        track: (state) => file.track(state),
        guard: () => file.guard(),
        release: () => file.release(),
    };
}
/**
 * Opens the state file, runs `work` with it and releases it. A failed release
 * (the lock was lost) is thrown when `work` succeeded. When `work` failed, its
 * error is the one thrown, with its own exit code, and the failed release is
 * logged beside it: neither hides the other.
 */
export async function withSyncState(config, options, work) {
    const file = await openSyncState(config, options);
    let result;
    try {
        result = await work(file);
    }
    catch (error) {
        await file.release().catch((releaseError) => {
            const why = releaseError instanceof Error ? releaseError.message : String(releaseError);
            options.logger.error({ err: releaseError }, `the run failed, and releasing the state file failed too: ${why}`);
        });
        throw error;
    }
    await file.release();
    return result;
}
//# sourceMappingURL=sync-file.js.map