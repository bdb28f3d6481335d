/**
 * Bullet and enumerated lists. An item's body is every following line
 * indented at least as far as the text after its marker (docutils'
 * get_known_indented), so a bullet indented one space deeper than its
 * parent's text is a definition, not a paragraph continuation.
 */
import { BlockArray, listItemFromBlocks } from "../builder.js";
import { parseBody } from "./body.js";
import { nested } from "./context.js";
import { matchEnumerator, nextMarkers } from "./enumerators.js";
import { indentedBlock, isBlank, trimBlankLines } from "./lines.js";
export const BULLET = /^[-+*\u2022\u2023\u2043]( +|$)/;
export function bulletList(lines, start, sink, ctx) {
    const bullet = lines[start]?.text[0];
    const items = [];
    let i = start;
    for (;;) {
        const text = lines[i]?.text ?? '';
        const marker = BULLET.exec(text);
        if (!marker || text[0] !== bullet)
            break;
        const { item, end } = listItem(lines, i, marker[0].length, ctx);
        items.push(item);
        i = skipBlankLines(lines, end);
    }
    sink.add({ type: 'list', ordered: false, items, line: lines[start]?.line ?? 1 });
    return i;
}
/** Whether `lines[i]` starts an enumerated list rather than a sentence such as `A. Einstein was…`. */
export function startsEnumeratedList(lines, i, e) {
    if (e.ordinal === null)
        return false;
    const next = lines[i + 1]?.text;
    if (next === undefined || next === '' || next.startsWith(' '))
        return true;
    const markers = nextMarkers(e);
    return markers !== null && (next.startsWith(markers[0]) || next.startsWith(markers[1]));
}
export function enumeratedList(lines, start, sink, ctx) {
    const items = [];
    let first = null;
    let last = null;
    let i = start;
    for (;;) {
        const e = matchEnumerator(lines[i]?.text ?? '', first?.sequence === '#' ? undefined : first?.sequence);
        if (!e || (first && last && !continues(first, last, e)) || !startsEnumeratedList(lines, i, e))
            break;
        first ??= e;
        last = e;
        const { item, end } = listItem(lines, i, e.textStart, ctx);
        items.push(item);
        i = skipBlankLines(lines, end);
    }
    sink.add({ type: 'list', ordered: true, items, line: lines[start]?.line ?? 1 });
    return i;
}
/** The next item of a list has the same format and the next ordinal (or `#`), as docutils requires. */
function continues(first, last, e) {
    if (e.format !== first.format)
        return false;
    if (e.sequence === '#')
        return true;
    return e.sequence === first.sequence && e.ordinal === (last.ordinal ?? 0) + 1;
}
function listItem(lines, i, textStart, ctx) {
    const head = lines[i];
    const hasText = (head?.text.length ?? 0) > textStart;
    const block = hasText
        ? indentedBlock(lines, i, { blockIndent: textStart })
        : indentedBlock(lines, i, { firstIndent: textStart });
    const body = new BlockArray();
    parseBody(trimBlankLines(block.lines), body, nested(ctx));
    return { item: listItemFromBlocks(body.blocks, head?.line ?? 1), end: block.end };
}
function skipBlankLines(lines, i) {
    while (i < lines.length && isBlank(lines[i]))
        i++;
    return i;
}
//# sourceMappingURL=lists.js.map