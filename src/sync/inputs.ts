/**
 * The reports a sync works from: every configured source resolved and
 * discovered, each file read and hashed, and only files whose content changed
 * since the last sync parsed and extracted. Unchanged files, and files that
 * cannot be read now, are represented by what the state remembers of them.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import type { Config } from '../config/index.ts';
import { extractItems, type ExtractionRules } from '../extract/index.ts';
import type { Logger } from '../log/logger.ts';
import { discoverReports } from '../reports/discover.ts';
import { parseReportFile } from '../reports/parse-file.ts';
import { DEFAULT_MAX_REPORT_BYTES } from '../reports/read.ts';
import { resolveSources, type ResolvedSource } from '../reports/sources.ts';
import type { ReportRecord, SyncState } from '../state/sync-state.ts';
import type { ReportInput } from './plan/types.ts';

/** Files read at once: enough to hide file system latency, few enough to stay clear of file handle limits. */
const READ_CONCURRENCY = 16;

export interface ReportInputs {
  reports: ReportInput[];
  /** Reports synced before whose file is gone from a source that was read. */
  removedReports: string[];
  /** Files parsed this run (changed or new). */
  parsed: number;
  warnings: string[];
}

export interface InputDeps {
  rules: ExtractionRules;
  logger: Logger;
  signal?: AbortSignal;
}

export async function readReportInputs(
  config: Config,
  state: SyncState,
  deps: InputDeps,
): Promise<ReportInputs> {
  const resolved = await resolveSources(config.sources, {
    baseDir: config.baseDir,
    cacheDir: config.gitCacheDir,
    logger: deps.logger,
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  const result: ReportInputs = { reports: [], removedReports: [], parsed: 0, warnings: [] };
  result.warnings.push(...resolved.failed.map((f) => `source ${f.origin} skipped: ${f.reason}`));
  const found = new Map<string, { file: string; where: Location; source: ResolvedSource }>();
  for (const source of resolved.patterns) {
    const discovery = await discoverReports([source.pattern], source.root);
    result.warnings.push(...discovery.warnings.map((w) => `${w.path}: ${w.message}`));
    for (const file of discovery.files) {
      const where = locate(source, file);
      if (!found.has(where.id)) found.set(where.id, { file, where, source });
    }
  }
  const read = await inPool([...found.values()], READ_CONCURRENCY, ({ file, where, source }) =>
    readOne(file, where, source, config, state, deps),
  );
  for (const input of read) {
    if (input.warning) result.warnings.push(input.warning);
    if (input.report) result.reports.push(input.report);
    if (input.report?.status === 'changed') result.parsed++;
  }
  const readOrigins = new Set(resolved.patterns.map((s) => s.origin));
  for (const [id, record] of Object.entries(state.reports)) {
    if (found.has(id)) continue;
    if (readOrigins.has(record.origin)) result.removedReports.push(id);
    else result.reports.push({ id, record, status: 'unavailable' });
  }
  return result;
}

/** sha256 of the file's bytes; null for a file too large to be a report (or unreadable), left to readReportFile to explain. */
async function hashFile(file: string): Promise<string | null> {
  try {
    if ((await stat(file)).size > DEFAULT_MAX_REPORT_BYTES) return null;
    return createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  } catch {
    return null;
  }
}

/** Runs `task` over `items` with at most `limit` at a time; results in the order of `items`. */
async function inPool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++)
      results[index] = await task(items[index] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

interface Location {
  id: string;
  displayPath: string;
}

/** The report's id in the state and the path shown on cards (and put in source links). */
function locate(source: ResolvedSource, file: string): Location {
  const inRoot = relative(source.root, file);
  const base = inRoot.startsWith('..') || isAbsolute(inRoot) ? relative(patternBase(source), file) : inRoot;
  const displayPath = base.split(sep).join('/');
  const isGit = !isAbsolute(source.origin) && source.origin.includes('#');
  return { id: isGit ? `${source.origin}:${displayPath}` : displayPath, displayPath };
}

/** The literal directory a pattern starts from (a file's directory, a glob's fixed prefix). */
function patternBase(source: ResolvedSource): string {
  const literal: string[] = [];
  for (const segment of source.pattern.split('/')) {
    if (isDynamicPattern(segment)) break;
    literal.push(segment);
  }
  const base = resolve(source.root, literal.join('/') || '.');
  return /\.(rst|md|markdown|txt)$/i.test(base) ? dirname(base) : base;
}

async function readOne(
  file: string,
  where: Location,
  source: ResolvedSource,
  config: Config,
  state: SyncState,
  deps: InputDeps,
): Promise<{ report: ReportInput | null; warning?: string }> {
  const stored = state.reports[where.id];
  const keep = (why: string) => ({
    report: stored ? ({ id: where.id, record: stored, status: 'unavailable' } as const) : null,
    warning: `${where.displayPath}: ${why}`,
  });
  // Hash the raw bytes first: an unchanged report is neither decoded nor parsed again.
  const hash = await hashFile(file);
  if (stored && stored.hash === hash)
    return { report: { id: where.id, record: stored, status: 'unchanged' } };
  const parsed = await parseReportFile(file);
  for (const warning of parsed.warnings) {
    deps.logger.warn({ report: where.displayPath, line: warning.line }, warning.message);
  }
  if (!parsed.outline) return keep('could not be read or parsed; its last synced content still counts');
  const { outline } = parsed;
  const template = source.urlTemplate ?? config.sourceUrlTemplate;
  const record: ReportRecord = {
    hash: hash ?? '',
    displayPath: where.displayPath,
    origin: source.origin,
    title: outline.title,
    date: outline.metadata.date ?? null,
    link: template ? template.replaceAll('{path}', where.displayPath) : null,
    items: extractItems(outline, deps.rules).map((item) => ({
      key: item.key,
      kind: item.kind,
      text: item.text,
      title: item.title,
      description: item.description,
      checklist: item.checklist,
      section: item.section,
      line: item.line,
      owners: item.owners,
    })),
  };
  return { report: { id: where.id, record, status: 'changed' } };
}
