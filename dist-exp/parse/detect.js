/**
 * Which parser reads a report: the extension decides for `.rst`, `.md` and
 * `.markdown`; anything else (`.txt`, no extension) is sniffed — RST
 * adornments first, then Markdown headings or front matter — and falls back
 * to plain text.
 */
import { formatOfExtension } from "./formats.js";
export function formatFromPath(path) {
    const name = path.split(/[\\/]/).at(-1) ?? '';
    const dot = name.lastIndexOf('.');
    return dot > 0 ? formatOfExtension(name.slice(dot + 1)) : undefined;
}
const SNIFF_LINES = 200;
const ADORNMENT = /^([=\-~^"'`#*+_:.])\1{2,}\s*$/;
const RST_CONSTRUCT = /^\.\. (?:[\w-]+::|_[^:]+:|\|[^|]+\|)|^\.\.\s*$|:(?:doc|ref|term|code|math):`|`__?(?=[\s.,;:!?)]|$)/m;
const MARKDOWN_HEADING = /^#{1,6}\s+\S/;
const MARKDOWN_CONSTRUCT = /\]\([^)\s]+\)|^```|^\s*[-*+]\s+\[[ xX]\]\s/m;
/** Guesses the format of `text` from its first lines. */
export function sniffFormat(text) {
    const lines = text.split(/\r\n|\r|\n/, SNIFF_LINES);
    if (lines[0]?.trim() === '---' && lines.slice(1).some((l) => /^(?:---|\.\.\.)\s*$/.test(l)))
        return 'markdown';
    let rst = 0;
    let markdown = 0;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const previous = lines[i - 1]?.trim() ?? '';
        // An adornment under a line of text no longer than itself is an RST title; `---` under a
        // paragraph could be a Setext heading, so it only counts with a second RST sign.
        if (ADORNMENT.test(line) &&
            previous !== '' &&
            line.trim().length >= previous.length &&
            !ADORNMENT.test(previous))
            rst++;
        if (MARKDOWN_HEADING.test(line))
            markdown++;
    }
    const sample = lines.join('\n');
    if (RST_CONSTRUCT.test(sample))
        rst += 2;
    if (MARKDOWN_CONSTRUCT.test(sample))
        markdown += 2;
    if (rst === 0 && markdown === 0)
        return 'text';
    return rst >= markdown ? 'rst' : 'markdown';
}
//# sourceMappingURL=detect.js.map