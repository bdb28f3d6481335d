import { stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import { StateError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';

export interface LockOptions {
  /** How long to wait for another run to finish before giving up. */
  timeoutMs: number;
  /**
   * A lock not refreshed for this long belongs to a process that died and is
   * taken over. The holder refreshes it every staleMs / 2; proper-lockfile's minimum is 2 s.
   */
  staleMs?: number;
  logger: Logger;
}

export interface HeldLock {
  /** Set when the lock was lost while held (its directory removed or refreshed by someone else). */
  readonly compromised: Error | undefined;
  release(): Promise<void>;
}

export const DEFAULT_STALE_MS = 10_000;
const POLL_MS = 200;

/** The lock is proper-lockfile's `<path>.lock` directory; the state file itself need not exist yet. */
export function lockPathOf(path: string): string {
  return `${path}.lock`;
}

async function lockedError(path: string, waitedMs: number): Promise<StateError> {
  const since = await stat(lockPathOf(path)).then(
    (s) => (s.birthtimeMs > 0 ? s.birthtime.toISOString() : 'an unknown time'),
    () => 'an unknown time',
  );
  return new StateError(
    `Another report-sync run is using ${path} (locked since ${since}); this run waited ${(waitedMs / 1000).toFixed(1)} s. Try again when it finishes, or remove ${lockPathOf(path)} if no run is active.`,
  );
}

/** Takes the exclusive lock on `path`, waiting up to `timeoutMs` for another holder. */
export async function acquireLock(path: string, options: LockOptions): Promise<HeldLock> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const started = Date.now();
  let compromised: Error | undefined;
  let announced = false;
  for (;;) {
    try {
      const release = await lockfile.lock(path, {
        realpath: false,
        stale: staleMs,
        retries: 0,
        onCompromised: (error) => {
          // proper-lockfile's default throws from a timer, which would end the process mid-write.
          compromised = error;
          options.logger.error({ path }, `lost the lock on ${path}: ${error.message}`);
        },
      });
      return {
        get compromised() {
          return compromised;
        },
        async release() {
          // A compromised lock is no longer ours to remove.
          if (!compromised) await release();
        },
      };
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ELOCKED') {
        throw new StateError(
          `Could not lock ${path}: ${(error as Error).message}. Check that its folder is writable.`,
        );
      }
      const waited = Date.now() - started;
      if (waited >= options.timeoutMs) throw await lockedError(path, waited);
      if (!announced) options.logger.info({ path }, 'another report-sync run holds the state file; waiting');
      announced = true;
      await sleep(Math.min(POLL_MS, options.timeoutMs - waited));
    }
  }
}
