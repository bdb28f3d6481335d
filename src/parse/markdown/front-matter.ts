/**
 * YAML front matter: a `---` first line up to the next `---` or `...` line.
 * Parsed with `yaml`; a malformed block is a warning, not a failure, and its
 * lines still never reach the Markdown parser.
 */
import { parseDocument } from 'yaml';
import type { ParseWarning } from '../outline.ts';

export interface FrontMatter {
  fields: Record<string, unknown>;
  /** Lines the front matter occupies (0 when there is none), delimiters included. */
  lineCount: number;
  warnings: ParseWarning[];
}

export function readFrontMatter(lines: readonly string[]): FrontMatter {
  const none: FrontMatter = { fields: {}, lineCount: 0, warnings: [] };
  if (lines[0]?.trimEnd() !== '---') return none;
  const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
  if (close === -1) return none;
  const doc = parseDocument(lines.slice(1, close).join('\n'), { prettyErrors: false });
  const lineCount = close + 1;
  const invalid = (line: number, reason: string): FrontMatter => ({
    fields: {},
    lineCount,
    warnings: [
      { line, message: `front matter is not valid YAML (${firstLine(reason)}); its fields are ignored` },
    ],
  });
  const error = doc.errors[0];
  if (error) return invalid((error.linePos?.[0].line ?? 0) + 1, error.message);
  let value: unknown;
  try {
    // Well-formed YAML can still fail to resolve (an alias to a missing anchor).
    value = doc.toJS();
  } catch (failure) {
    return invalid(2, failure instanceof Error ? failure.message : String(failure));
  }
  if (value === null || value === undefined) return { fields: {}, lineCount, warnings: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      fields: {},
      lineCount,
      warnings: [{ line: 2, message: 'front matter is not a mapping of fields (`title: …`); ignored' }],
    };
  }
  return { fields: value as Record<string, unknown>, lineCount, warnings: [] };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
