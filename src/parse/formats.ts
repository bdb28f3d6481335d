/**
 * The report files report-sync reads, by extension: the one list that
 * discovery walks directories for, that decides a file's format, and that
 * help texts and fixes name. `null`: the format is sniffed from the content.
 */
import type { ReportFormat } from './outline.ts';

export const REPORT_EXTENSIONS = {
  rst: 'rst',
  rest: 'rst',
  md: 'markdown',
  markdown: 'markdown',
  txt: null,
} as const satisfies Record<string, ReportFormat | null>;

type ReportExtension = keyof typeof REPORT_EXTENSIONS;

export const EXTENSIONS = Object.keys(REPORT_EXTENSIONS) as ReportExtension[];

/** The format a file name's extension fixes; undefined when its content decides. */
export function formatOfExtension(extension: string): ReportFormat | undefined {
  const key = extension.toLowerCase();
  return isReportExtension(key) ? (REPORT_EXTENSIONS[key] ?? undefined) : undefined;
}

function isReportExtension(extension: string): extension is ReportExtension {
  return Object.hasOwn(REPORT_EXTENSIONS, extension);
}

/** `.rst .md .markdown .txt`, or in a sentence `.rst, .md, .markdown or .txt`. */
export function extensionList(style: 'list' | 'sentence' = 'list'): string {
  const names = EXTENSIONS.map((e) => `.${e}`);
  return style === 'list' ? names.join(' ') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}

/** True when the path ends in one of the report extensions. */
export function hasReportExtension(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot >= 0 && isReportExtension(path.slice(dot + 1).toLowerCase());
}
