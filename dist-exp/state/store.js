import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StateError } from "../errors.js";
import { journalPathOf, loadState } from "./load.js";
import { acquireLock } from "./lock.js";
import { cannotSave, changedOnDisk, diskMark, savingStopped } from "./save-errors.js";
import { createStateWriter } from "./writer.js";
/** Reads a state file without locking it (for status and dry runs); null when it does not exist. */
export async function readStateFile(path, options) {
    const loaded = await loadState(path, options.schema, options.schemaVersion ?? 1);
    return loaded
        ? { data: loaded.data, serial: loaded.envelope.serial, lineage: loaded.envelope.lineage }
        : null;
}
/**
 * Locks and reads the state file at `path`. A file that cannot be read
 * (corrupt, from a newer version) is reported and never written over: the
 * error comes here, before any write is possible.
 */
export async function openStateFile(path, options) {
    const schemaVersion = options.schemaVersion ?? 1;
    const folder = dirname(path);
    await mkdir(folder, { recursive: true }).catch((error) => {
        throw new StateError(`Could not create the folder ${folder} for the state file ${path}: ${error.message}. Check that the path is the one intended (every part of it above the file must be a folder, not a file), and that this user may create folders there (the permissions of the nearest existing folder above ${folder}); or choose another state file (stateFile in the config file, REPORT_SYNC_STATE_FILE, or --state).`);
    });
    const lock = await acquireLock(path, {
        timeoutMs: options.lockTimeoutMs,
        staleMs: options.staleLockMs,
        logger: options.logger,
    });
    const loaded = await loadState(path, options.schema, schemaVersion).catch(async (error) => {
        await lock.release();
        throw error;
    });
    if (loaded && loaded.replayed > 0) {
        options.logger.debug({ path, replayed: loaded.replayed }, 'state journal replayed');
    }
    let data = loaded?.data ?? null;
    const lineage = loaded?.envelope.lineage ?? randomUUID();
    /** The file and its journal as this run last left them: another writer changes them. */
    let onDisk = diskMark(path);
    const assertOurs = async (whatWasDone) => {
        const lost = (await lock.check()) ?? changedOnDisk(path, onDisk);
        if (lost)
            throw lostLockError(path, lost, whatWasDone);
    };
    const writer = createStateWriter({
        path,
        schemaVersion,
        lineage,
        serial: loaded?.envelope.serial ?? 0,
        previous: loaded?.previous,
        secrets: options.secrets ?? [],
        beforeWrite: () => assertOurs('refused this save'),
        ...(options.io ? { io: options.io } : {}),
    });
    let queue = Promise.resolve();
    let released = false;
    /** Why saving stopped: after a failed save this run saves nothing more. */
    let failed;
    /** Saves run one at a time, in call order. */
    const serialise = (task) => {
        const run = queue.then(task);
        queue = run.catch(() => undefined);
        return run;
    };
    return {
        get data() {
            return data;
        },
        get serial() {
            return writer.serial;
        },
        lineage,
        checkpoint: (next) => serialise(async () => {
            if (released)
                throw new StateError(`The state file ${path} was already released; this is a bug in report-sync.`);
            if (failed)
                throw savingStopped(path, failed);
            try {
                if (await writer.save(next))
                    onDisk = diskMark(path);
            }
            catch (error) {
                failed = error instanceof StateError ? error : cannotSave(path, error);
                throw failed;
            }
            data = next;
        }),
        track: (next) => writer.track(next),
        async guard() {
            if (failed)
                throw savingStopped(path, failed);
            await assertOurs('stopped before its next write');
        },
        release: () => serialise(async () => {
            if (released)
                return;
            released = true;
            const lost = await lock.check();
            if (lost) {
                await writer.abandon();
                throw lostLockError(path, lost, `did not fold its journal into it (${journalPathOf(path)} was left as it is)`);
            }
            // What the last successful save left on disk is the state: nothing is folded after a failed one.
            if (failed) {
                await writer.abandon();
                await lock.release();
                return;
            }
            try {
                await writer.close();
            }
            finally {
                await lock.release();
            }
        }),
    };
}
/** The run lost its lock: another run may own the file now, so this one writes nothing more. */
function lostLockError(path, reason, whatWasDone) {
    return new StateError(`Lost the lock on the state file ${path}: ${reason.message}. Another report-sync run may have written the state since, so this run ${whatWasDone} and writes nothing more to it. Make sure only one report-sync run uses ${path} at a time, then sync again: the cards this run wrote carry markers, so the next sync finds them.`, { cause: reason });
}
//# sourceMappingURL=store.js.map