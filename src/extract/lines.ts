/** Where in a block's source a piece of its text stands: the blocks keep their lines (see TextDetail). */
import type { Paragraph, TextDetail } from '../parse/outline.ts';

interface LinedBlock extends TextDetail {
  text: string;
  line: number;
}

/** Each non-empty source line of the block with its offset in `text` and its line number. */
export function linesOf(block: LinedBlock): { text: string; offset: number; line: number }[] {
  const lines = block.lines ?? [block.text];
  const out: { text: string; offset: number; line: number }[] = [];
  let offset = 0;
  lines.forEach((text, i) => {
    if (text === '') return;
    out.push({ text, offset, line: block.line + i });
    offset += text.length + 1;
  });
  return out;
}

/** The source line on which the character at `offset` of the block's text stands. */
export function lineAt(block: LinedBlock, offset: number): number {
  let line = block.line;
  for (const l of linesOf(block)) if (l.offset <= offset) line = l.line;
  return line;
}

/** A paragraph of `text` that starts at `offset` of `block` (its line found), carrying the block's links. */
export function paragraphAt(block: LinedBlock, text: string, offset: number): Paragraph {
  const paragraph: Paragraph = { type: 'paragraph', text, line: lineAt(block, offset) };
  if (block.links) paragraph.links = block.links;
  if (block.code) paragraph.code = block.code;
  return paragraph;
}
