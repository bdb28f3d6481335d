/** Where a source pattern starts on disk, and whether a path stays under it. */
import { isAbsolute, relative, sep } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';

/**
 * The literal part a pattern starts with: a path as given, or the directories before a glob's
 * first dynamic segment (`reports/2024/*.md` -> `reports/2024`); `.` when the glob starts at once.
 */
export function literalPart(pattern: string): string {
  const literal: string[] = [];
  for (const segment of pattern.split('/')) {
    if (isDynamicPattern(segment)) break;
    literal.push(segment);
  }
  return literal.length === 0 ? '.' : literal.join('/') || '/';
}

/** Whether `path` is `root` or below it (both absolute and already resolved). */
export function isInside(path: string, root: string): boolean {
  const inRoot = pathInside(path, root);
  if (inRoot !== undefined) return inRoot !== null;
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * For POSIX paths both resolved: the part of `path` below `root` ('' for
 * `root` itself), or null when it lies elsewhere; undefined elsewhere (Windows
 * paths compare without case: path.relative decides). A string test, as a sync
 * asks it for every report: path.relative resolves both paths again each time.
 */
export function pathInside(path: string, root: string): string | null | undefined {
  if (sep !== '/') return undefined;
  if (path === root) return '';
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : null;
}
