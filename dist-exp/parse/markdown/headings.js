const SPACELESS = /^( {0,3})(#{1,6})([^#\s].*)$/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
export function spaceHeadings(lines, rules) {
    let fence = null;
    return lines.map((line) => {
        const opener = FENCE.exec(line)?.[1];
        if (opener && (fence === null || opener.startsWith(fence))) {
            fence = fence === null ? (opener[0] ?? '`').repeat(3) : null;
            return line;
        }
        if (fence !== null)
            return line;
        const match = SPACELESS.exec(line);
        if (!match)
            return line;
        const [, indent = '', hashes = '', text = ''] = match;
        const heading = text.replace(/\s+#+\s*$/, '');
        return CJK.test(text) || rules.hasHeadingClass(heading) ? `${indent}${hashes} ${text}` : line;
    });
}
//# sourceMappingURL=headings.js.map