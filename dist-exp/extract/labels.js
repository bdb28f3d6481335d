import { paragraphAt } from "./lines.js";
import { readMarker } from "./markers.js";
import { isPersonGroup } from "./owners.js";
const MAX_LABEL_WORDS = 6;
const TRAILING_COLON = /\s*[:：]\s*$/u;
const PART_SEPARATOR = /[;；，、]/u;
const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;
/** The label's text without its colon, when the paragraph is one. */
export function labelOf(paragraph, rules) {
    // A label is bold, or ends in a colon: most paragraphs are neither, and cost no more.
    if (!paragraph.bold && !/[:：]\s*$/u.test(paragraph.text.slice(-4)))
        return null;
    if (readMarker(paragraph.text, rules.markers))
        return null;
    const text = paragraph.text.replace(TRAILING_COLON, '');
    if (text === '')
        return null;
    if (paragraph.bold)
        return text;
    const oneLine = (paragraph.lines ?? [paragraph.text]).filter((l) => l !== '').length === 1;
    const colon = TRAILING_COLON.test(paragraph.text);
    return oneLine && colon && wordCount(text) <= MAX_LABEL_WORDS && !/[,，]/u.test(text) ? text : null;
}
/** `Label: rest` with a plan or task-list label on the first line: the label and one paragraph per part. */
function labelWithRest(paragraph, rules) {
    const firstLine = (paragraph.lines ?? [paragraph.text]).find((l) => l !== '') ?? '';
    const colon = /[:：]/u.exec(firstLine);
    if (!colon)
        return null;
    const label = firstLine.slice(0, colon.index).trim();
    if (label === '' || wordCount(label) > MAX_LABEL_WORDS)
        return null;
    const headingClass = rules.headings.classOf(label);
    if (headingClass !== 'plan' && headingClass !== 'taskList')
        return null;
    const blocks = [];
    let offset = colon.index + 1;
    for (const part of paragraph.text.slice(offset).split(PART_SEPARATOR)) {
        const text = part.trim();
        if (text !== '')
            blocks.push(paragraphAt(paragraph, text, offset + part.indexOf(text)));
        offset += part.length + 1;
    }
    return blocks.length ? { label, line: paragraph.line, headingClass, group: false, blocks } : null;
}
/** Cuts a section's blocks at its labels. A label without a class ends the label before it. */
export function segmentsOf(blocks, rules) {
    const segments = [];
    let open = null;
    const plain = () => {
        const last = segments.at(-1);
        if (last && last.label === null)
            return last;
        const segment = { label: null, blocks: [] };
        segments.push(segment);
        return segment;
    };
    for (const block of blocks) {
        // A marker (`TODO(dana): x`, `ToDo: x`) is a todo, never a label, whatever its word's class.
        if (block.type === 'paragraph' && !readMarker(block.text, rules.markers)) {
            const label = labelOf(block, rules);
            if (label !== null) {
                const headingClass = rules.headings.classOf(label);
                const group = headingClass === null && isPersonGroup(label);
                open = headingClass || group ? { label, line: block.line, headingClass, group, blocks: [] } : null;
                if (open)
                    segments.push(open);
                continue;
            }
            const withRest = labelWithRest(block, rules);
            if (withRest) {
                segments.push(withRest);
                open = null;
                continue;
            }
        }
        (open ?? plain()).blocks.push(block);
    }
    return segments;
}
//# sourceMappingURL=labels.js.map