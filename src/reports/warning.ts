import { relative, sep } from 'node:path';
import { type Warning, warningIn } from '../warnings.ts';

/** A problem with one report file, at its absolute path (a parser's warning, with the file it is about). */
export interface ReportWarning {
  path: string;
  line?: number;
  message: string;
  code?: string;
  fix?: string;
}

/** Paths below the working directory are shown relative to it, with `/` on every platform. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || rel.startsWith(sep) ? path : rel.split(sep).join('/');
}

/** A file's warning as the run's, its file shown relative to the working directory. */
export function shownWarning(warning: ReportWarning, cwd: string): Warning {
  return warningIn(displayPath(warning.path, cwd), warning, 'report');
}
