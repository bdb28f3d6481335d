/**
 * The reports a sync works from: the report files the sources name now, each
 * read and hashed once, and only those whose content changed since the last
 * sync parsed and extracted. Unchanged files, and files that cannot be read
 * now, are represented by what the state remembers of them; reports the state
 * remembers but no source names any more are removed or forgotten.
 */
import type { Config } from '../config/index.ts';
import type { ExtractionRules } from '../extract/index.ts';
import type { Logger } from '../log/logger.ts';
import type { ReportInput } from '../plan/types.ts';
import { type FoundReport, type FoundReports, findReports } from '../reports/find.ts';
import { inPool } from '../reports/pool.ts';
import { fingerprintOf } from '../reports/fingerprint.ts';
import { readReportBytes } from '../reports/read.ts';
import type { ReportRecord, SyncState } from '../state/sync-state.ts';
import { StoppedError } from '../errors.ts';
import { type Warning, warningIn } from '../warnings.ts';
import { extractionHash } from './settings.ts';

/** Files read at once: enough to hide file system latency, few enough to stay clear of file handle limits. */
const READ_CONCURRENCY = 16;

export interface ReportInputs {
  reports: ReportInput[];
  /** Reports synced before whose file is gone from a source that was read. */
  removedReports: string[];
  /** Reports synced before from a source no longer configured (see PlanInput.forgottenReports). */
  forgottenReports: string[];
  /** Files parsed this run (changed or new). */
  parsed: number;
  /**
   * New fingerprints of unchanged reports (touched, copied, checked out
   * again): not a change to sync, but worth saving, so that the next run
   * need not read them again.
   */
  fingerprints: Map<string, string | null>;
  warnings: Warning[];
}

export interface FindDeps {
  logger: Logger;
  signal?: AbortSignal;
}

export interface InputDeps extends FindDeps {
  /** Compiled on first use: a run where no report changed never needs them. */
  rules(): ExtractionRules;
  now(): Date;
  /** The report files the sources name, when already found (findSyncReports). */
  found?: FoundReports;
}

