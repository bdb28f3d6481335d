import { relative, sep } from 'node:path';

/** A problem with one report, for people: `path:line: message`. */
export interface ReportWarning {
  path: string;
  line?: number;
  message: string;
}

export function formatReportWarning(warning: ReportWarning, cwd: string): string {
  const where =
    warning.line === undefined
      ? displayPath(warning.path, cwd)
      : `${displayPath(warning.path, cwd)}:${warning.line}`;
  return `${where}: ${warning.message}`;
}

/** Paths below the working directory are shown relative to it, with `/` on every platform. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || rel.startsWith(sep) ? path : rel.split(sep).join('/');
}
