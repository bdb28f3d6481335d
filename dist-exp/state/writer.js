import { dirname } from 'node:path';
import { StateError } from "../errors.js";
import { nodeFileIo, replaceFile, syncFolder, writeAll, } from "./durable-write.js";
import { formatEnvelope } from "./envelope.js";
import { formatJournalLine } from "./journal.js";
import { comparedSave, trackedSave } from "./last-save.js";
import { journalPathOf } from "./load.js";
import { track } from "./tracked.js";
/** Below this, a journal is never worth folding into the state file. */
const MIN_JOURNAL_BYTES = 64 * 1024;
const FILE_MODE = 0o600;
/**
 * The first save of a run writes the whole file (after copying the previous
 * state to `.bak`); later saves append the entries that changed to
 * `<path>.journal` and fsync it. When the journal outgrows the state file it
 * is folded in: one atomic rewrite, then the journal is removed.
 */
export function createStateWriter(options) {
    const { path } = options;
    const journalPath = journalPathOf(path);
    let serial = options.serial;
    /** What this run last saved: undefined before its first save. */
    let last;
    const trackers = new WeakMap();
    const rawOf = (data) => (typeof data === 'object' && data !== null && trackers.get(data)?.raw) || data;
    let baseBytes = 0;
    let journalBytes = 0;
    let journal;
    const io = options.io ?? nodeFileIo;
    const holdsSecret = (text) => options.secrets.some((secret) => secret.length > 0 && text.includes(secret));
    const refuseSecrets = (text) => {
        if (holdsSecret(text)) {
            throw new StateError(`Refusing to save ${path}: the data to save contains the Trello key or token, which must never be stored. This is a bug in report-sync; please report it.`);
        }
    };
    const beforeWrite = options.beforeWrite ?? (() => Promise.resolve());
    /** The state as the run found it, copied to `.bak` before the run's first write. */
    async function writeBackup(previous) {
        const text = await previous.text();
        if (holdsSecret(text)) {
            throw new StateError(`Refusing to copy ${path} to ${path}.bak: ${path} already contains the Trello key or token (written by hand, or by an older report-sync), which must never be stored. Remove it from ${path}, or move ${path} and ${journalPath} away to rebuild the state from the markers on the board's cards; also delete any copy of ${path} that holds it.`);
        }
        await beforeWrite();
        await replaceFile(`${path}.bak`, text, { mode: FILE_MODE, io });
    }
    async function closeJournal() {
        const handle = journal;
        journal = undefined;
        await handle?.close();
    }
    async function dropJournal() {
        await closeJournal();
        journalBytes = 0;
        // No folder sync: a journal that comes back after a power loss holds only saves the file already has, which a reader skips.
        await io.remove(journalPath);
    }
    async function writeWhole(data, nextSerial) {
        const envelope = {
            schemaVersion: options.schemaVersion,
            serial: nextSerial,
            lineage: options.lineage,
            savedAt: new Date().toISOString(),
            data,
        };
        const text = formatEnvelope(envelope);
        refuseSecrets(text);
        await beforeWrite();
        await replaceFile(path, text, { mode: FILE_MODE, io });
        baseBytes = Buffer.byteLength(text);
        await dropJournal();
    }
    /**
     * Appends one journal line, all of it, and syncs it. A line that could not
     * be written whole is cut off again, so the journal ends with the last
     * complete save (a reader would skip a torn last line, but a later line
     * appended after it would make the journal unreadable).
     */
    async function append(line) {
        await beforeWrite();
        const bytes = Buffer.from(line);
        const handle = (journal ??= await openJournal());
        try {
            await writeAll(handle, bytes, null, journalPath);
            await handle.datasync();
        }
        catch (error) {
            // The run's first save removed any older journal, so this run's lines are all it holds.
            await handle.truncate(journalBytes).catch(() => undefined);
            throw error;
        }
        journalBytes += bytes.length;
    }
    async function openJournal() {
        const handle = await io.open(journalPath, 'a', FILE_MODE);
        // A new journal's name must survive a power loss too.
        await syncFolder(dirname(journalPath), io);
        return handle;
    }
    return {
        get serial() {
            return serial;
        },
        track(data) {
            const tracker = track(data);
            trackers.set(tracker.data, tracker);
            return tracker.data;
        },
        async save(data) {
            const tracker = typeof data === 'object' && data !== null ? trackers.get(data) : undefined;
            const raw = rawOf(data);
            if (!last) {
                // The first write of a run rewrites the file: a journal left by a crashed run may end in a torn line.
                const previous = options.previous;
                const compared = previous ? comparedSave(await previous.data()) : undefined;
                if (compared?.opsTo(raw).length === 0)
                    return false;
                if (previous)
                    await writeBackup(previous);
                await writeWhole(raw, serial + 1);
                last = tracker ? trackedSave(tracker) : (compared ?? comparedSave(undefined));
                last.savedWhole(raw);
            }
            else {
                const ops = last.opsTo(raw);
                if (ops.length === 0)
                    return false;
                const line = formatJournalLine({
                    serial: serial + 1,
                    lineage: options.lineage,
                    savedAt: new Date().toISOString(),
                    ops,
                });
                refuseSecrets(line);
                if (journalBytes + Buffer.byteLength(line) > Math.max(baseBytes, MIN_JOURNAL_BYTES)) {
                    await writeWhole(raw, serial + 1);
                    last.savedWhole(raw);
                }
                else {
                    await append(line);
                    last.savedOps(ops);
                }
            }
            serial++;
            return true;
        },
        async close() {
            try {
                if (journalBytes > 0 && last)
                    await writeWhole(last.content(), serial);
            }
            finally {
                await closeJournal();
            }
        },
        abandon: closeJournal,
    };
}
//# sourceMappingURL=writer.js.map