/**
 * One list item, paragraph or subsection as a finding: its text (marker,
 * task box and trailing link-only lines removed), description, checklist
 * and owners. Whether it is an item at all is the walk's to decide.
 */
import { joinLines, readTaskBox } from "../parse/builder.js";
import { MAX_NESTING, tooDeepToWalk } from "../parse/limits.js";
import { linesOf } from "./lines.js";
import { atMarkerLines, itemAtMarkerLines } from "./marker-lines.js";
import { readMarker } from "./markers.js";
import { isLinkOnly } from "./not-items.js";
import { checklistEntry } from "./record.js";
import { splitFirstSentence } from "./text.js";
/** A list item's text read for markers, after its trailing link-only lines are moved away. */
export function readListItem(item, rules) {
    const lines = linesOf(item);
    let keep = lines.length;
    while (keep > 1 && isLinkOnly(lines[keep - 1]?.text ?? '', item.links ?? []))
        keep--;
    const text = keep === lines.length ? item.text : joinLines(lines.slice(0, keep).map((l) => l.text));
    const marked = readMarker(text, rules.markers);
    return {
        text: marked?.text ?? text,
        marked,
        task: item.task,
        movedLines: lines.slice(keep).map((l) => l.text),
    };
}
/** A paragraph's text read for markers and a task box (`☐ call the vendor`). */
export function readParagraph(paragraph, rules) {
    const box = readTaskBox(paragraph.text);
    const text = box?.text ?? paragraph.text;
    const marked = readMarker(text, rules.markers);
    return { text: marked?.text ?? text, marked, task: box?.task, movedLines: [] };
}
/** Whether the reading carries what makes a todo anywhere: a marker or a task box. */
export const isMarked = (reading) => reading.marked !== null || reading.task !== undefined;
function finding(reading, kind, place, line, more) {
    const owners = [...place.owners, ...(reading.marked?.owner ? [reading.marked.owner] : [])];
    const result = {
        kind: isMarked(reading) ? 'todo' : kind,
        status: reading.task === 'done' ? 'done' : place.status,
        text: reading.text,
        description: more.description ?? '',
        checklist: more.checklist ?? [],
        section: place.path,
        line,
        owners,
        grouped: place.grouped,
        needsOwner: place.needsOwner && !isMarked(reading),
    };
    if (more.block?.links)
        result.links = more.block.links;
    if (more.block?.code)
        result.code = more.block.code;
    return result;
}
/** A list item as one item, then the marker paragraphs of its body as todo items of their own. */
export function* listItemFindings(listed, kind, place, rules) {
    const item = itemAtMarkerLines(listed, rules);
    const reading = readListItem(item, rules);
    const body = describe(item.blocks, place, rules);
    yield finding(reading, kind, place, item.line, {
        description: [...reading.movedLines, ...body.paragraphs].join('\n\n'),
        checklist: checklistOf(item.children, rules),
        block: item,
    });
    yield* body.todos;
}
/** A paragraph as an item: marked, or (in a plan or task list) its first sentence, the rest its description. */
export function paragraphFinding(paragraph, kind, place, rules) {
    const reading = readParagraph(paragraph, rules);
    if (isMarked(reading))
        return finding(reading, kind, place, paragraph.line, { block: paragraph });
    const { first, rest } = splitFirstSentence(reading.text);
    return finding({ ...reading, text: first }, kind, place, paragraph.line, {
        description: rest,
        block: paragraph,
    });
}
/** A marked paragraph (or task box) anywhere is a todo item; null for any other paragraph. */
export function markedParagraphFinding(paragraph, place, rules) {
    const reading = readParagraph(paragraph, rules);
    return isMarked(reading) ? finding(reading, 'todo', place, paragraph.line, { block: paragraph }) : null;
}
/**
 * A subsection of a plan section as one item: heading = text, paragraphs = description, list items
 * at all depths = checklist; marker paragraphs in its body are todo items of their own.
 */
export function* subsectionFindings(sub, place, rules) {
    const blocks = [...blocksOf(sub)];
    const body = describe(blocks, { ...place, path: [...place.path, sub.title] }, rules);
    yield {
        ...finding({ text: sub.title, marked: null, task: undefined, movedLines: [] }, 'planned', place, sub.line, {
            description: body.paragraphs.join('\n\n'),
            checklist: blocks.flatMap((block) => (block.type === 'list' ? checklistOf(block.items, rules) : [])),
        }),
        needsOwner: false,
    };
    yield* body.todos;
}
/** Every block of a section and its subsections, in document order. */
function* blocksOf(section, depth = 0) {
    if (depth > MAX_NESTING)
        throw tooDeepToWalk(section.line);
    yield* section.blocks;
    for (const sub of section.sections)
        yield* blocksOf(sub, depth + 1);
}
/** An item's body: paragraphs for the description, marker paragraphs as todo items. */
function describe(blocks, place, rules) {
    const paragraphs = [];
    const todos = [];
    for (const block of atMarkerLines(blocks, rules)) {
        if (block.type !== 'paragraph')
            continue;
        const marked = markedParagraphFinding(block, { ...place, needsOwner: false }, rules);
        if (marked)
            todos.push(marked);
        else
            paragraphs.push(block.text);
    }
    return { paragraphs, todos };
}
/** Nested list texts at all depths, in document order, a marker word and status tags removed from each. */
export function checklistOf(items, rules, depth = 0) {
    return items.flatMap((item) => {
        if (depth > MAX_NESTING)
            throw tooDeepToWalk(item.line);
        const text = readMarker(item.text, rules.markers)?.text ?? item.text;
        const entry = checklistEntry(text, item.task === 'done', item.links);
        return [...(entry ? [entry] : []), ...checklistOf(item.children, rules, depth + 1)];
    });
}
//# sourceMappingURL=candidates.js.map