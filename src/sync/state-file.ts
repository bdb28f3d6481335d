/**
 * The sync state on disk: locked for a run that writes, read without a lock
 * for a dry run or `status`. Wraps the generic state store with the sync
 * payload's schema and the secrets it must refuse to save.
 */
import type { Config } from '../config/index.ts';
import { StateError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import { openStateFile, readStateFile } from '../state/store.ts';
import { emptySyncState, syncStateSchema, type SyncState } from '../state/sync-state.ts';

export interface SyncStateHandle {
  /** The state as of the start of the run (an empty one for a new file). */
  readonly state: SyncState;
  /** True when the file did not exist (first run, or lost). */
  readonly isNew: boolean;
  readonly serial: number;
  readonly lineage: string | null;
  checkpoint(state: SyncState): Promise<void>;
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
      isNew: read === null,
      serial: read?.serial ?? 0,
      lineage: read?.lineage ?? null,
      checkpoint: () =>
        Promise.reject(new StateError('a dry run never writes the state; this is a bug in report-sync')),
      release: () => Promise.resolve(),
    };
  }
  const file = await openStateFile(config.stateFile, {
    schema: syncStateSchema,
    lockTimeoutMs: config.lockTimeoutMs,
    logger: options.logger,
    secrets: options.secrets ?? [],
  });
  return {
    state: file.data ?? emptySyncState(),
    isNew: file.data === null,
    get serial() {
      return file.serial;
    },
    lineage: file.lineage,
    checkpoint: (state) => file.checkpoint(state),
    release: () => file.release(),
  };
}
