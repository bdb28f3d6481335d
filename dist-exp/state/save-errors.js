/**
 * When a run may no longer save: a save that failed (a full disk, a
 * read-only or forbidden folder), or a state file that another process
 * changed since this run last saved it.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StateError } from "../errors.js";
import { journalPathOf } from "./load.js";
const OTHER_FILE = 'or choose another state file (stateFile in the config file, REPORT_SYNC_STATE_FILE, or --state)';
/** What the system said, and what to do about it, by error code. */
function diagnosis(error, folder) {
    const code = error?.code;
    const message = error instanceof Error ? error.message : String(error);
    switch (code) {
        case 'ENOSPC':
            return {
                problem: `no space left on the device (${message})`,
                fix: `Free some space on the disk that holds ${folder}`,
            };
        case 'EDQUOT':
            return {
                problem: `the disk quota is used up (${message})`,
                fix: `Free some space in this user's quota, or raise it`,
            };
        case 'EROFS':
            return {
                problem: `the file system is read-only (${message})`,
                fix: `Make ${folder} writable (mount it read-write), ${OTHER_FILE}`,
            };
        case 'EACCES':
        case 'EPERM':
            return {
                problem: `permission denied (${message})`,
                fix: `Let this user write ${folder} and the files in it (permissions, owner), ${OTHER_FILE}`,
            };
        default:
            return { problem: message, fix: `Check the disk and the folder ${folder}` };
    }
}
/** A save failed: the state on disk is the last save that completed, and this run stops writing. */
export function cannotSave(path, error) {
    const { problem, fix } = diagnosis(error, dirname(path));
    return new StateError(`Could not save the state file ${path}: ${problem}. The state on disk is the last save that completed; this run saves nothing more and makes no more changes on the board, since what it wrote could not be remembered. ${fix}, then sync again.`, { cause: error });
}
/** Every save after one that failed. */
export function savingStopped(path, first) {
    return new StateError(`The state file ${path} is not saved any more in this run: an earlier save failed. ${first.message}`, {
        cause: first,
    });
}
/**
 * The identity of the state file and its journal: changed by any write (a
 * save renames a new file in, a journal line grows it). Checked before every
 * write, so it is read with plain stat calls: no turn of the event loop, and
 * no thread-pool round trip per check.
 */
export function diskMark(path) {
    const mark = (file) => {
        try {
            const s = statSync(file, { bigint: true });
            return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}`;
        }
        catch (error) {
            const code = error.code;
            return code === 'ENOENT' ? 'none' : `unreadable ${code}`;
        }
    };
    return `${mark(path)}|${mark(journalPathOf(path))}`;
}
/** Why the file is not as this run left it (another process wrote it), or undefined. */
export function changedOnDisk(path, expected) {
    if (diskMark(path) === expected)
        return undefined;
    return new Error(`${path} (or its journal) was written by another process since this run last saved it`);
}
//# sourceMappingURL=save-errors.js.map