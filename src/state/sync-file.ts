/**
 * The sync state on disk: locked for a run that writes, read without a lock
 * for a dry run or `status`. Wraps the generic state store with the sync
 * payload's schema and the secrets it must refuse to save.
 */
import type { Config } from '../config/index.ts';
import { StateError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import { writeLastRun } from './last-run.ts';
import { openStateFile, readStateFile } from './store.ts';
import { emptySyncState, type RunSummary, type SyncState } from './sync-state.ts';
import { asSyncSummary, summarizeSyncState, type SyncSummary } from './sync-summary.ts';

/** Loaded only for a state file that is not trusted as written (see trustedEnvelope). */
const syncStateSchema = async () => (await import('./sync-state-schema.ts')).syncStateSchema;

export interface SyncStateHandle {
  /** The state as of the start of the run (an empty one for a new file), read on first use. */
  readonly state: SyncState;
  /**
   * The summary saved with the state, when the file is exactly as written
   * (see StateFile.summary): what a run that turns out to have nothing to do
   * reads instead of `state`. Undefined for a dry run.
   */
  readonly summary: SyncSummary | undefined;
  /** True when the file did not exist (first run, or lost). */
  readonly isNew: boolean;
  readonly serial: number;
  readonly lineage: string | null;
  checkpoint(state: SyncState): Promise<void>;
  /** Records the run's summary for `status` (last-run.ts); nothing for a dry run. */
  recordRun(run: RunSummary): Promise<void>;
  /** `state` with its changes tracked, so that checkpoints of it cost what changed (StateFile.track). */
  track(state: SyncState): SyncState;
  /** Throws a StateError once this run may write no more (see StateFile.guard); resolves for a dry run. */
  guard(): Promise<void>;
  release(): Promise<void>;
}

export async function openSyncState(
  config: Config,
  options: { readOnly: boolean; logger: Logger; secrets?: readonly string[] },
): Promise<SyncStateHandle> {
  if (options.readOnly) {
    const read = await readStateFile(config.stateFile, { schema: syncStateSchema });
    return {
      state: read?.data ?? emptySyncState(),
      summary: undefined,
      isNew: read === null,
      serial: read?.serial ?? 0,
      lineage: read?.lineage ?? null,
      checkpoint: () =>
        Promise.reject(new StateError('a dry run never writes the state; this is a bug in report-sync')),
      recordRun: () => Promise.resolve(),
      track: (state) => state,
      guard: () => Promise.resolve(),
      release: () => Promise.resolve(),
    };
  }
  const file = await openStateFile(config.stateFile, {
    schema: syncStateSchema,
    lockTimeoutMs: config.lockTimeoutMs,
    logger: options.logger,
    secrets: options.secrets ?? [],
    summarize: summarizeSyncState,
  });
  const summary = asSyncSummary(file.summary);
  let state: SyncState | undefined;
  return {
    get state() {
      return (state ??= file.data ?? emptySyncState());
    },
    summary,
    isNew: file.isNew,
    get serial() {
      return file.serial;
    },
    lineage: file.lineage,
    checkpoint: (state) => file.checkpoint(state),
    recordRun: (run) => writeLastRun(config.stateFile, run),
    track: (state) => file.track(state),
    guard: () => file.guard(),
    release: () => file.release(),
  };
}

/**
 * Opens the state file, runs `work` with it and releases it. A failed release
 * (the lock was lost) is thrown when `work` succeeded. When `work` failed, its
 * error is the one thrown, with its own exit code, and the failed release is
 * logged beside it: neither hides the other.
 */
export async function withSyncState<T>(
  config: Config,
  options: { readOnly: boolean; logger: Logger; secrets?: readonly string[] },
  work: (file: SyncStateHandle) => Promise<T>,
): Promise<T> {
  const file = await openSyncState(config, options);
  let result: T;
  try {
    result = await work(file);
  } catch (error) {
    await file.release().catch((releaseError: unknown) => {
      const why = releaseError instanceof Error ? releaseError.message : String(releaseError);
      options.logger.error(
        { err: releaseError },
        `the run failed, and releasing the state file failed too: ${why}`,
      );
    });
    throw error;
  }
  await file.release();
  return result;
}
