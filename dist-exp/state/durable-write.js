/**
 * Replacing a file so that a crash or a full disk leaves either the old
 * content or the new, complete and on disk — never a truncated file.
 *
 * Written here rather than with write-file-atomic, which issues one write(),
 * ignores a short count (a full disk writes part of the data and says so only
 * through the count) and then renames the truncated temp file over the
 * target; nor does it sync the folder, so a rename can be lost on power loss.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
export const nodeFileIo = {
    open: (path, flags, mode) => open(path, flags, mode),
    rename,
    remove: (path) => rm(path, { force: true }),
};
/** A write that stored fewer bytes than asked and no error said why: the disk is full, in practice. */
export class ShortWriteError extends Error {
    code = 'ENOSPC';
    constructor(path, written, wanted) {
        super(`only ${written} of ${wanted} bytes could be written to ${path}`);
    }
}
/**
 * Writes all of `bytes` at `position` (null: at the end, for a file opened to
 * append), looping over short writes; a write that stores nothing throws.
 */
export async function writeAll(file, bytes, position, path) {
    let done = 0;
    while (done < bytes.length) {
        const at = position === null ? null : position + done;
        const { bytesWritten } = await file.write(bytes, done, bytes.length - done, at);
        if (bytesWritten <= 0)
            throw new ShortWriteError(path, done, bytes.length);
        done += bytesWritten;
    }
}
/** Syncs a folder, so that a rename or removal in it survives a power loss. */
export async function syncFolder(folder, io = nodeFileIo) {
    const handle = await io.open(folder, 'r');
    try {
        await handle.sync();
    }
    catch (error) {
        // Some file systems cannot sync a folder at all; there is nothing more to do then.
        if (!['EINVAL', 'ENOTSUP', 'EISDIR'].includes(error.code ?? ''))
            throw error;
    }
    finally {
        await handle.close();
    }
}
/**
 * Replaces `path` with `data`: written in full to a temp file beside it,
 * synced, checked for its size, renamed over `path`, and the folder synced.
 * On any failure the temp file is removed and `path` is as it was.
 */
export async function replaceFile(path, data, options = {}) {
    const io = options.io ?? nodeFileIo;
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
    const file = await io.open(temp, 'wx', options.mode ?? 0o600);
    try {
        try {
            await writeAll(file, bytes, 0, temp);
            await file.sync();
            const { size } = await file.stat();
            if (size !== bytes.length)
                throw new ShortWriteError(temp, size, bytes.length);
        }
        finally {
            await file.close();
        }
        await io.rename(temp, path);
    }
    catch (error) {
        await io.remove(temp).catch(() => undefined);
        throw error;
    }
    await syncFolder(dirname(path), io);
}
//# sourceMappingURL=durable-write.js.map