/**
 * One report file's bytes to text: only regular files are read (a device such
 * as /dev/zero never ends, a FIFO blocks until someone writes to it), and files
 * larger than the limit are skipped with a reason before they are read in
 * full; decoding (UTF-8, UTF-16 with a BOM, detected legacy encodings, binary)
 * is decode.ts's.
 *
 * Each file is read once and hashed once: `readReportBytes` gives the hash of
 * its bytes (what the state compares to tell a changed report) and decodes the
 * text only when asked, so an unchanged report is never decoded or parsed.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { decodeReport } from "./decode.js";
export const DEFAULT_MAX_REPORT_BYTES = 2 * 1024 * 1024;
export async function readReportFile(path, limits = {}) {
    const read = await readReportBytes(path, limits);
    return 'skipped' in read ? read : read.text();
}
export async function readReportBytes(path, limits = {}) {
    const maxBytes = limits.maxBytes ?? DEFAULT_MAX_REPORT_BYTES;
    let bytes;
    try {
        bytes = await readAtMost(path, maxBytes + 1);
    }
    catch (error) {
        return { skipped: `cannot be read (${describeFsError(error)})` };
    }
    if ('skipped' in bytes)
        return bytes;
    if (bytes.length > maxBytes) {
        return {
            skipped: `is larger than the ${formatBytes(maxBytes)} limit for a report; split it or leave it out of the sources`,
        };
    }
    return { hash: createHash('sha256').update(bytes).digest('hex'), text: () => decodeReport(bytes) };
}
/**
 * Opening with O_NONBLOCK returns at once even for a FIFO without a writer; what was opened is
 * then asked of the open handle (fstat), so a path swapped since discovery cannot slip a device in.
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
/** Reads no more than `limit` bytes of a regular file, so a huge file costs no more than the limit to reject. */
async function readAtMost(path, limit) {
    const handle = await open(path, OPEN_FLAGS);
    try {
        const info = await handle.stat();
        if (!info.isFile())
            return { skipped: notRegular(info) };
        // Sized from the file, one byte over so growth since stat still shows; the limit caps it.
        const { size } = info;
        const buffer = new Uint8Array(Math.min(limit, size + 1));
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        return buffer.subarray(0, length);
    }
    finally {
        await handle.close();
    }
}
/** Why a path that is not a regular file is not read. */
export function notRegular(info) {
    const kind = info.isDirectory()
        ? 'a directory'
        : info.isFIFO()
            ? 'a FIFO (named pipe)'
            : info.isCharacterDevice() || info.isBlockDevice()
                ? 'a device'
                : info.isSocket()
                    ? 'a socket'
                    : 'not a regular file';
    return `is ${kind}, not a regular file; only regular files are read as reports`;
}
function formatBytes(n) {
    return n % (1024 * 1024) === 0
        ? `${n / (1024 * 1024)} MiB`
        : n % 1024 === 0
            ? `${n / 1024} KiB`
            : `${n} bytes`;
}
function describeFsError(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'it is a directory';
    return error instanceof Error ? error.message : String(error);
}
//# sourceMappingURL=read.js.map