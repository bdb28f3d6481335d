/**
 * Grid and simple tables. Cells hold body elements (a cell may hold a list),
 * so each cell's text is cut out by column and parsed like any other body;
 * the table keeps each row's cell texts, with the header rows (above `===`)
 * told apart. Spanning cells are approximated.
 */
import { BlockArray } from "../builder.js";
import { MAX_TABLE_ROWS, tableRowsWarning } from "../limits.js";
import { parseBody } from "./body.js";
import { nested } from "./context.js";
import { indentOf, isBlank } from "./lines.js";
export const GRID_TABLE_TOP = /^\+-[-+]+-\+$/;
export const SIMPLE_TABLE_TOP = /^=+( +=+)+$/;
const GRID_BORDER = /^\+[-=+]+\+$/;
const GRID_HEAD_BORDER = /^\+=[=+]+=\+$/;
/** Parses the table at `lines[i]`; null when it is not a well-formed table (then it is read as text). */
export function table(lines, i, sink, ctx) {
    return GRID_TABLE_TOP.test(lines[i]?.text ?? '')
        ? gridTable(lines, i, sink, ctx)
        : simpleTable(lines, i, sink, ctx);
}
function gridTable(lines, i, sink, ctx) {
    let end = i;
    while (end < lines.length && /^[+|]/.test(lines[end]?.text ?? ''))
        end++;
    const block = lines.slice(i, end);
    if (block.length < 3 || !GRID_BORDER.test(block.at(-1)?.text ?? ''))
        return null;
    const columnEdges = [...(block[0]?.text ?? '')].flatMap((ch, p) => (ch === '+' ? [p] : []));
    const rows = [];
    let row = [];
    for (const line of block.slice(1)) {
        if (!GRID_BORDER.test(line.text)) {
            row.push(line);
            continue;
        }
        // A cell ends where every line of its row has a `|`; a missing bar means a spanning cell.
        const edges = columnEdges.filter((p) => row.every((l) => l.text[p] === '|'));
        const cells = edges.slice(0, -1).map((left, c) => [left, edges[c + 1] ?? left]);
        if (row.length > 0)
            rows.push({ lines: row, cells, head: false });
        if (GRID_HEAD_BORDER.test(line.text))
            for (const r of rows)
                r.head = true;
        row = [];
    }
    sink.add(tableBlock(rows, lines[i]?.line ?? 1, ctx));
    return end;
}
function simpleTable(lines, i, sink, ctx) {
    const border = lines[i]?.text ?? '';
    let bottom = -1;
    for (let k = i + 1; k < lines.length && bottom === -1; k++) {
        ctx.budget.check(lines[k]?.line);
        if (SIMPLE_TABLE_TOP.test(lines[k]?.text ?? '') && (k + 1 === lines.length || isBlank(lines[k + 1])))
            bottom = k;
    }
    if (bottom === -1)
        return null;
    const starts = [...border.matchAll(/=+/g)].map((m) => m.index);
    const cells = starts.map((from, c) => [
        from - 1,
        starts[c + 1] ?? Number.POSITIVE_INFINITY,
    ]);
    const rows = [];
    for (const line of lines.slice(i + 1, bottom)) {
        if (SIMPLE_TABLE_TOP.test(line.text)) {
            for (const r of rows)
                r.head = true;
            continue;
        }
        if (isBlank(line) || /^-+( +-+)*$/.test(line.text))
            continue;
        // A line with an empty first column continues the row above.
        const continues = line.text.slice(0, starts[1] ?? line.text.length).trim() === '' && rows.length > 0;
        if (continues)
            rows.at(-1)?.lines.push(line);
        else
            rows.push({ lines: [line], cells, head: false });
    }
    sink.add(tableBlock(rows, lines[i]?.line ?? 1, ctx));
    return bottom + 1;
}
function tableBlock(rows, line, ctx) {
    const table = { type: 'table', header: null, rows: [], line, cellBlocks: [] };
    let warned = false;
    for (const row of rows) {
        const texts = row.cells.map(([left, right]) => {
            const blocks = cell(row.lines, left, right, ctx);
            table.cellBlocks.push(...blocks);
            return blocks.flatMap(textsOf).join(' ');
        });
        const rowLine = row.lines[0]?.line ?? line;
        // The last header row names the columns.
        if (row.head)
            table.header = texts;
        else if (table.rows.length < MAX_TABLE_ROWS)
            table.rows.push({ cells: texts, line: rowLine });
        else if (!warned) {
            warned = true;
            ctx.warnings.push(tableRowsWarning(line, rowLine));
        }
    }
    return table;
}
function textsOf(block) {
    if (block.type === 'paragraph')
        return [block.text];
    if (block.type === 'list')
        return block.items.map((item) => item.text);
    return [];
}
/** The text between columns `left` and `right` (exclusive) of each row line, parsed as a body. */
function cell(row, left, right, ctx) {
    const content = row.map((l) => ({ text: l.text.slice(left + 1, right).trimEnd(), line: l.line }));
    const indent = Math.min(...content.filter((l) => l.text.trim() !== '').map((l) => indentOf(l.text)));
    if (!Number.isFinite(indent))
        return [];
    const body = new BlockArray();
    parseBody(content.map((l) => ({ ...l, text: l.text.slice(indent) })), body, nested(ctx));
    return body.blocks;
}
//# sourceMappingURL=tables.js.map