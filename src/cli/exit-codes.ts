/**
 * How a command ends, in one place: the exit code of each outcome and of each
 * error. Commands return these codes; only main.ts ends the process.
 */
import { CommanderError } from 'commander';
import { ReportSyncError } from '../errors.ts';

export const EXIT = {
  ok: 0,
  /** The command ran and did not do its job: a change failed, a check failed, nothing could be read. */
  failure: 1,
  /** A wrong command line or setting (the error classes say which: UsageError, ConfigError). */
  usage: 2,
  /** `plan`: changes are planned, as `terraform plan -detailed-exitcode` has it. */
  changesPlanned: 2,
  /** Stopped by SIGINT or SIGTERM before the work was done. */
  stopped: 130,
} as const;

/** A sync or an apply: stopped by the user, some change failed (or it stopped early), or done. */
export function runExitCode(
  outcome: { failures: readonly unknown[]; interrupted: boolean },
  stopSignal: AbortSignal,
): number {
  if (outcome.interrupted && stopSignal.aborted) return EXIT.stopped;
  return outcome.failures.length > 0 || outcome.interrupted ? EXIT.failure : EXIT.ok;
}

export function planExitCode(changesPlanned: boolean): number {
  return changesPlanned ? EXIT.changesPlanned : EXIT.ok;
}

/**
 * `plan`'s code 2 says "changes planned", so an error that exits 2 elsewhere (a
 * setting) must not: it is thrown on as a plain failure.
 */
export async function withoutUsageCode(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ReportSyncError && errorExitCode(error) !== EXIT.failure)
      throw new ReportSyncError(error.message, { cause: error });
    throw error;
  }
}

/** Help and version end with 0, any other command line error is a usage error; our errors carry their code. */
export function errorExitCode(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof ReportSyncError) return error.exitCode;
  return EXIT.failure;
}
