/** Each non-empty source line of the block with its offset in `text` and its line number. */
export function linesOf(block) {
    const lines = block.lines ?? [block.text];
    const out = [];
    let offset = 0;
    lines.forEach((text, i) => {
        if (text === '')
            return;
        out.push({ text, offset, line: block.line + i });
        offset += text.length + 1;
    });
    return out;
}
/** The source line on which the character at `offset` of the block's text stands. */
export function lineAt(block, offset) {
    let line = block.line;
    for (const l of linesOf(block))
        if (l.offset <= offset)
            line = l.line;
    return line;
}
/** A paragraph of `text` that starts at `offset` of `block` (its line found), carrying the block's links. */
export function paragraphAt(block, text, offset) {
    const paragraph = { type: 'paragraph', text, line: lineAt(block, offset) };
    if (block.links)
        paragraph.links = block.links;
    if (block.code)
        paragraph.code = block.code;
    return paragraph;
}
//# sourceMappingURL=lines.js.map