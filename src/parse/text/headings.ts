/**
 * Plain text has no markup, so headings are guessed (docs/extraction.md, "Reports"): a line
 * underlined with `=`, `-` or `~`; or a short line standing alone between
 * blank lines, not ending like a sentence or a lead-in, and followed by a
 * paragraph or a list. A line opening with a marker (`TODO: …`) never is one.
 */
import type { ParseRules } from '../rules.ts';
import { LIST_MARKER } from './lists.ts';

/** A run of non-blank lines, with the index of its first line. */
export interface Chunk {
  start: number;
  lines: string[];
}

export interface Heading {
  text: string;
  /** `=`, `-` or `~` for an underline; `bare` for a standalone short line. */
  style: string;
  /** Lines of the chunk the heading takes. */
  length: number;
}

const UNDERLINE = /^(=|-|~)\1{2,}$/;
const MAX_HEADING_LENGTH = 80;

export function splitChunks(lines: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  lines.forEach((line, i) => {
    if (line.trim() === '') current = null;
    else if (current) current.lines.push(line);
    else chunks.push((current = { start: i, lines: [line] }));
  });
  return chunks;
}

/** The heading each chunk opens with, if any. Decided last to first: a bare heading needs a non-heading after it. */
export function findHeadings(chunks: readonly Chunk[], rules: ParseRules): (Heading | null)[] {
  const headings: (Heading | null)[] = chunks.map(() => null);
  for (let k = chunks.length - 1; k >= 0; k--) {
    const [first = '', second = ''] = chunks[k]?.lines ?? [];
    if (first.trim() && !LIST_MARKER.test(first) && UNDERLINE.test(second.trim()) && !first.startsWith(' ')) {
      headings[k] = { text: first.trim(), style: second.trim()[0] ?? '=', length: 2 };
    } else if (
      chunks[k]?.lines.length === 1 &&
      isBareHeading(first, rules) &&
      k + 1 < chunks.length &&
      !headings[k + 1]
    ) {
      headings[k] = { text: first.trim(), style: 'bare', length: 1 };
    }
  }
  return headings;
}

function isBareHeading(line: string, rules: ParseRules): boolean {
  const text = line.trim();
  return (
    text.length > 0 &&
    text.length <= MAX_HEADING_LENGTH &&
    !/[.,;:]$/.test(text) &&
    !LIST_MARKER.test(line) &&
    !rules.startsWithMarker(text)
  );
}
