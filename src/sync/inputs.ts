/**
 * The reports a sync works from: every configured source resolved and
 * discovered, each file read and hashed, and only files whose content changed
 * since the last sync parsed and extracted. Unchanged files, and files that
 * cannot be read now, are represented by what the state remembers of them.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Config } from '../config/index.ts';
import { extractItems, type ExtractionRules } from '../extract/index.ts';
import type { Logger } from '../log/logger.ts';
import { discoverReports } from '../reports/discover.ts';
import { DEFAULT_MAX_REPORT_BYTES } from '../reports/read.ts';
import { resolveSources, type ResolvedSource } from '../reports/sources.ts';
import type { ReportRecord, SyncState } from '../state/sync-state.ts';
import type { ReportInput } from './plan/types.ts';
import { inPool } from './pool.ts';
import { locate, type Location } from './report-id.ts';
import { extractionHash } from './settings.ts';

/** Files read at once: enough to hide file system latency, few enough to stay clear of file handle limits. */
const READ_CONCURRENCY = 16;

export interface ReportInputs {
  reports: ReportInput[];
  /** Reports synced before whose file is gone from a source that was read. */
  removedReports: string[];
  /**
   * Reports synced before from a source no longer configured: dropped from the
   * state without making their items vanish (their cards are left as they are).
   */
  forgottenReports: string[];
  /** Files parsed this run (changed or new). */
  parsed: number;
  warnings: string[];
}

export interface InputDeps {
  rules: ExtractionRules;
  logger: Logger;
  signal?: AbortSignal;
}

interface Found {
  file: string;
  where: Location;
  source: ResolvedSource;
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
  const result: ReportInputs = {
    reports: [],
    removedReports: [],
    forgottenReports: [],
    parsed: 0,
    warnings: [],
  };
  result.warnings.push(...resolved.failed.map((f) => `source ${f.origin} skipped: ${f.reason}`));
  const syncedFrom = new Map<string, number>();
  for (const record of Object.values(state.reports))
    syncedFrom.set(record.origin, (syncedFrom.get(record.origin) ?? 0) + 1);
  const found = new Map<string, Found>();
  const readOrigins = new Set<string>();
  for (const source of resolved.patterns) {
    const discovery = await discoverReports([source.pattern], source.root);
    result.warnings.push(...discovery.warnings.map((w) => `${w.path}: ${w.message}`));
    const before = syncedFrom.get(source.origin) ?? 0;
    if (discovery.files.length === 0 && before > 0) {
      // An emptied folder or a glob gone wrong looks like every report deleted: never take it as that.
      result.warnings.push(
        `source ${source.origin} skipped: it names no report file now, though ${before} report(s) were synced from it before; they count as unavailable and none of their items vanish. Fix: check that the path or pattern (relative to ${source.root}) still points at the reports, or remove the source from the config if they are gone for good`,
      );
      continue;
    }
    readOrigins.add(source.origin);
    for (const file of discovery.files) {
      const where = locate(source, file);
      const first = found.get(where.id);
      if (!first) found.set(where.id, { file, where, source });
      else if (first.file !== file)
        result.warnings.push(
          `${file}: has the same report id "${where.id}" as ${first.file} (source ${first.source.origin}); only that one is read. Fix: give the sources distinct folders or file names`,
        );
    }
  }
  const read = await inPool([...found.values()], READ_CONCURRENCY, ({ file, where, source }) =>
    readOne(file, where, source, config, state, deps),
  );
  for (const input of read) {
    if (input.warning) result.warnings.push(input.warning);
    if (input.report) result.reports.push(input.report);
    if (input.parsed) result.parsed++;
  }
  const configured = new Set([...resolved.patterns, ...resolved.failed].map((s) => s.origin));
  const forgottenOrigins = new Set<string>();
  for (const [id, record] of Object.entries(state.reports)) {
    if (found.has(id)) continue;
    if (readOrigins.has(record.origin)) result.removedReports.push(id);
    else if (configured.has(record.origin)) result.reports.push({ id, record, status: 'unavailable' });
    else {
      result.forgottenReports.push(id);
      forgottenOrigins.add(record.origin);
    }
  }
  if (forgottenOrigins.size > 0) {
    result.warnings.push(
      `${result.forgottenReports.length} report(s) from sources no longer configured (${[...forgottenOrigins].join(', ')}) are forgotten; their cards are left as they are (nothing is archived or commented). Fix: add the source back to the config if that was not intended`,
    );
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

async function readOne(
  file: string,
  where: Location,
  source: ResolvedSource,
  config: Config,
  state: SyncState,
  deps: InputDeps,
): Promise<{ report: ReportInput | null; warning?: string; parsed?: boolean }> {
  const stored = state.reports[where.id];
  const keep = (why: string) => ({
    report: stored ? ({ id: where.id, record: stored, status: 'unavailable' } as const) : null,
    warning: `${where.displayPath}: ${why}`,
  });
  const template = source.urlTemplate ?? config.sourceUrlTemplate;
  const link = template ? template.replaceAll('{path}', where.displayPath) : null;
  const extractedWith = extractionHash(config, template);
  // Hash the raw bytes first: an unchanged report, extracted under the same
  // settings, is neither decoded nor parsed again.
  const hash = await hashFile(file);
  if (stored && stored.hash === hash && stored.extractedWith === extractedWith) {
    const same =
      stored.origin === source.origin && stored.link === link && stored.displayPath === where.displayPath;
    if (same) return { report: { id: where.id, record: stored, status: 'unchanged' } };
    // The source config changed: record where the report is found now (a later deletion then counts as one).
    const record = { ...stored, origin: source.origin, link, displayPath: where.displayPath };
    return { report: { id: where.id, record, status: 'changed' } };
  }
  // Loaded with the first changed report: the parsers (markdown-it, yaml) are not needed for unchanged ones.
  const { parseReportFile } = await import('../reports/parse-file.ts');
  const parsed = await parseReportFile(file);
  for (const warning of parsed.warnings) {
    deps.logger.warn({ report: where.displayPath, line: warning.line }, warning.message);
  }
  if (!parsed.outline) return keep('could not be read or parsed; its last synced content still counts');
  const { outline } = parsed;
  const record: ReportRecord = {
    hash: hash ?? '',
    extractedWith,
    displayPath: where.displayPath,
    origin: source.origin,
    title: outline.title,
    date: outline.metadata.date ?? null,
    link,
    items: extractItems(outline, deps.rules).map((item) => ({
      key: item.key,
      kind: item.kind,
      text: item.text,
      title: item.title,
      description: item.description,
      checklist: item.checklist.map((entry) => entry.text),
      section: item.section,
      line: item.line,
      owners: item.owners,
    })),
  };
  return { report: { id: where.id, record, status: 'changed' }, parsed: true };
}
