import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StateError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import { journalPathOf, loadState, type PayloadSchema } from './load.ts';
import type { FileIo } from './durable-write.ts';
import { acquireLock } from './lock.ts';
import { cannotSave, changedOnDisk, diskMark, savingStopped } from './save-errors.ts';
import { createStateWriter } from './writer.ts';

export interface StateFileOptions<T> {
  /** Checks the payload when read (a function that loads the schema: loaded only for a file that is not trusted). */
  schema: PayloadSchema<T>;
  /**
   * What a reader may need of the payload without reading the payload (the
   * sync: whether a run has anything to do), derived from it at every full
   * save and kept in the file's head; see StateFile.summary.
   */
  summarize?: (data: T) => unknown;
  /**
   * The payload version this code writes (default 1). A file from a newer
   * version is refused; an older one is handed to `schema`, which may migrate it.
   */
  schemaVersion?: number;
  /** How long to wait for another run holding the file. */
  lockTimeoutMs: number;
  /** A lock left by a killed process is taken over after this long (default 10 s, minimum 2 s). */
  staleLockMs?: number;
  /** Values that must never be written (the Trello key and token): a save containing one is refused. */
  secrets?: readonly string[];
  logger: Logger;
  /** For tests: the file system calls the writer makes, to make them fail. */
  io?: FileIo;
}

/** One run's exclusive hold on a state file. */
export interface StateFile<T> {
  /** The payload as of the last read or checkpoint; null for a file that does not exist yet. Built on first use. */
  readonly data: T | null;
  /**
   * The summary (StateFileOptions.summarize) saved with the payload as read,
   * when the file is trusted: exactly as report-sync wrote it, its data
   * matching its checksum and no journal after it. Undefined otherwise, or
   * once this run saved: then it describes a payload that is no more.
   */
  readonly summary: unknown;
  /** True when the file did not exist. */
  readonly isNew: boolean;
  /** Saves so far; 0 for a new file. */
  readonly serial: number;
  /** The file's random id, fixed at creation. */
  readonly lineage: string;
  /**
   * Durably saves the full payload (cheaply: only what changed is written).
   * Throws a StateError, writing nothing, once the lock is lost.
   */
  checkpoint(data: T): Promise<void>;
  /**
   * `data` (a copy of the payload the run works on) with its changes
   * tracked: checkpoints of what this returns cost what changed since the
   * previous one. Its entries are frozen: change them by assigning new ones.
   */
  track<D extends T & object>(data: D): D;
  /**
   * Resolves while this run may still write (to the state, and so to
   * anything the state keeps track of): its lock is held and fresh, the file
   * on disk is as this run last left it, and no save has failed. Otherwise
   * throws the StateError that says why; call it right before each write.
   */
  guard(): Promise<void>;
  /**
   * Folds pending journal lines into the file and releases the lock. Safe to
   * call twice. When the lock was lost meanwhile it writes nothing, leaves the
   * journal as it is and throws a StateError.
   */
  release(): Promise<void>;
}

/** Reads a state file without locking it (for status and dry runs); null when it does not exist. */
export async function readStateFile<T>(
  path: string,
  options: Pick<StateFileOptions<T>, 'schema' | 'schemaVersion'>,
): Promise<{ data: T; serial: number; lineage: string } | null> {
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
export async function openStateFile<T>(path: string, options: StateFileOptions<T>): Promise<StateFile<T>> {
  const schemaVersion = options.schemaVersion ?? 1;
  const folder = dirname(path);
  await mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw new StateError(
      `Could not create the folder ${folder} for the state file ${path}: ${(error as Error).message}. Check that the path is the one intended (every part of it above the file must be a folder, not a file), and that this user may create folders there (the permissions of the nearest existing folder above ${folder}); or choose another state file (stateFile in the config file, REPORT_SYNC_STATE_FILE, or --state).`,
    );
  });
  const lock = await acquireLock(path, {
    timeoutMs: options.lockTimeoutMs,
    staleMs: options.staleLockMs,
    logger: options.logger,
  });
  const loaded = await loadState(path, options.schema, schemaVersion, { lazy: true }).catch(
    async (error: unknown) => {
      await lock.release();
      throw error;
    },
  );
  if (loaded && loaded.replayed > 0) {
    options.logger.debug({ path, replayed: loaded.replayed }, 'state journal replayed');
  }

  /** Undefined until first asked for: a run that needs only the summary never builds the payload. */
  let data: T | null | undefined = loaded ? undefined : null;
  let summary = loaded?.summary;
  const lineage = loaded?.envelope.lineage ?? randomUUID();
  /** The file and its journal as this run last left them: another writer changes them. */
  let onDisk = diskMark(path);
  const assertOurs = async (whatWasDone: string): Promise<void> => {
    const lost = (await lock.check()) ?? changedOnDisk(path, onDisk);
    if (lost) throw lostLockError(path, lost, whatWasDone);
  };
  const writer = createStateWriter({
    path,
    schemaVersion,
    lineage,
    serial: loaded?.envelope.serial ?? 0,
    previous: loaded?.previous,
    secrets: options.secrets ?? [],
    ...(options.summarize ? { summarize: options.summarize as (data: unknown) => unknown } : {}),
    beforeWrite: () => assertOurs('refused this save'),
    ...(options.io ? { io: options.io } : {}),
  });
  let queue: Promise<unknown> = Promise.resolve();
  let released = false;
  /** Why saving stopped: after a failed save this run saves nothing more. */
  let failed: StateError | undefined;

  /** Saves run one at a time, in call order. */
  const serialise = <R>(task: () => Promise<R>): Promise<R> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    get data() {
      return (data ??= loaded?.data ?? null);
    },
    get summary() {
      return summary;
    },
    isNew: loaded === undefined,
    get serial() {
      return writer.serial;
    },
    lineage,

    checkpoint: (next) =>
      serialise(async () => {
        if (released)
          throw new StateError(`The state file ${path} was already released; this is a bug in report-sync.`);
        if (failed) throw savingStopped(path, failed);
        try {
          if (await writer.save(next)) onDisk = diskMark(path);
          summary = undefined;
        } catch (error) {
          failed = error instanceof StateError ? error : cannotSave(path, error);
          throw failed;
        }
        data = next;
      }),

    track: (next) => writer.track(next),

    async guard() {
      if (failed) throw savingStopped(path, failed);
      await assertOurs('stopped before its next write');
    },

    release: () =>
      serialise(async () => {
        if (released) return;
        released = true;
        const lost = await lock.check();
        if (lost) {
          await writer.abandon();
          throw lostLockError(
            path,
            lost,
            `did not fold its journal into it (${journalPathOf(path)} was left as it is)`,
          );
        }
        // What the last successful save left on disk is the state: nothing is folded after a failed one.
        if (failed) {
          await writer.abandon();
          await lock.release();
          return;
        }
        try {
          await writer.close();
        } finally {
          await lock.release();
        }
      }),
  };
}

/** The run lost its lock: another run may own the file now, so this one writes nothing more. */
function lostLockError(path: string, reason: Error, whatWasDone: string): StateError {
  return new StateError(
    `Lost the lock on the state file ${path}: ${reason.message}. Another report-sync run may have written the state since, so this run ${whatWasDone} and writes nothing more to it. Make sure only one report-sync run uses ${path} at a time, then sync again: the cards this run wrote carry markers, so the next sync finds them.`,
    { cause: reason },
  );
}
