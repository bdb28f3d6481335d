import { rstInlineParts } from "./inline.js";
import { indentedBlock, isBlank, trimBlankLines } from "./lines.js";
import { ADORNMENT } from "./sections.js";
/** Emits the paragraph `lines[from..to)` (and a literal block after `::`); returns the index after both. */
export function paragraph(lines, from, to, sink) {
    const first = lines[from];
    if (!first)
        return to;
    const raw = lines
        .slice(from, to)
        .map((l) => l.text)
        .join('\n')
        .trimEnd();
    const literalNext = /(?<!\\)(?:\\\\)*::$/.test(raw);
    let text = raw;
    if (literalNext)
        text = raw === '::' ? '' : /[ \n]::$/.test(raw) ? raw.slice(0, -3).trimEnd() : raw.slice(0, -1);
    if (text)
        sink.add(paragraphBlock(text, first.line));
    return literalNext ? literalBlock(lines, to, sink) : to;
}
/** A paragraph with its lines, links and code spans; a paragraph that is all `**strong**` is bold. */
function paragraphBlock(raw, line) {
    const parts = rstInlineParts(raw);
    const paragraph = { type: 'paragraph', text: parts.text, line };
    if (parts.lines.length > 1)
        paragraph.lines = parts.lines;
    if (parts.links.length)
        paragraph.links = parts.links;
    if (parts.code.length)
        paragraph.code = parts.code;
    if (/^\*\*[^*\s](?:[^*]*[^*\s])?\*\*$/.test(raw.trim()))
        paragraph.bold = true;
    return paragraph;
}
function literalBlock(lines, i, sink) {
    const block = indentedBlock(lines, i);
    const content = trimBlankLines(block.lines);
    const first = content[0];
    if (first) {
        addLiteral(sink, content);
        return block.end;
    }
    return quotedLiteralBlock(lines, block.end, sink);
}
/** Unindented lines that all start with the same punctuation character. */
function quotedLiteralBlock(lines, i, sink) {
    while (i < lines.length && isBlank(lines[i]))
        i++;
    const quote = lines[i]?.text[0];
    if (quote === undefined || !ADORNMENT.test(quote))
        return i;
    let end = i;
    while (end < lines.length && lines[end]?.text[0] === quote)
        end++;
    addLiteral(sink, lines.slice(i, end));
    return end;
}
/** A literal block of these lines as written: markers inside are never items. */
export function addLiteral(sink, lines) {
    const first = lines[0];
    if (first)
        sink.add({ type: 'literal', text: lines.map((l) => l.text).join('\n'), line: first.line });
}
//# sourceMappingURL=paragraph.js.map