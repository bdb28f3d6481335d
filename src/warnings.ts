/**
 * A problem a person should know about that does not stop the run: a source
 * that names nothing, a report skipped, an owner who is not on the board.
 * Every stage returns its warnings as data; `logWarnings` is the one place
 * that writes them to the log, and `sync --json` prints them.
 */
import type { Logger } from './log/logger.ts';

export interface Warning {
  /** What kind of problem, stable for programs (`source-failed`, `unknown-owner`, …). */
  code: string;
  /** The report it is about (its id, path or shown path), when it is about one. */
  report?: string;
  /** 1-based line in that report. */
  line?: number;
  message: string;
  /** What to do about it. */
  fix?: string;
}

/** A warning of a stage that does not name its reports itself (a parser's, say), given its report. */
export function warningIn(
  report: string,
  warning: { line?: number | undefined; message: string; code?: string; fix?: string },
  code: string,
): Warning {
  return {
    code: warning.code ?? code,
    report,
    ...(warning.line === undefined ? {} : { line: warning.line }),
    message: warning.message,
    ...(warning.fix === undefined ? {} : { fix: warning.fix }),
  };
}

/** One line for people: `report:line: message. Fix: fix`. */
export function formatWarning(warning: Warning): string {
  const where =
    warning.report === undefined
      ? ''
      : `${warning.report}${warning.line === undefined ? '' : `:${warning.line}`}: `;
  return `${where}${warning.message}${warning.fix ? `. Fix: ${warning.fix}` : ''}`;
}

/** The same problem found twice (an owner named in many items) is one warning. */
export function distinctWarnings(warnings: readonly Warning[]): Warning[] {
  const seen = new Map<string, Warning>();
  for (const warning of warnings) {
    const id = `${warning.code}\n${formatWarning(warning)}`;
    if (!seen.has(id)) seen.set(id, warning);
  }
  return [...seen.values()];
}

export function logWarnings(logger: Logger, warnings: readonly Warning[]): void {
  for (const warning of warnings) {
    const { code, report, line } = warning;
    logger.warn(
      { code, ...(report === undefined ? {} : { report }), ...(line ? { line } : {}) },
      formatWarning(warning),
    );
  }
}
