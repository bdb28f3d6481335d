import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { ReportSyncError } from "../errors.js";
import { parseStoreData } from "./data-file.js";
import { emptyStoreData } from "./model.js";
export const memoryPersistence = {
    load: async () => emptyStoreData(),
    schedule: () => { },
    flush: async () => { },
};
/**
 * Writes the whole store atomically (temp file + rename), so a crash leaves
 * either the old or the new file. Changes made while a write runs are
 * coalesced into one further write.
 */
export function jsonFilePersistence(file) {
    let latest;
    let writing;
    let failure;
    const writeLoop = async () => {
        try {
            while (latest) {
                const snapshot = JSON.stringify(latest);
                latest = undefined;
                await writeFileAtomic(file, `${snapshot}\n`);
            }
        }
        catch (error) {
            failure = error; // reported by the next flush(), i.e. to the request that made the change
        }
        finally {
            writing = undefined;
        }
    };
    return {
        async load() {
            let text;
            try {
                text = await readFile(file, 'utf8');
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    return emptyStoreData();
                throw readFailure(file, error);
            }
            return parseStoreData(text, file);
        },
        schedule(data) {
            latest = data;
            writing ??= writeLoop();
        },
        async flush() {
            while (writing)
                await writing;
            if (failure !== undefined) {
                const error = failure;
                failure = undefined;
                throw error;
            }
        },
    };
}
/** Why a data file that exists could not be read, and what to do about it. */
function readFailure(file, error) {
    const { code, message } = error;
    const away = `or move it away to start fresh with an empty store`;
    const why = code === 'EACCES' || code === 'EPERM'
        ? `permission denied (${code}): let the user running the emulator read and write it (e.g. \`chmod u+rw ${file}\`), ${away}`
        : code === 'EISDIR'
            ? `it is a directory, not a file: give a file path (e.g. ${file}/emulator.json), ${away}`
            : `${message}: fix the cause, ${away}`;
    return new ReportSyncError(`cannot read emulator data file ${file}: ${why}`, { cause: error });
}
//# sourceMappingURL=persistence.js.map