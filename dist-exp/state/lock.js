import fs from 'node:fs';
import { stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import { StateError } from "../errors.js";
export const DEFAULT_STALE_MS = 10_000;
/** proper-lockfile raises any smaller `stale` to this. */
const MIN_STALE_MS = 2_000;
const POLL_MS = 200;
/** The lock is proper-lockfile's `<path>.lock` directory; the state file itself need not exist yet. */
export function lockPathOf(path) {
    return `${path}.lock`;
}
async function lockedError(path, waitedMs) {
    const since = await stat(lockPathOf(path)).then((s) => (s.birthtimeMs > 0 ? s.birthtime.toISOString() : 'an unknown time'), () => 'an unknown time');
    return new StateError(`Another report-sync run is using ${path} (locked since ${since}); this run waited ${(waitedMs / 1000).toFixed(1)} s. Try again when it finishes, or remove ${lockPathOf(path)} if no run is active.`);
}
/**
 * What this process knows of its lock directory: the modification time it
 * last gave it (proper-lockfile refreshes it through the `fs` it is handed,
 * so the refreshes are seen here), and a switch that stops it from removing
 * a directory that is no longer ours.
 */
function ownershipTracker() {
    const owned = { mtimeMs: undefined, pendingMs: undefined };
    let disowned = false;
    const trackingFs = {
        ...fs,
        utimes(target, atime, mtime, callback) {
            owned.pendingMs = mtime.getTime();
            fs.utimes(target, atime, mtime, (error) => {
                if (!error)
                    owned.mtimeMs = mtime.getTime();
                owned.pendingMs = undefined;
                callback(error);
            });
        },
        rmdir(target, callback) {
            if (disowned)
                callback(null);
            else
                fs.rmdir(target, callback);
        },
    };
    return {
        owned,
        trackingFs,
        disown() {
            disowned = true;
        },
    };
}
/** Takes the exclusive lock on `path`, waiting up to `timeoutMs` for another holder. */
export async function acquireLock(path, options) {
    const staleMs = Math.max(options.staleMs ?? DEFAULT_STALE_MS, MIN_STALE_MS);
    // Another run takes the lock over once its time is staleMs old; this run stops writing well before.
    const trustedForMs = staleMs - Math.min(2_000, staleMs / 4);
    const lockPath = lockPathOf(path);
    const started = Date.now();
    const tracker = ownershipTracker();
    let compromised;
    let announced = false;
    for (;;) {
        try {
            const release = await lockfile.lock(path, {
                realpath: false,
                stale: staleMs,
                retries: 0,
                fs: tracker.trackingFs,
                onCompromised: (error) => {
                    // proper-lockfile's default throws from a timer, which would end the process mid-write.
                    compromised ??= error;
                    options.logger.error({ path }, `lost the lock on ${path}: ${error.message}`);
                },
            });
            // The time as stored (a filesystem may keep whole seconds only), as proper-lockfile compares it.
            tracker.owned.mtimeMs = (await stat(lockPath)).mtime.getTime();
            const problem = async () => {
                // A plain stat: this runs before every write, and must not wait for the thread pool.
                let now;
                try {
                    now = fs.statSync(lockPath);
                }
                catch (error) {
                    now = error;
                }
                // Its age is judged after the stat, as late as can be: a pause during the stat counts too.
                const age = Date.now() - (tracker.owned.mtimeMs ?? 0);
                if (age > trustedForMs) {
                    return new Error(`it was last refreshed ${(age / 1000).toFixed(1)} s ago (this process was paused or too busy), so another run may have taken it over`);
                }
                if (now instanceof Error) {
                    return now.code === 'ENOENT'
                        ? new Error(`${lockPath} was removed`)
                        : new Error(`${lockPath} could not be checked (${now.message})`);
                }
                const mtime = now.mtime.getTime();
                if (mtime !== tracker.owned.mtimeMs && mtime !== tracker.owned.pendingMs)
                    return new Error(`${lockPath} was taken over by another process`);
                return undefined;
            };
            return {
                get compromised() {
                    return compromised;
                },
                async check() {
                    if (compromised)
                        return compromised;
                    const lost = await problem();
                    if (lost && !compromised) {
                        compromised = lost;
                        options.logger.error({ path }, `lost the lock on ${path}: ${lost.message}`);
                        // Stop refreshing a directory that may be another run's, without removing it.
                        tracker.disown();
                        await release().catch(() => undefined);
                    }
                    return compromised;
                },
                async release() {
                    // A compromised lock is no longer ours to remove.
                    if (!compromised)
                        await release();
                },
            };
        }
        catch (error) {
            if (error.code !== 'ELOCKED') {
                throw new StateError(`Could not lock ${path}: ${error.message}. Check that its folder is writable.`);
            }
            const waited = Date.now() - started;
            if (waited >= options.timeoutMs)
                throw await lockedError(path, waited);
            if (!announced)
                options.logger.info({ path }, 'another report-sync run holds the state file; waiting');
            announced = true;
            await sleep(Math.min(POLL_MS, options.timeoutMs - waited));
        }
    }
}
//# sourceMappingURL=lock.js.map