import { parseBody } from "./body.js";
import { nested } from "./context.js";
import { indentedBlock, isBlank, trimBlankLines } from "./lines.js";
export const EXPLICIT_MARKUP = /^\.\.( +|$)/;
const NAME = String.raw `(?:(?!_)\w)+(?:[-._+:](?:(?!_)\w)+)*`;
const FOOTNOTE = new RegExp(String.raw `^\.\. +\[(?:[0-9]+|#|#${NAME}|\*|${NAME})\]( +|$)`, 'u');
const TARGET = /^\.\. +_(?! |$)/;
const SUBSTITUTION = /^\.\. +\|(?! |$)/;
const DIRECTIVE = new RegExp(String.raw `^\.\. +(${NAME}) ?::( +|$)`, 'u');
/** Directives whose content is report text; `arguments` says whether the first paragraph is a title/argument. */
const DIRECTIVES = Object.fromEntries([
    ...['attention', 'caution', 'danger', 'error', 'hint', 'important', 'note', 'tip', 'warning'].map((n) => [
        n,
        { kind: 'body', arguments: false },
    ]),
    ...['compound', 'epigraph', 'highlights', 'pull-quote'].map((n) => [n, { kind: 'body', arguments: false }]),
    ...['admonition', 'topic', 'sidebar', 'container', 'figure'].map((n) => [
        n,
        { kind: 'body', arguments: true },
    ]),
    ...['code', 'code-block', 'sourcecode', 'math'].map((n) => [n, { kind: 'literal', arguments: true }]),
    ['parsed-literal', { kind: 'literal', arguments: false }],
]);
export function explicitMarkup(lines, i, sink, ctx) {
    const text = lines[i]?.text ?? '';
    const footnote = FOOTNOTE.exec(text);
    if (footnote) {
        const block = indentedBlock(lines, i, { firstIndent: footnote[0].length });
        parseBody(trimBlankLines(block.lines), sink, nested(ctx));
        return block.end;
    }
    // A target ends at the first blank line; a substitution definition takes its whole indented block.
    if (TARGET.test(text))
        return indentedBlock(lines, i, { firstIndent: 3, untilBlank: true }).end;
    if (SUBSTITUTION.test(text))
        return indentedBlock(lines, i, { firstIndent: 3 }).end;
    const directive = DIRECTIVE.exec(text);
    if (directive) {
        const block = indentedBlock(lines, i, { firstIndent: directive[0].length });
        const spec = DIRECTIVES[(directive[1] ?? '').toLowerCase()];
        if (spec)
            addDirectiveContent(directiveContent(block.lines, spec.arguments), spec.kind, sink, ctx);
        return block.end;
    }
    // An empty comment (`..` and a blank line) ends the construct before it and swallows nothing.
    if (text.trim() === '..' && (isBlank(lines[i + 1]) || lines[i + 1] === undefined))
        return i + 1;
    return indentedBlock(lines, i, { firstIndent: 2 }).end;
}
/**
 * docutils' parse_directive_block, reduced to what the outline needs: the
 * first paragraph holds arguments and options; without arguments it is content.
 */
function directiveContent(block, hasArguments) {
    const lines = trimBlankLines(block);
    const firstBlank = lines.findIndex((l) => l.text.trim() === '');
    const head = firstBlank === -1 ? lines : lines.slice(0, firstBlank);
    const rest = firstBlank === -1 ? [] : lines.slice(firstBlank);
    const options = head.findIndex((l) => l.text.startsWith(':'));
    const beforeOptions = options === -1 ? head : head.slice(0, options);
    return trimBlankLines(hasArguments ? rest : [...beforeOptions, ...rest]);
}
function addDirectiveContent(content, kind, sink, ctx) {
    const first = content[0];
    if (!first)
        return;
    if (kind === 'literal')
        sink.add({ type: 'literal', text: content.map((l) => l.text).join('\n'), line: first.line });
    else
        parseBody(content, sink, nested(ctx));
}
//# sourceMappingURL=explicit.js.map