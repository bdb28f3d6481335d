/**
 * Which files the given sources name: files as given, directories walked for
 * report extensions, globs expanded. A source that names nothing is a
 * warning, never a failure of the whole run.
 *
 * Files come back as absolute paths, deduplicated and sorted, so that the
 * same sources always give the same order whatever the working directory.
 * Walking a directory skips hidden files and directories (`.git`, `.cache`).
 *
 * Every file found is resolved to the file it really is: a symlink that
 * leads out of the folder the pattern starts from (a link committed to a
 * report repository that points at a file of the host) is refused, a device,
 * FIFO or socket is refused, and a file reached twice (a symlink loop, a
 * second link, a hard link) is read once.
 */
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { EXTENSIONS, extensionList } from '../parse/formats.ts';
import { isInside, literalPart } from './pattern-base.ts';
import { notRegular } from './read.ts';
import type { ReportWarning } from './warning.ts';

export interface Discovery {
  files: string[];
  warnings: ReportWarning[];
}

/** A path found, and the file it is (device and inode: one file whatever the links to it). */
interface Candidate {
  path: string;
  identity: string;
}

export async function discoverReports(patterns: readonly string[], cwd: string): Promise<Discovery> {
  const found: Candidate[] = [];
  const warnings: ReportWarning[] = [];
  for (const pattern of patterns) found.push(...(await filesOf(pattern, cwd, warnings)));
  const seen = new Set<string>();
  const files: string[] = [];
  for (const { path, identity } of found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (seen.has(identity)) continue;
    seen.add(identity);
    files.push(path);
  }
  return { files, warnings };
}

async function filesOf(pattern: string, cwd: string, warnings: ReportWarning[]): Promise<Candidate[]> {
  const path = resolve(cwd, pattern);
  const base = await realpath(resolve(cwd, literalPart(pattern))).catch(() => null);
  if (base === null) {
    warnings.push(
      isDynamicPattern(pattern)
        ? { path: pattern, message: 'no file matches this pattern' }
        : { path, message: 'not found; check the path (it is relative to the working directory)' },
    );
    return [];
  }
  if (isDynamicPattern(pattern)) {
    // Not onlyFiles: a FIFO or device that matches is named in a warning, not left out in silence.
    const paths = await glob(pattern, { cwd, absolute: true, onlyFiles: false, expandDirectories: false });
    const files = checked(paths, base, warnings);
    if (files.length === 0) warnings.push({ path: pattern, message: 'no file matches this pattern' });
    return files;
  }
  const info = await stat(base);
  if (!info.isDirectory()) return checked([path], base, warnings);
  const paths = await glob(`**/*.{${EXTENSIONS.join(',')}}`, { cwd: path, absolute: true, onlyFiles: false });
  const files = checked(paths, base, warnings);
  if (files.length === 0) warnings.push({ path, message: `holds no reports (${extensionList()})` });
  return files;
}

/**
 * The regular files among `paths` that really lie under `base`; a warning for each one refused.
 * Plain calls, not awaited on the thread pool one after another (that cost ~100 ms per 1,000
 * reports, most of a no-op run), and one lstat per file: its folder is resolved once.
 */
function checked(paths: readonly string[], base: string, warnings: ReportWarning[]): Candidate[] {
  const files: Candidate[] = [];
  const folders = new Map<string, string>();
  for (const found of paths) {
    const path = resolve(found);
    let real: string;
    let info: Stats | null;
    try {
      ({ real, info } = whatIsAt(path, folders));
    } catch (error) {
      const why =
        (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'is a symlink loop' : 'is a symlink to nothing';
      warnings.push({ path, code: 'broken-symlink', message: `${why}; skipped` });
      continue;
    }
    if (info === null) continue; // gone since the walk
    // A folder whose name ends like a report (`notes.md/`) is walked by the pattern, not read.
    if (info.isDirectory()) continue;
    if (!info.isFile()) warnings.push({ path, code: 'not-a-file', message: `${notRegular(info)}; skipped` });
    else if (!isInside(real, base)) warnings.push(outside(path, real, base));
    else files.push({ path, identity: `${info.dev}:${info.ino}` });
  }
  return files;
}

/**
 * The path `path` really is (its realpath) and what is there (null: gone). A path that is no
 * symlink itself is its real folder's entry; a symlink is followed. Throws as realpath does.
 */
function whatIsAt(path: string, realFolders: Map<string, string>): { real: string; info: Stats | null } {
  const own = statOrNull(path, lstatSync);
  if (own === null || own.isSymbolicLink()) {
    const real = realpathSync.native(path);
    return { real, info: statOrNull(real, statSync) };
  }
  const folder = dirname(path);
  let realFolder = realFolders.get(folder);
  if (realFolder === undefined) {
    realFolder = realpathSync.native(folder);
    realFolders.set(folder, realFolder);
  }
  return { real: `${realFolder}${realFolder.endsWith(sep) ? '' : sep}${basename(path)}`, info: own };
}

function statOrNull(path: string, how: (path: string) => Stats): Stats | null {
  try {
    return how(path);
  } catch {
    return null;
  }
}

function outside(path: string, real: string, base: string): ReportWarning {
  return {
    path,
    code: 'outside-source',
    message: `is a symlink to ${real}, outside ${base} where its source starts; skipped, as a source reads only what lies in it`,
    fix: "name that file's folder as a source of its own if it should be read",
  };
}
