/**
 * The edge from sources to items: discover -> read -> parse -> extract, one
 * report at a time. A file that cannot be used is a warning naming it; the
 * others still load.
 */
import { extractReport, type Extraction, type ExtractionRules, type Item } from '../extract/index.ts';
import { TimeBudget } from '../parse/budget.ts';
import { DEFAULT_TIME_BUDGET_MS, limitWarning } from '../parse/index.ts';
import type { Logger } from '../log/logger.ts';
import type { Outline, ParseWarning, ReportFormat, ReportMetadata } from '../parse/outline.ts';
import { discoverReports } from './discover.ts';
import { parseReadFile } from './parse-file.ts';
import { readReportBytes, type ReadLimits, type ReportBytes } from './read.ts';
import type { ReportWarning } from './warning.ts';

export interface ReportItems {
  /** Absolute path of the file. */
  path: string;
  format: ReportFormat;
  title: string | null;
  metadata: ReportMetadata;
  items: Item[];
  /** Problems that did not stop this report from loading (lines refer to it). */
  warnings: ParseWarning[];
  /** sha256 of the report's bytes: equal hashes, equal items under the same rules. */
  contentHash: string;
}

export interface LoadOptions extends ReadLimits {
  rules: ExtractionRules;
  logger?: Logger;
  /** Clock that bounds each parse; `performance.now` by default. */
  now?: () => number;
}

export interface LoadedReport {
  /** Null when the file was skipped; `warnings` says why. */
  report: ReportItems | null;
  warnings: ReportWarning[];
}

export interface LoadedReports {
  /** Every report read, in path order. */
  reports: ReportItems[];
  /** Sources that named nothing and files that were skipped. */
  warnings: ReportWarning[];
}

/** Loads every report the patterns (files, directories, globs, relative to `cwd`) name. */
export async function loadReports(
  patterns: readonly string[],
  options: LoadOptions & { cwd: string },
): Promise<LoadedReports> {
  const discovery = await discoverReports(patterns, options.cwd);
  const result: LoadedReports = { reports: [], warnings: [...discovery.warnings] };
  for (const path of discovery.files) {
    const { report, warnings } = await loadReport(path, options);
    if (report) result.reports.push(report);
    else result.warnings.push(...warnings);
  }
  options.logger?.debug(
    { reports: result.reports.length, skipped: discovery.files.length - result.reports.length },
    'reports loaded',
  );
  return result;
}

/** Loads one report file. Never throws for a bad file: it comes back as `report: null` with a warning. */
export async function loadReport(path: string, options: LoadOptions): Promise<LoadedReport> {
  return loadReadReport(path, await readReportBytes(path, options), options);
}

/** Loads a report file already read (and hashed): its text is decoded, parsed and extracted. */
export function loadReadReport(
  path: string,
  read: ReportBytes | { skipped: string },
  options: LoadOptions,
): LoadedReport {
  const parsed = parseReadFile(path, read, options);
  const { outline, contentHash } = parsed;
  if (!outline || contentHash === null) return { report: null, warnings: parsed.warnings };
  if (parsed.digest) {
    // Read (it counts as a report read) but never for items: it would make cards of the cards it lists.
    options.logger?.info({ path }, DIGEST_SKIPPED);
    const { format, title, metadata } = outline;
    return { report: { path, format, title, metadata, items: [], warnings: [], contentHash }, warnings: [] };
  }
  const extracted = extract(path, outline, options);
  if ('skipped' in extracted) return { report: null, warnings: [...parsed.warnings, extracted.skipped] };
  const warnings = [...parsed.warnings, ...extracted.warnings.map((w) => ({ path, ...w }))];
  const report: ReportItems = {
    path,
    format: outline.format,
    title: outline.title,
    metadata: outline.metadata,
    items: extracted.items,
    warnings: warnings.map(({ path: _path, ...warning }) => warning),
    contentHash,
  };
  options.logger?.debug({ path, items: report.items.length }, 'report extracted');
  return { report, warnings };
}

export const DIGEST_SKIPPED =
  'skipped for items: a digest report-sync wrote (its first line says so); digests are never read for items';

/** Extraction under its own time budget; a report it cannot finish (a limit, a failure) is skipped, never the run. */
function extract(
  path: string,
  outline: Outline,
  options: LoadOptions,
): Extraction | { skipped: ReportWarning } {
  const budget = new TimeBudget(options.now ?? (() => performance.now()), DEFAULT_TIME_BUDGET_MS);
  try {
    return extractReport(outline, options.rules, budget);
  } catch (error) {
    const warning = limitWarning(error) ?? {
      code: 'extraction-failed',
      message: `skipped: reading its items failed (${error instanceof Error ? error.message : String(error)})`,
    };
    return { skipped: { path, ...warning } };
  }
}
