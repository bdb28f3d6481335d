/** Read and parse one report file: the edge that gives the pure parse layer its text and its clock. */
import { createHash } from 'node:crypto';
import { parseReport, type ParseOptions } from '../parse/index.ts';
import type { Outline } from '../parse/outline.ts';
import { readReportFile, type ReadLimits } from './read.ts';
import type { ReportWarning } from './warning.ts';

export type ParseFileOptions = ReadLimits & Pick<ParseOptions, 'format' | 'timeBudgetMs' | 'now' | 'rules'>;

export interface ParsedFile {
  path: string;
  /** Null when the file was skipped (unreadable, binary, too large, unparseable); the warnings say why. */
  outline: Outline | null;
  /** sha256 of the text as read (BOM dropped); null when the file was skipped before it was read. */
  contentHash: string | null;
  warnings: ReportWarning[];
}

export async function parseReportFile(path: string, options: ParseFileOptions = {}): Promise<ParsedFile> {
  const read = await readReportFile(path, options);
  if ('skipped' in read)
    return {
      path,
      outline: null,
      contentHash: null,
      warnings: [{ path, message: `skipped: ${read.skipped}` }],
    };
  const parsed = parseReport(read.text, {
    path,
    now: options.now ?? (() => performance.now()),
    ...(options.format ? { format: options.format } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.timeBudgetMs === undefined ? {} : { timeBudgetMs: options.timeBudgetMs }),
  });
  const warnings = [...read.warnings, ...parsed.warnings].map((w) => ({ path, ...w }));
  const contentHash = createHash('sha256').update(read.text).digest('hex');
  return { path, outline: parsed.outline, contentHash, warnings };
}
