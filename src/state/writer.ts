import { dirname } from 'node:path';
import { StateError } from '../errors.ts';
import {
  type FileIo,
  nodeFileIo,
  replaceFile,
  syncFolder,
  type WritableFile,
  writeAll,
} from './durable-write.ts';
import { formatEnvelope } from './envelope.ts';
import { formatJournalLine } from './journal.ts';
import { comparedSave, type LastSave, trackedSave } from './last-save.ts';
import { journalPathOf, type PreviousState } from './load.ts';
import { track, type Tracker } from './tracked.ts';

/** Below this, a journal is never worth folding into the state file. */
const MIN_JOURNAL_BYTES = 64 * 1024;
const FILE_MODE = 0o600;

export interface WriterOptions {
  path: string;
  schemaVersion: number;
  lineage: string;
  serial: number;
  /** What the file held when the run began, saved to `.bak` before the first write; undefined for a new file. */
  previous: PreviousState | undefined;
  /** Values that must never reach the disk (the Trello key and token). */
  secrets: readonly string[];
  /** Derives the head's summary from the data at every full save (StateFileOptions.summarize). */
  summarize?: (data: unknown) => unknown;
  /**
   * Runs right before every write (backup, state file, journal line, fold)
   * and throws when the write must not happen: the store checks there that
   * its lock is still held.
   */
  beforeWrite?: () => Promise<void>;
  /** For tests: the file system calls, to make them fail. */
  io?: FileIo;
}

export interface StateWriter {
  readonly serial: number;
  /**
   * `data` with its changes tracked (see tracked.ts): saving what it returns
   * costs what changed since the last save, not the size of the state.
   */
  track<T extends object>(data: T): T;
  /** Saves `data` durably: a journal line when small, else the whole file. False when nothing changed. */
  save(data: unknown): Promise<boolean>;
  /** Folds the journal into the state file, so the file alone is the state at rest. */
  close(): Promise<void>;
  /** Closes the journal without writing anything: what was saved stays on disk as it is. */
  abandon(): Promise<void>;
}

/**
 * The first save of a run writes the whole file (after copying the previous
 * state to `.bak`); later saves append the entries that changed to
 * `<path>.journal` and fsync it. When the journal outgrows the state file it
 * is folded in: one atomic rewrite, then the journal is removed.
 */
export function createStateWriter(options: WriterOptions): StateWriter {
  const { path } = options;
  const journalPath = journalPathOf(path);
  let serial = options.serial;
  /** What this run last saved: undefined before its first save. */
  let last: LastSave | undefined;
  const trackers = new WeakMap<object, Tracker<object>>();
  const rawOf = (data: unknown): unknown =>
    (typeof data === 'object' && data !== null && trackers.get(data)?.raw) || data;
  let baseBytes = 0;
  let journalBytes = 0;
  let journal: WritableFile | undefined;
  const io = options.io ?? nodeFileIo;

  const holdsSecret = (text: string): boolean =>
    options.secrets.some((secret) => secret.length > 0 && text.includes(secret));
  const refuseSecrets = (text: string): void => {
    if (holdsSecret(text)) {
      throw new StateError(
        `Refusing to save ${path}: the data to save contains the Trello key or token, which must never be stored. This is a bug in report-sync; please report it.`,
      );
    }
  };
  const beforeWrite = options.beforeWrite ?? (() => Promise.resolve());

  /** The state as the run found it, copied to `.bak` before the run's first write. */
  async function writeBackup(previous: PreviousState): Promise<void> {
    const text = await previous.text();
    if (holdsSecret(text)) {
      throw new StateError(
        `Refusing to copy ${path} to ${path}.bak: ${path} already contains the Trello key or token (written by hand, or by an older report-sync), which must never be stored. Remove it from ${path}, or move ${path} and ${journalPath} away to rebuild the state from the markers on the board's cards; also delete any copy of ${path} that holds it.`,
      );
    }
    await beforeWrite();
    await replaceFile(`${path}.bak`, text, { mode: FILE_MODE, io });
  }

  async function closeJournal(): Promise<void> {
    const handle = journal;
    journal = undefined;
    await handle?.close();
  }

  async function dropJournal(): Promise<void> {
    await closeJournal();
    journalBytes = 0;
    // No folder sync: a journal that comes back after a power loss holds only saves the file already has, which a reader skips.
    await io.remove(journalPath);
  }

  async function writeWhole(data: unknown, nextSerial: number): Promise<void> {
    const envelope = {
      schemaVersion: options.schemaVersion,
      serial: nextSerial,
      lineage: options.lineage,
      savedAt: new Date().toISOString(),
      ...(options.summarize ? { summary: options.summarize(data) } : {}),
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
  async function append(line: string): Promise<void> {
    await beforeWrite();
    const bytes = Buffer.from(line);
    const handle = (journal ??= await openJournal());
    try {
      await writeAll(handle, bytes, null, journalPath);
      await handle.datasync();
    } catch (error) {
      // The run's first save removed any older journal, so this run's lines are all it holds.
      await handle.truncate(journalBytes).catch(() => undefined);
      throw error;
    }
    journalBytes += bytes.length;
  }

  async function openJournal(): Promise<WritableFile> {
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
        if (compared?.opsTo(raw).length === 0) return false;
        if (previous) await writeBackup(previous);
        await writeWhole(raw, serial + 1);
        last = tracker ? trackedSave(tracker) : (compared ?? comparedSave(undefined));
        last.savedWhole(raw);
      } else {
        const ops = last.opsTo(raw);
        if (ops.length === 0) return false;
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
        } else {
          await append(line);
          last.savedOps(ops);
        }
      }
      serial++;
      return true;
    },

    async close() {
      try {
        if (journalBytes > 0 && last) await writeWhole(last.content(), serial);
      } finally {
        await closeJournal();
      }
    },

    abandon: closeJournal,
  };
}
