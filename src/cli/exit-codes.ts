/**
 * How a command ends, in one place: the exit code of each outcome and of each
 * error. Commands return these codes; only main.ts ends the process.
 */
import { CommanderError } from 'commander';
import { ConfigError, StoppedError, UsageError } from '../errors.ts';

export const EXIT = {
  ok: 0,
  /** The command ran and did not do its job: a change failed, a check failed, nothing could be read. */
  failure: 1,
  /** A wrong command line or setting (the error classes say which: UsageError, ConfigError). */
  usage: 2,
  /** `plan --detailed-exitcode`: changes are planned, as `terraform plan -detailed-exitcode` has it. */
  changesPlanned: 2,
  /** Stopped by SIGINT or SIGTERM before the work was done. */
  stopped: 130,
} as const;

/** The flag that gives `plan` Terraform's exit codes: 0 no changes, 2 changes, 1 any error. */
export const DETAILED_EXITCODE_FLAG = '--detailed-exitcode';

/**
 * A sync or an apply: stopped by the user, some change failed (or it stopped
 * early), nothing could be read (`reportsRead` 0), items were left to another
 * install's cards, or done.
 */
export function runExitCode(
  outcome: {
    failures: readonly unknown[];
    interrupted: boolean;
    reportsRead: number | null;
    counts: { foreign: number };
  },
  stopSignal: AbortSignal,
): number {
  if (outcome.interrupted && stopSignal.aborted) return EXIT.stopped;
  const failed =
    outcome.failures.length > 0 ||
    outcome.interrupted ||
    outcome.reportsRead === 0 ||
    outcome.counts.foreign > 0;
  return failed ? EXIT.failure : EXIT.ok;
}

/** `plan` exits 0 once it has planned; with the flag, 2 tells that it planned changes. */
export function planExitCode(changesPlanned: boolean, detailed: boolean): number {
  return detailed && changesPlanned ? EXIT.changesPlanned : EXIT.ok;
}

/**
 * Help and version end with 0, any other command line error is a usage error;
 * each of our error classes has its code here. Under `plan --detailed-exitcode`, 2 says
 * "changes planned", so every error of that command line exits 1 instead.
 */
export function errorExitCode(error: unknown, argv: readonly string[] = []): number {
  const code = ownExitCode(error);
  return code === EXIT.usage && argv[0] === 'plan' && argv.includes(DETAILED_EXITCODE_FLAG)
    ? EXIT.failure
    : code;
}

function ownExitCode(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof UsageError || error instanceof ConfigError) return EXIT.usage;
  if (error instanceof StoppedError) return EXIT.stopped;
  // A StateError, TrelloError or NoInputError, and anything unforeseen.
  return EXIT.failure;
}
