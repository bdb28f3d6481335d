/**
 * Explicit markers in a block's plain text (docs/extraction.md, "Markers"):
 * `TODO: x`, `FIXME - x`, `TODO(ann): x`, `TODO Marina Kühn: x`, `AI: x` at
 * the start, or `x TODO` at the end. The patterns are compiled from the
 * configured words (src/languages/markers.ts).
 */
import type { MarkerPatterns } from '../languages/markers.ts';

export interface MarkedText {
  /** The text with the marker (and its separator) removed. */
  text: string;
  /** The owner written between the marker word and the separator, as written. */
  owner?: string;
}

/** The marked text, or null when the text carries no marker (or nothing besides it). */
export function readMarker(text: string, markers: MarkerPatterns): MarkedText | null {
  const leading = markers.leading.exec(text)?.groups;
  if (leading) {
    const rest = leading['rest']?.trim() ?? '';
    const owner = (leading['owner'] ?? leading['named'])?.trim();
    return rest === '' ? null : owner ? { text: rest, owner } : { text: rest };
  }
  // The marker word ends the text: its last characters tell whether the full pattern need run.
  if (!markers.trailingEnd.test(text.slice(-TAIL))) return null;
  const before = markers.trailing.exec(text)?.groups?.['rest'] ?? '';
  const rest = before.replace(DANGLING_SEPARATOR, '').trim();
  return rest === '' ? null : { text: rest };
}

/** More than any marker word and its closing punctuation. */
const TAIL = 40;

/** A separator left before a trailing marker (`DNS - TODO`, `DNS: TODO`) belongs to the marker. Block text has collapsed whitespace. */
const DANGLING_SEPARATOR = /(?:\s?[:：]|\s[-–—]+)\s*$/u;
