/**
 * The few error classes report-sync throws on purpose. Each carries a message a
 * user can act on; cli/exit-codes.ts maps them to exit codes (the
 * codes in the comments below), and nothing else decides how the process ends.
 */
export class ReportSyncError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Wrong command line: unknown command, bad flag, missing argument. Exit 2. */
export class UsageError extends ReportSyncError {}

/** A setting is missing or invalid. The message names the setting, the value and the fix. Exit 2. */
export class ConfigError extends ReportSyncError {}

/** The state file cannot be used (corrupt, newer schema, locked by another run). Exit 1. */
export class StateError extends ReportSyncError {}

/** Trello (or the emulator) refused or failed a request. Never carries key or token. Exit 1. */
export class TrelloError extends ReportSyncError {
  readonly status: number | undefined;
  constructor(message: string, status?: number, options?: ErrorOptions) {
    super(message, options);
    this.status = status;
  }
}

/** Nothing could be read from the given sources. Exit 1. */
export class NoInputError extends ReportSyncError {}

/** SIGINT or SIGTERM came before the work was done; what was saved stays saved. Exit 130. */
export class StoppedError extends ReportSyncError {}
