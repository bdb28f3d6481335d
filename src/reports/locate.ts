/**
 * A report's identity in the state, and the path shown on its cards. Inside
 * the source root (the config's directory, a git checkout) the id is the path
 * relative to the root; a git source, and a file outside the root (an absolute
 * folder, `../elsewhere`), is prefixed with its origin, so that two sources
 * holding the same file name (`a/uke1.md`, `b/uke1.md`) never share an id.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { hasReportExtension } from '../parse/formats.ts';
import { literalPart, pathInside } from './pattern-base.ts';
import type { ResolvedSource } from './sources.ts';

export interface Location {
  id: string;
  displayPath: string;
}

/** The report's id in the state and the path shown on cards (and put in source links). */
export function locate(source: ResolvedSource, file: string): Location {
  const inRoot = pathInside(file, source.root) ?? relative(source.root, file);
  const outside = inRoot.startsWith('..') || isAbsolute(inRoot);
  const base = outside ? relative(patternBase(source), file) : inRoot;
  const displayPath = base.split(sep).join('/');
  const isGit = !isAbsolute(source.origin) && source.origin.includes('#');
  return { id: isGit || outside ? `${source.origin}:${displayPath}` : displayPath, displayPath };
}

/** The literal directory a pattern starts from (a file's directory, a glob's fixed prefix). */
function patternBase(source: ResolvedSource): string {
  const base = resolve(source.root, literalPart(source.pattern));
  return hasReportExtension(base) ? dirname(base) : base;
}
