/**
 * `doctor`'s state file check: the file can be read, belongs to the configured
 * board, and its folder can be written (or made) by this user, which a run
 * needs for every checkpoint. A folder that cannot be written fails here, not
 * after a sync has written to Trello.
 */
import { open, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { openSyncState } from "../state/sync-file.js";
const WHERE_TO_SET = 'stateFile in the config file, REPORT_SYNC_STATE_FILE, or --state';
export async function stateCheck(config, logger) {
    const unwritable = await folderProblem(dirname(config.stateFile));
    if (unwritable) {
        return {
            name: 'state file',
            ok: false,
            detail: `${config.stateFile} cannot be saved: ${unwritable}`,
            fix: `let this user write there, or choose a writable path (${WHERE_TO_SET})`,
        };
    }
    try {
        const file = await openSyncState(config, { readOnly: true, logger });
        if (file.isNew)
            return { name: 'state file', ok: true, detail: `${config.stateFile} (not created yet)` };
        const board = file.state.board;
        if (board && config.board && board.ref !== config.board) {
            return {
                name: 'state file',
                ok: true,
                detail: `${config.stateFile} was last synced with board "${board.ref}"; the config names "${config.board}"; if that is another board, a sync refuses this state file`,
            };
        }
        return { name: 'state file', ok: true, detail: `${config.stateFile} (serial ${file.serial})` };
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { name: 'state file', ok: false, detail, fix: 'follow the advice in the message' };
    }
}
/** Why the state file's folder cannot be written (or made), or null. */
async function folderProblem(folder) {
    const found = await stat(folder).catch((error) => error);
    if (found instanceof Error) {
        if (found.code === 'ENOTDIR')
            return `a part of ${folder} is a file, not a folder`;
        if (found.code !== 'ENOENT')
            return `${folder}: ${found.code ?? found.message}`;
        // A run makes the missing folders: the nearest one that exists must be writable.
        const parent = dirname(folder);
        return parent === folder ? `${folder} does not exist` : folderProblem(parent);
    }
    if (!found.isDirectory())
        return `${folder} is a file, not a folder`;
    // Tried for real, as a save does it: access() says yes to root, and on some read-only mounts.
    const name = join(folder, `.report-sync-doctor-${process.pid}`);
    try {
        await (await open(name, 'wx')).close();
        await unlink(name);
        return null;
    }
    catch (error) {
        const code = error.code ?? error.message;
        return `this user cannot write in ${folder} (${code})`;
    }
}
//# sourceMappingURL=doctor-state.js.map