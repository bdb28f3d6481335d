/**
 * Tables (docs/extraction.md, "Tables"): in a plan or task-list section, or
 * anywhere when a column's header names the task, each body row is a todo
 * item, its text the task cell; owner, due and status columns fill in the rest.
 */
import { allWords } from "../languages/index.js";
import { datePhraseAt, fromIso, toIso } from "../languages/dates/index.js";
import { LANGUAGES } from "../languages/index.js";
import { splitNames } from "./owners.js";
import { readMarker } from "./markers.js";
import { readStatus } from "./status.js";
const column = (pick) => new RegExp(`^(?:${allWords(pick)
    .map((w) => `(?:${w})`)
    .join('|')})$`, 'iu');
const TASK = column((l) => l.columns.task);
const OWNER = column((l) => l.columns.owner);
const DUE = column((l) => l.columns.due);
const STATUS = column((l) => l.columns.status);
const ID = column((l) => l.columns.id);
/** A cell that only numbers the row (`88.1`, `#3`): the task is in the next column. */
const IDENTIFIER = /^[#№]?\s*\d+(?:[.-]\d+)*\.?$/u;
const DONE_CELL = new RegExp(`^(?:${[...allWords((l) => l.status.done), ...allWords((l) => l.headings.done)].map((w) => `(?:${w})`).join('|')}|✅|✔️?|☑️?)[\\s.!]*$`, 'iu');
const headerText = (cell) => cell
    .normalize('NFKC')
    .trim()
    .replace(/\s*[:：]$/u, '');
const find = (header, pattern) => header.findIndex((h) => pattern.test(headerText(h)));
/** The task column: a header that names it, else (in a plan or task list) the first that is no id. */
function taskColumn(table, inTaskSection) {
    const header = table.header ?? [];
    const named = find(header, TASK);
    if (named !== -1 || !inTaskSection)
        return named;
    const width = Math.max(header.length, ...table.rows.map((r) => r.cells.length));
    for (let c = 0; c < width; c++)
        if (!ID.test(headerText(header[c] ?? '')))
            return c;
    return -1;
}
function dueOf(cell, reference) {
    const text = cell?.trim() ?? '';
    if (text === '')
        return null;
    const iso = fromIso(text);
    if (iso)
        return toIso(iso);
    for (const { code } of LANGUAGES) {
        const phrase = datePhraseAt(text, code, reference);
        if (phrase)
            return toIso(phrase.date);
    }
    return null;
}
/** A table without a task column still holds todos in cells that start with a marker (`TODO: x`). */
function markedCells(table, place, markers) {
    return table.rows.flatMap((row) => row.cells.flatMap((cell) => {
        const marked = readMarker(cell, markers);
        if (!marked)
            return [];
        const owners = [...place.owners, ...(marked.owner ? [marked.owner] : [])];
        return [
            {
                kind: 'todo',
                status: place.status,
                text: marked.text,
                description: '',
                checklist: [],
                section: place.path,
                line: row.line,
                owners,
            },
        ];
    }));
}
/** The rows of a table as todo findings; without a task column here, only its marked cells. */
export function tableFindings(table, place, inTaskSection, context) {
    const { reference } = context;
    const task = taskColumn(table, inTaskSection);
    if (task === -1)
        return markedCells(table, place, context.markers);
    const header = table.header ?? [];
    const [owner, due, status] = [find(header, OWNER), find(header, DUE), find(header, STATUS)];
    return table.rows.flatMap((row) => {
        let text = row.cells[task]?.trim() ?? '';
        if (IDENTIFIER.test(text))
            text = row.cells[task + 1]?.trim() ?? '';
        const marked = readMarker(text, context.markers);
        if (marked)
            text = marked.text;
        if (text === '')
            return [];
        const statusCell = status === -1 ? '' : (row.cells[status] ?? '');
        const done = DONE_CELL.test(readStatus(statusCell).text) || readStatus(statusCell).status === 'done';
        return [
            {
                kind: 'todo',
                status: done ? 'done' : place.status,
                text,
                description: '',
                checklist: [],
                section: place.path,
                line: row.line,
                owners: [
                    ...place.owners,
                    ...(marked?.owner ? [marked.owner] : []),
                    ...(owner === -1 ? [] : splitNames(row.cells[owner] ?? '')),
                ],
                due: due === -1 ? null : dueOf(row.cells[due], reference),
                grouped: place.grouped,
                needsOwner: place.needsOwner,
            },
        ];
    });
}
//# sourceMappingURL=tables.js.map