/**
 * Grid and simple tables. Cells hold body elements (a cell may hold a list),
 * so each cell's text is cut out by column and parsed like any other body;
 * the table's own shape is not kept. Spanning cells are approximated.
 */
import type { BlockSink } from '../builder.ts';
import { parseBody } from './body.ts';
import { nested, type RstContext } from './context.ts';
import { indentOf, isBlank, type SourceLine } from './lines.ts';

export const GRID_TABLE_TOP = /^\+-[-+]+-\+$/;
export const SIMPLE_TABLE_TOP = /^=+( +=+)+$/;
const GRID_BORDER = /^\+[-=+]+\+$/;

/** Parses the table at `lines[i]`; null when it is not a well-formed table (then it is read as text). */
export function table(
  lines: readonly SourceLine[],
  i: number,
  sink: BlockSink,
  ctx: RstContext,
): number | null {
  return GRID_TABLE_TOP.test(lines[i]?.text ?? '')
    ? gridTable(lines, i, sink, ctx)
    : simpleTable(lines, i, sink, ctx);
}

function gridTable(lines: readonly SourceLine[], i: number, sink: BlockSink, ctx: RstContext): number | null {
  let end = i;
  while (end < lines.length && /^[+|]/.test(lines[end]?.text ?? '')) end++;
  const block = lines.slice(i, end);
  if (block.length < 3 || !GRID_BORDER.test(block.at(-1)?.text ?? '')) return null;
  const columnEdges = [...(block[0]?.text ?? '')].flatMap((ch, p) => (ch === '+' ? [p] : []));
  let row: SourceLine[] = [];
  for (const line of block.slice(1)) {
    if (!GRID_BORDER.test(line.text)) {
      row.push(line);
      continue;
    }
    // A cell ends where every line of its row has a `|`; a missing bar means a spanning cell.
    const edges = columnEdges.filter((p) => row.every((l) => l.text[p] === '|'));
    for (let c = 0; c + 1 < edges.length; c++) cell(row, edges[c] ?? 0, edges[c + 1] ?? 0, sink, ctx);
    row = [];
  }
  return end;
}

function simpleTable(
  lines: readonly SourceLine[],
  i: number,
  sink: BlockSink,
  ctx: RstContext,
): number | null {
  const border = lines[i]?.text ?? '';
  let bottom = -1;
  for (let k = i + 1; k < lines.length && bottom === -1; k++) {
    ctx.budget.check(lines[k]?.line);
    if (SIMPLE_TABLE_TOP.test(lines[k]?.text ?? '') && (k + 1 === lines.length || isBlank(lines[k + 1])))
      bottom = k;
  }
  if (bottom === -1) return null;
  const starts = [...border.matchAll(/=+/g)].map((m) => m.index);
  const rows: SourceLine[][] = [];
  for (const line of lines.slice(i + 1, bottom)) {
    if (isBlank(line) || SIMPLE_TABLE_TOP.test(line.text) || /^-+( +-+)*$/.test(line.text)) continue;
    // A line with an empty first column continues the row above.
    const continues = line.text.slice(0, starts[1] ?? line.text.length).trim() === '' && rows.length > 0;
    if (continues) rows.at(-1)?.push(line);
    else rows.push([line]);
  }
  for (const row of rows) {
    for (let c = 0; c < starts.length; c++) {
      const from = starts[c] ?? 0;
      cell(row, from - 1, starts[c + 1] ?? Number.POSITIVE_INFINITY, sink, ctx);
    }
  }
  return bottom + 1;
}

/** The text between columns `left` and `right` (exclusive) of each row line, parsed as a body. */
function cell(row: SourceLine[], left: number, right: number, sink: BlockSink, ctx: RstContext): void {
  const content = row.map((l) => ({ text: l.text.slice(left + 1, right).trimEnd(), line: l.line }));
  const indent = Math.min(...content.filter((l) => l.text.trim() !== '').map((l) => indentOf(l.text)));
  if (!Number.isFinite(indent)) return;
  parseBody(
    content.map((l) => ({ ...l, text: l.text.slice(indent) })),
    sink,
    nested(ctx),
  );
}