/** The report files the configured sources name now. */
export function findSyncReports(config: Config, deps: FindDeps): Promise<FoundReports> {
  return findReports(config.sources, {
    baseDir: config.baseDir,
    cacheDir: config.gitCacheDir,
    urlTemplate: config.sourceUrlTemplate,
    logger: deps.logger,
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
}

/** The source link of a report: its source's template with `{path}` filled in (`{line}` left), or null. */
export function linkOf(file: FoundReport): string | null {
  return file.urlTemplate ? file.urlTemplate.replaceAll('{path}', file.displayPath) : null;
}

interface ReadOne {
  report: ReportInput | null;
  warnings: Warning[];
  parsed: boolean;
  /** Set when the content is the same but the fingerprint to save is not. */
  fingerprint?: string | null;
}

export async function readReportInputs(
  config: Config,
  state: SyncState,
  deps: InputDeps,
): Promise<ReportInputs> {
  const found = deps.found ?? (await findSyncReports(config, deps));
  const warnings = [...found.warnings];
  const syncedFrom = new Map<string, number>();
  for (const record of Object.values(state.reports))
    syncedFrom.set(record.origin, (syncedFrom.get(record.origin) ?? 0) + 1);
  const readOrigins = new Set<string>();
  for (const source of found.sources) {
    const before = syncedFrom.get(source.origin) ?? 0;
    // An emptied folder or a glob gone wrong looks like every report deleted: never take it as that.
    if (source.files === 0 && before > 0) warnings.push(emptiedSource(source.origin, source.root, before));
    else readOrigins.add(source.origin);
  }
  const files = found.reports.filter((file) => readOrigins.has(file.origin));
  const extractedWith = memoised((urlTemplate: string | null) => extractionHash(config, urlTemplate));
  const nowMs = deps.now().getTime();
  const read = await inPool(files, READ_CONCURRENCY, (file) =>
    readOne(file, state.reports[file.id], extractedWith(file.urlTemplate), nowMs, deps),
  );
  const result: ReportInputs = {
    reports: [],
    removedReports: [],
    forgottenReports: [],
    parsed: 0,
    fingerprints: new Map(),
    warnings,
  };
  for (const [index, one] of read.entries()) {
    warnings.push(...one.warnings);
    if (one.report) result.reports.push(one.report);
    if (one.parsed) result.parsed++;
    if (one.fingerprint !== undefined) result.fingerprints.set(files[index]?.id ?? '', one.fingerprint);
  }

  const ids = new Set(files.map((f) => f.id));
  const configured = new Set([...found.sources.map((s) => s.origin), ...found.failed]);
  const forgottenOrigins = new Set<string>();
  for (const [id, record] of Object.entries(state.reports)) {
    if (ids.has(id)) continue;
    if (readOrigins.has(record.origin)) result.removedReports.push(id);
    else if (configured.has(record.origin)) result.reports.push({ id, record, status: 'unavailable' });
    else {
      result.forgottenReports.push(id);
      forgottenOrigins.add(record.origin);
    }
  }
  if (forgottenOrigins.size > 0) warnings.push(forgotten(result.forgottenReports.length, forgottenOrigins));
  return result;
}

async function readOne(
  file: FoundReport,
  stored: ReportRecord | undefined,
  extractedWith: string,
  nowMs: number,
  deps: InputDeps,
): Promise<ReadOne> {
  const { id, displayPath, origin } = file;
  const link = linkOf(file);
  const seen = fingerprintOf(file.path, nowMs);
  const known = stored?.extractedWith === extractedWith ? stored : undefined;
  /** The content is the one synced: neither decoded nor parsed again. */
  const unchanged = (record: ReportRecord): ReadOne => {
    const { skipped, ...synced } = record;
    const same = record.origin === origin && record.link === link && record.displayPath === displayPath;
    if (same && !skipped) return { report: { id, record, status: 'unchanged' }, warnings: [], parsed: false };
    // The source config changed, or the content is back to what was synced: record where and what it is now.
    return {
      report: { id, record: { ...synced, origin, link, displayPath }, status: 'changed' },
      warnings: [],
      parsed: false,
    };
  };
  if (known?.fingerprint && !known.skipped && known.fingerprint === seen?.id) return unchanged(known);

  stopIfAsked(deps.signal);
  const read = await readReportBytes(file.path);
  const fingerprint = seen?.settled ? seen.id : null;
  if (known && 'hash' in read && known.hash === read.hash) {
    const one = unchanged({ ...known, fingerprint });
    return (known.fingerprint ?? null) === fingerprint ? one : { ...one, fingerprint };
  }
  // Content skipped before is not parsed again (a rerun stays a no-op): it is only told again.
  const skip = stored?.skipped;
  if (stored && skip && 'hash' in read && skip.hash === read.hash && skip.extractedWith === extractedWith) {
    const warning = { code: 'report-skipped', report: displayPath, message: skippedBefore(skip.reason) };
    return { report: { id, record: stored, status: 'unavailable' }, warnings: [warning], parsed: false };
  }
  stopIfAsked(deps.signal);
  // Loaded with the first changed report: the parsers (markdown-it, yaml) are not needed for unchanged ones.
  const { loadReadReport } = await import('../reports/load.ts');
  const loaded = loadReadReport(file.path, read, { rules: deps.rules(), logger: deps.logger });
  const warnings = loaded.warnings.map((w) => warningIn(displayPath, w, 'report'));
  if (!loaded.report) {
    const why = 'could not be read or parsed; its last synced content still counts';
    warnings.push({ code: 'report-unreadable', report: displayPath, message: why });
    if ('hash' in read) {
      // Remembered by its hash (recorded as a change of the report, so that the state keeps it).
      const reason = loaded.warnings.at(-1)?.message ?? 'could not be read';
      const record = { ...(stored ?? neverSynced(displayPath, origin, link, extractedWith)) };
      record.skipped = { hash: read.hash, extractedWith, reason };
      return { report: { id, record, status: 'changed' }, warnings, parsed: false };
    }
    const kept = stored ? ({ id, record: stored, status: 'unavailable' } as const) : null;
    return { report: kept, warnings, parsed: false };
  }
  const { title, metadata, items, contentHash } = loaded.report;
  const record: ReportRecord = {
    hash: contentHash,
    extractedWith,
    fingerprint,
    displayPath,
    origin,
    title,
    date: metadata.date ?? null,
    link,
    items: items.map((item) => ({
      key: item.key,
      kind: item.kind,
      status: item.status,
      text: item.text,
      title: item.title,
      description: item.description,
      checklist: item.checklist.map(({ text, checked }) => ({ text, checked })),
      section: item.section,
      line: item.line,
      owners: item.owners,
      due: item.due,
    })),
  };
  return { report: { id, record, status: 'changed' }, warnings, parsed: true };
}

function memoised<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key) as V;
  };
}

/** Parsing is synchronous: a stop asked for is honoured between files, within one parse budget. */
function stopIfAsked(signal: AbortSignal | undefined): void {
  if (signal?.aborted)
    throw new StoppedError('stopped while reading the reports; nothing was written to Trello');
}

/** The record of a report whose first content was skipped: nothing synced from it, no items. */
function neverSynced(
  displayPath: string,
  origin: string,
  link: string | null,
  extractedWith: string,
): ReportRecord {
  return { hash: '', extractedWith, displayPath, origin, title: null, date: null, link, items: [] };
}

function skippedBefore(reason: string): string {
  return `${reason.replace(/^skipped: /, 'skipped, as on an earlier run: ')} (not read again until the file changes)`;
}

function emptiedSource(origin: string, root: string, before: number): Warning {
  return {
    code: 'source-emptied',
    message: `source ${origin} skipped: it names no report file now, though ${before} report(s) were synced from it before; they count as unavailable and none of their items vanish`,
    fix: `check that the path or pattern (relative to ${root}) still points at the reports, or remove the source from the config if they are gone for good`,
  };
}

function forgotten(count: number, origins: ReadonlySet<string>): Warning {
  return {
    code: 'sources-forgotten',
    message: `${count} report(s) from sources no longer configured (${[...origins].join(', ')}) are forgotten; their cards are left as they are (nothing is archived or commented)`,
    fix: 'add the source back to the config if that was not intended',
  };
}
