import { MAX_NESTING, nested } from "./context.js";
import { matchEnumerator } from "./enumerators.js";
import { EXPLICIT_MARKUP, explicitMarkup } from "./explicit.js";
import { indentedBlock, isBlank, isIndented, trimBlankLines } from "./lines.js";
import { BULLET, bulletList, enumeratedList, startsEnumeratedList } from "./lists.js";
import { addLiteral, paragraph } from "./paragraph.js";
import { ADORNMENT, overlinedTitle, underlinedTitle } from "./sections.js";
import { GRID_TABLE_TOP, SIMPLE_TABLE_TOP, table } from "./tables.js";
import { stripRstInline } from "./inline.js";
const FIELD_MARKER = /^:(?![: ])(?:[^:\\]|\\.|:(?!(?:[ `]|$)))*(?<! ):( +|$)/;
const DOCTEST = /^>>>( +|$)/;
const LINE_BLOCK = /^\|( +|$)/;
const ANONYMOUS_TARGET = /^__( +|$)/;
export function parseBody(lines, sink, ctx) {
    const first = lines[0];
    if (ctx.depth > MAX_NESTING && first) {
        ctx.warnings.push({
            code: 'nesting-too-deep',
            line: first.line,
            message: `nested more than ${MAX_NESTING} levels deep; the rest is kept as literal text`,
            fix: 'indent the lists less deeply',
        });
        sink.add({ type: 'literal', text: lines.map((l) => l.text).join('\n'), line: first.line });
        return;
    }
    let i = 0;
    while (i < lines.length) {
        ctx.budget.check(lines[i]?.line);
        i = element(lines, i, sink, ctx);
    }
}
/** Parses the body element starting at `lines[i]` and returns the index after it. */
function element(lines, i, sink, ctx) {
    const text = lines[i]?.text ?? '';
    if (text.trim() === '')
        return i + 1;
    if (text.startsWith(' '))
        return blockQuote(lines, i, sink, ctx);
    if (BULLET.test(text))
        return bulletList(lines, i, sink, ctx);
    const enumerator = matchEnumerator(text);
    if (enumerator && startsEnumeratedList(lines, i, enumerator))
        return enumeratedList(lines, i, sink, ctx);
    const field = FIELD_MARKER.exec(text);
    if (field)
        return fieldListItem(lines, i, field[0], sink, ctx);
    if (DOCTEST.test(text))
        return literalUntilBlank(lines, i, sink);
    if (LINE_BLOCK.test(text))
        return lineBlock(lines, i, sink);
    if (GRID_TABLE_TOP.test(text) || SIMPLE_TABLE_TOP.test(text)) {
        const end = table(lines, i, sink, ctx);
        if (end !== null)
            return end;
    }
    if (EXPLICIT_MARKUP.test(text))
        return explicitMarkup(lines, i, sink, ctx);
    if (ANONYMOUS_TARGET.test(text))
        return indentedBlock(lines, i, { firstIndent: 3, untilBlank: true }).end;
    if (ADORNMENT.test(text)) {
        const end = overlinedTitle(lines, i, ctx);
        if (end !== null)
            return end;
    }
    return textElement(lines, i, sink, ctx);
}
/** An indented block: its content belongs to the enclosing section or item. */
function blockQuote(lines, i, sink, ctx) {
    const block = indentedBlock(lines, i);
    parseBody(trimBlankLines(block.lines), sink, nested(ctx));
    return block.end;
}
/** A line of text: a section title, a definition list term, or a paragraph. */
function textElement(lines, i, sink, ctx) {
    const next = lines[i + 1];
    if (next === undefined || isBlank(next))
        return paragraph(lines, i, i + 1, sink);
    if (isIndented(next))
        return definition(lines, i, sink, ctx);
    if (ADORNMENT.test(next.text)) {
        const end = underlinedTitle(lines, i, ctx);
        if (end !== null)
            return end;
    }
    // A paragraph runs to the next blank line; an indented line ends it early (docutils: "unexpected indentation").
    let end = i + 1;
    while (end < lines.length && !isBlank(lines[end]) && !lines[end]?.text.startsWith(' '))
        end++;
    return paragraph(lines, i, end, sink);
}
/** A definition list item: the term is a paragraph, the definition's blocks follow it. */
function definition(lines, i, sink, ctx) {
    const term = lines[i];
    if (term)
        sink.add({ type: 'paragraph', text: stripRstInline(term.text.split(/ +: +/)[0] ?? ''), line: term.line });
    const block = indentedBlock(lines, i + 1);
    parseBody(trimBlankLines(block.lines), sink, nested(ctx));
    return block.end;
}
/** `:Name: body`; at document level its text is also kept as a metadata field (docinfo). */
function fieldListItem(lines, i, marker, sink, ctx) {
    const block = indentedBlock(lines, i, { firstIndent: marker.length });
    const body = trimBlankLines(block.lines);
    if (ctx.sections && ctx.sections.depth <= 1) {
        const name = stripRstInline(marker.trim().slice(1, -1)).toLowerCase();
        ctx.fields[name] ??= stripRstInline(body.map((l) => l.text).join('\n'));
    }
    parseBody(body, sink, nested(ctx));
    return block.end;
}
function literalUntilBlank(lines, i, sink) {
    let end = i;
    while (end < lines.length && !isBlank(lines[end]))
        end++;
    addLiteral(sink, lines.slice(i, end));
    return end;
}
/** `| line` blocks: each line is a paragraph of its own (continuation lines are indented). */
function lineBlock(lines, i, sink) {
    let k = i;
    while (k < lines.length && LINE_BLOCK.test(lines[k]?.text ?? '')) {
        const head = lines[k];
        const block = indentedBlock(lines, k, {
            firstIndent: LINE_BLOCK.exec(head?.text ?? '')?.[0].length ?? 1,
            untilBlank: true,
        });
        const text = stripRstInline(block.lines.map((l) => l.text).join('\n'));
        if (text && head)
            sink.add({ type: 'paragraph', text, line: head.line });
        k = block.end;
    }
    return k;
}
//# sourceMappingURL=body.js.map