/**
 * The first line of every digest report-sync writes, and the check that finds
 * it again: a digest saved among the reports is never read for items (it
 * would make cards of the cards it lists). Written as something the format
 * hides: an HTML comment in Markdown, a comment in RST, the first field of the
 * JSON object. Only the first line counts, so a digest pasted into a report
 * (without that line) is read like the rest of the report.
 */
import type { DigestFormat } from './types.ts';

const MARK = 'report-sync digest';
const SAYS = 'written by report-sync, never read for items';

/** The field a JSON digest starts with. */
export const JSON_MARK = { generator: MARK } as const;

export function digestMarkLine(format: Exclude<DigestFormat, 'json'>): string {
  return format === 'markdown' ? `<!-- ${MARK}: ${SAYS} -->` : `.. ${MARK}: ${SAYS}`;
}

const FIRST_LINE = [
  /^<!--\s*report-sync digest\b/,
  /^\.\.\s+report-sync digest\b/,
  /^\{\s*"generator"\s*:\s*"report-sync digest"/,
];

/** True when the text is a digest report-sync wrote: its first line is the mark. */
export function isDigest(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return FIRST_LINE.some((pattern) => pattern.test(first));
}
