/**
 * A report file's fingerprint: what tells, without reading the file, that
 * its content is the one read last time — its size, modification and change
 * times (to the nanosecond), inode and device.
 *
 * Editors, git and copies all change one of them: a write sets both times to
 * now, a rename-over is another inode, and the change time cannot be set
 * back by anyone. Two writes of the same size in one clock tick can share
 * both times, though, so a fingerprint is only trusted once the file has
 * been left alone for a while when it is taken (`settled`), as git does for
 * "racily clean" entries: any later write then has a later change time. This
 * assumes the file system's clock is within that margin of this machine's.
 */
import { statSync } from 'node:fs';
/** A file changed more recently than this when its fingerprint is taken is hashed again next time. */
export const SETTLED_AFTER_MS = 2_000;
/**
 * The fingerprint of a regular file, or undefined (gone, unreadable, not a
 * regular file: the read says why). A plain stat: a no-op sync takes one per
 * report, and the thread pool would cost more than the call.
 */
export function fingerprintOf(path, nowMs) {
    let info;
    try {
        info = statSync(path, { bigint: true });
    }
    catch {
        return undefined;
    }
    if (!info.isFile())
        return undefined;
    const changedNs = info.ctimeNs > info.mtimeNs ? info.ctimeNs : info.mtimeNs;
    return {
        id: `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}:${info.dev}`,
        settled: changedNs < BigInt(nowMs - SETTLED_AFTER_MS) * 1000000n,
    };
}
//# sourceMappingURL=fingerprint.js.map