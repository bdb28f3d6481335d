/**
 * Source lines and the indented-block extraction that all of docutils' body
 * parsing rests on (`StringList.get_indented`), kept faithful so that list and
 * block-quote boundaries agree with the reference implementation.
 */
import { expandTabs, splitLines } from "../source-text.js";
/** Tabs expanded to 8 columns and trailing whitespace removed, as docutils reads them. */
export function toSourceLines(text) {
    return splitLines(text).map((raw, i) => ({ text: expandTabs(raw).trimEnd(), line: i + 1 }));
}
export function isBlank(line) {
    return line !== undefined && line.text.trim() === '';
}
export function isIndented(line) {
    return line !== undefined && line.text.startsWith(' ') && line.text.trim() !== '';
}
export function indentOf(text) {
    return text.length - text.trimStart().length;
}
/** docutils' get_indented: the lines from `start` that are indented (or blank), with the common indent removed. */
export function indentedBlock(lines, start, options = {}) {
    const { blockIndent, untilBlank = false, stripIndent = true } = options;
    const firstIndent = options.firstIndent ?? blockIndent;
    let indent = blockIndent;
    let end = firstIndent === undefined ? start : start + 1;
    for (; end < lines.length; end++) {
        const text = lines[end]?.text ?? '';
        if (text !== '' &&
            (text[0] !== ' ' || (blockIndent !== undefined && text.slice(0, blockIndent).trim() !== '')))
            break;
        if (text.trim() === '') {
            if (untilBlank)
                break;
        }
        else if (blockIndent === undefined) {
            indent = Math.min(indent ?? Number.POSITIVE_INFINITY, indentOf(text));
        }
    }
    const block = lines.slice(start, end).map((l) => ({ ...l }));
    const head = block[0];
    if (firstIndent !== undefined && head)
        head.text = head.text.slice(firstIndent);
    if (indent && stripIndent) {
        for (let i = firstIndent === undefined ? 0 : 1; i < block.length; i++) {
            const l = block[i];
            if (l)
                l.text = l.text.slice(indent);
        }
    }
    return { lines: block, end };
}
/** Leading and trailing blank lines removed. */
export function trimBlankLines(lines) {
    let from = 0;
    let to = lines.length;
    while (from < to && isBlank(lines[from]))
        from++;
    while (to > from && isBlank(lines[to - 1]))
        to--;
    return lines.slice(from, to);
}
//# sourceMappingURL=lines.js.map