import { LIST_MARKER } from "./lists.js";
const UNDERLINE = /^(=|-|~)\1{2,}$/;
const MAX_HEADING_LENGTH = 80;
export function splitChunks(lines) {
    const chunks = [];
    let current = null;
    lines.forEach((line, i) => {
        if (line.trim() === '')
            current = null;
        else if (current)
            current.lines.push(line);
        else
            chunks.push((current = { start: i, lines: [line] }));
    });
    return chunks;
}
/** The heading each chunk opens with, if any. Decided last to first: a bare heading needs a non-heading after it. */
export function findHeadings(chunks, rules) {
    const headings = chunks.map(() => null);
    for (let k = chunks.length - 1; k >= 0; k--) {
        const [first = '', second = ''] = chunks[k]?.lines ?? [];
        if (first.trim() && !LIST_MARKER.test(first) && UNDERLINE.test(second.trim()) && !first.startsWith(' ')) {
            headings[k] = { text: first.trim(), style: second.trim()[0] ?? '=', length: 2 };
        }
        else if (chunks[k]?.lines.length === 1 &&
            isBareHeading(first, rules) &&
            k + 1 < chunks.length &&
            !headings[k + 1]) {
            headings[k] = { text: first.trim(), style: 'bare', length: 1 };
        }
    }
    return headings;
}
function isBareHeading(line, rules) {
    const text = line.trim();
    return (text.length > 0 &&
        text.length <= MAX_HEADING_LENGTH &&
        !/[.,;:]$/.test(text) &&
        !LIST_MARKER.test(line) &&
        !rules.startsWithMarker(text));
}
//# sourceMappingURL=headings.js.map