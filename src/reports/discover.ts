/**
 * Which files the given sources name: files as given, directories walked for
 * report extensions, globs expanded. A source that names nothing is a
 * warning, never a failure of the whole run.
 *
 * Files come back as absolute paths, deduplicated and sorted, so that the
 * same sources always give the same order whatever the working directory.
 * Walking a directory skips hidden files and directories (`.git`, `.cache`).
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { EXTENSIONS, extensionList } from '../parse/formats.ts';
import type { ReportWarning } from './warning.ts';

export interface Discovery {
  files: string[];
  warnings: ReportWarning[];
}

export async function discoverReports(patterns: readonly string[], cwd: string): Promise<Discovery> {
  const found = new Set<string>();
  const warnings: ReportWarning[] = [];
  for (const pattern of patterns) {
    const files = await filesOf(pattern, cwd, warnings);
    for (const file of files) found.add(file);
  }
  return { files: [...found].sort(), warnings };
}

async function filesOf(pattern: string, cwd: string, warnings: ReportWarning[]): Promise<string[]> {
  const path = resolve(cwd, pattern);
  if (isDynamicPattern(pattern)) {
    const files = await glob(pattern, { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
    if (files.length === 0) warnings.push({ path: pattern, message: 'no file matches this pattern' });
    return files.map((f) => resolve(f));
  }
  let kind: 'file' | 'directory' | 'other';
  try {
    const info = await stat(path);
    kind = info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other';
  } catch {
    warnings.push({ path, message: 'not found; check the path (it is relative to the working directory)' });
    return [];
  }
  if (kind === 'file') return [path];
  if (kind === 'other') {
    warnings.push({ path, message: 'is neither a file nor a directory; skipped' });
    return [];
  }
  const files = await glob(`**/*.{${EXTENSIONS.join(',')}}`, {
    cwd: path,
    absolute: true,
    onlyFiles: true,
  });
  if (files.length === 0) {
    warnings.push({ path, message: `holds no reports (${extensionList()})` });
  }
  return files.map((f) => resolve(f));
}
