/** Text helpers every format shares: line splitting, tab expansion, whitespace collapse. */
/** Splits text into lines, accepting LF, CRLF and lone CR endings alike. */
export function splitLines(text) {
    const lines = text.split(/\r\n|\r|\n/);
    // A final newline ends the last line; it does not start an empty one.
    if (lines.length > 1 && lines.at(-1) === '')
        lines.pop();
    return lines;
}
/** Replaces tabs with spaces up to the next multiple of `width`, as docutils does (width 8). */
export function expandTabs(line, width = 8) {
    if (!line.includes('\t'))
        return line;
    let out = '';
    for (const ch of line) {
        if (ch === '\t')
            out += ' '.repeat(width - (out.length % width));
        else
            out += ch;
    }
    return out;
}
/** Whitespace (any Unicode space, newlines, tabs) collapsed to single spaces, trimmed. */
export function collapseWhitespace(text) {
    // Most lines are collapsed already: testing is cheaper than rebuilding the string.
    return COLLAPSIBLE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
/** Leading or trailing white space, a run of it, or any white space but a plain space. */
const COLLAPSIBLE = /^\s|\s$|\s\s|[^\S ]/;
//# sourceMappingURL=source-text.js.map