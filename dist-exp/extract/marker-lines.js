/**
 * Each line that opens with a marker is an item of its own (docs/extraction.md,
 * "Markers"): `TODO: a` and `TODO: b` on two lines of one paragraph, or a
 * `TODO:` line continuing a list item, are two items, not one item
 * "a TODO: b". A block is cut before every such line after its first; what
 * precedes the first cut stays the block it was.
 */
import { joinLines } from "../parse/builder.js";
import { readMarker } from "./markers.js";
/** The paragraphs cut at their marker lines; other blocks as they are. */
export function atMarkerLines(blocks, rules) {
    if (!blocks.some((b) => b.type === 'paragraph' && (b.lines?.length ?? 0) > 1))
        return [...blocks];
    return blocks.flatMap((block) => {
        if (block.type !== 'paragraph')
            return [block];
        const parts = cut(block, rules);
        if (parts.length === 1)
            return [block];
        const [first, ...rest] = parts;
        const head = { ...block, ...first };
        if (!first?.lines)
            delete head.lines;
        return [head, ...rest.map((part) => paragraph(part, block))];
    });
}
/** A list item whose text goes on with marker lines: those lines become marker paragraphs of its body. */
export function itemAtMarkerLines(item, rules) {
    if ((item.lines?.length ?? 0) < 2)
        return item;
    const parts = cut(item, rules);
    if (parts.length === 1)
        return item;
    const [first, ...rest] = parts;
    const head = { ...item, ...first };
    if (!first?.lines)
        delete head.lines;
    return { ...head, blocks: [...rest.map((part) => paragraph(part, item)), ...item.blocks] };
}
/** The block's lines in runs, a new run at each line (after the first) that opens with a marker. */
function cut(block, rules) {
    const lines = block.lines ?? [block.text];
    const runs = [];
    lines.forEach((text, i) => {
        const opens = i > 0 && text !== '' && readMarker(text, rules.markers) !== null;
        const run = runs.at(-1);
        if (!run || opens)
            runs.push({ line: block.line + i, lines: [text] });
        else
            run.lines.push(text);
    });
    return runs.map((run) => {
        const kept = run.lines.filter((l) => l !== '');
        return { text: joinLines(kept), line: run.line, ...(kept.length > 1 ? { lines: run.lines } : {}) };
    });
}
function paragraph(part, from) {
    const made = { type: 'paragraph', ...part };
    if (from.links)
        made.links = from.links;
    if (from.code)
        made.code = from.code;
    return made;
}
//# sourceMappingURL=marker-lines.js.map