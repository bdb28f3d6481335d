/**
 * Which report files the configured sources name now, each with its identity
 * in the state: sources resolved (git ones cloned or pulled first), walked and
 * located. A source that fails, or names nothing, is a warning; a file whose
 * id an earlier source already gave is read only once, with a warning.
 */
import type { SourceSpec } from '../config/index.ts';
import type { Logger } from '../log/logger.ts';
import { type Warning, warningIn } from '../warnings.ts';
import { discoverReports } from './discover.ts';
import { locate } from './locate.ts';
import { resolveSources } from './sources.ts';

export interface FoundReport {
  /** Absolute path of the file. */
  path: string;
  /** The report's id in the state, and the path shown on cards. */
  id: string;
  displayPath: string;
  /** The source it was found through (safe to show: no credentials). */
  origin: string;
  /** The source's link template (or the default one), `{path}` not filled in yet. */
  urlTemplate: string | null;
}

export interface FoundSource {
  origin: string;
  /** Directory the source's pattern is relative to. */
  root: string;
  /** Files it names now (some may be read through an earlier source). */
  files: number;
}

export interface FoundReports {
  /** Every report file, once, in the order of the sources. */
  reports: FoundReport[];
  /** The sources that resolved, in config order. */
  sources: FoundSource[];
  /** Origins of the sources that could not be resolved this run. */
  failed: string[];
  warnings: Warning[];
}

export interface FindOptions {
  baseDir: string;
  cacheDir: string;
  /** The link template of sources without their own. */
  urlTemplate: string | null;
  logger: Logger;
  signal?: AbortSignal;
}

export async function findReports(specs: SourceSpec[], options: FindOptions): Promise<FoundReports> {
  const resolved = await resolveSources(specs, {
    baseDir: options.baseDir,
    cacheDir: options.cacheDir,
    logger: options.logger,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const warnings: Warning[] = resolved.failed.map((f) => ({
    code: 'source-failed',
    message: `source ${f.origin} skipped: ${f.reason}`,
  }));
  const byId = new Map<string, FoundReport>();
  const sources: FoundSource[] = [];
  for (const source of resolved.patterns) {
    const discovery = await discoverReports([source.pattern], source.root);
    warnings.push(...discovery.warnings.map((w) => warningIn(w.path, w, 'source-names-nothing')));
    sources.push({ origin: source.origin, root: source.root, files: discovery.files.length });
    for (const path of discovery.files) {
      const where = locate(source, path);
      const first = byId.get(where.id);
      const urlTemplate = source.urlTemplate ?? options.urlTemplate;
      if (!first) byId.set(where.id, { path, ...where, origin: source.origin, urlTemplate });
      else if (first.path !== path) warnings.push(sameId(path, where.id, first));
    }
  }
  return { reports: [...byId.values()], sources, failed: resolved.failed.map((f) => f.origin), warnings };
}

function sameId(path: string, id: string, first: FoundReport): Warning {
  return {
    code: 'report-id-taken',
    report: path,
    message: `has the same report id "${id}" as ${first.path} (source ${first.origin}); only that one is read`,
    fix: 'give the sources distinct folders or file names',
  };
}
