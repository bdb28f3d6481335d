/**
 * This install's id (plan/install.ts): the one its state keeps, or, for a new
 * state file (first run, or lost) and one written before installs were told
 * apart, the one its place gives: the host and the state file's path.
 */
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { StateError } from '../errors.ts';
import { type InstallId, installIdFrom, isInstallId } from '../plan/install.ts';
import type { SyncState } from '../state/sync-state.ts';

export function installOf(stateFile: string, state: SyncState, host: string = hostname()): InstallId {
  // Undefined too: a file read without a schema pass (state/envelope.ts) from before the field existed.
  const kept = state.install ?? null;
  if (kept === null) return installIdFrom({ host, stateFile: resolve(stateFile) });
  if (!isInstallId(kept))
    throw new StateError(
      `The state file ${stateFile} names its install ${JSON.stringify(kept)}, which is no install id (8 hex digits): it was edited by hand. Fix: set "install" in it back to null (the id is then derived from this host and path) or to the id its cards' markers carry.`,
    );
  return kept;
}
