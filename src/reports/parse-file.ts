/** Read and parse one report file: the edge that gives the pure parse layer its text and its clock. */
import { isDigest } from '../digest/mark.ts';
import { parseReport, type ParseOptions } from '../parse/index.ts';
import type { Outline } from '../parse/outline.ts';
import { readReportBytes, type ReadLimits, type ReportBytes } from './read.ts';
import type { ReportWarning } from './warning.ts';

export type ParseFileOptions = ReadLimits & Pick<ParseOptions, 'format' | 'timeBudgetMs' | 'now' | 'rules'>;

export interface ParsedFile {
  path: string;
  /** Null when the file was skipped (unreadable, binary, too large, unparseable); the warnings say why. */
  outline: Outline | null;
  /** sha256 of the file's bytes (as the state keeps it); null when the file was skipped before it was parsed. */
  contentHash: string | null;
  warnings: ReportWarning[];
  /** A digest report-sync wrote (digest/mark.ts): read, but never for items. */
  digest: boolean;
}

export async function parseReportFile(path: string, options: ParseFileOptions = {}): Promise<ParsedFile> {
  return parseReadFile(path, await readReportBytes(path, options), options);
}

/** Parses a file already read (and hashed), so that a caller which compared its hash reads it only once. */
export function parseReadFile(
  path: string,
  read: ReportBytes | { skipped: string },
  options: ParseFileOptions = {},
): ParsedFile {
  if ('skipped' in read) return skipped(path, read.skipped);
  const text = read.text();
  if ('skipped' in text) return skipped(path, text.skipped);
  const parsed = parseReport(text.text, {
    path,
    now: options.now ?? (() => performance.now()),
    ...(options.format ? { format: options.format } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.timeBudgetMs === undefined ? {} : { timeBudgetMs: options.timeBudgetMs }),
  });
  const warnings = [...text.warnings, ...parsed.warnings].map((w) => ({ path, ...w }));
  return { path, outline: parsed.outline, contentHash: read.hash, warnings, digest: isDigest(text.text) };
}

function skipped(path: string, why: string): ParsedFile {
  return {
    path,
    outline: null,
    contentHash: null,
    warnings: [{ path, message: `skipped: ${why}` }],
    digest: false,
  };
}
