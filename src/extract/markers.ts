/**
 * Explicit TODO markers in a block's plain text (contract §2, `todo` rules 1–2):
 * `TODO: x`, `FIXME - x`, `TODO(ann): x` at the start, or `x TODO` at the end
 * (`x TODO.` too). The separator rules are in options.ts (SEPARATORS).
 */
import type { ExtractionRules } from './options.ts';

export interface MarkedText {
  /** The text with the marker (and its separator) removed. */
  text: string;
  /** What was written in the marker's parentheses, if anything. */
  owner?: string;
}

/** The marked text, or null when the text carries no marker (or nothing besides it). */
export function readMarker(text: string, rules: ExtractionRules): MarkedText | null {
  const leading = rules.leadingMarker.exec(text)?.groups;
  if (leading) {
    const rest = leading['rest']?.trim() ?? '';
    const owner = leading['owner']?.trim();
    return rest === '' ? null : owner ? { text: rest, owner } : { text: rest };
  }
  const before = rules.trailingMarker.exec(text)?.groups?.['rest'] ?? '';
  const rest = before.replace(DANGLING_SEPARATOR, '').trim();
  return rest === '' ? null : { text: rest };
}

/** A separator left before a trailing marker (`DNS - TODO`, `DNS: TODO`) belongs to the marker. Block text has collapsed whitespace. */
const DANGLING_SEPARATOR = /(?:\s?[:：]|\s[-–—]+)\s*$/u;
