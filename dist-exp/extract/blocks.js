import { MAX_NESTING, tooDeepToWalk } from "../parse/limits.js";
import { isMarked, listItemFindings, markedParagraphFinding, paragraphFinding, readListItem, } from "./candidates.js";
import { linesOf } from "./lines.js";
import { itemAtMarkerLines } from "./marker-lines.js";
import { isPersonGroup } from "./owners.js";
import { tableFindings } from "./tables.js";
export function shapeOf(blocks, subsections) {
    return {
        listed: blocks.some((b) => b.type === 'list' || b.type === 'table'),
        subsections: subsections > 0,
    };
}
/** A group's scope: its name owns what is in it. */
export function withGroup(scope, name, path = scope.place.path) {
    return { ...scope, place: { ...scope.place, path, owners: [...scope.place.owners, name], grouped: true } };
}
export function* blockFindings(blocks, scope, shape, context) {
    const { rules } = context;
    const inTaskSection = scope.headingClass !== null;
    const paragraphItems = scope.headingClass === 'plan'
        ? !shape.listed && !shape.subsections
        : scope.headingClass === 'taskList' && !shape.listed;
    const numbered = paragraphItems && scope.headingClass === 'taskList' && hasNumberedLine(blocks);
    for (const block of blocks) {
        if (block.type === 'list') {
            for (const item of block.items)
                yield* listFindings(item, scope, rules);
        }
        else if (block.type === 'table') {
            yield* tableFindings(block, scope.place, inTaskSection, {
                reference: context.reference,
                markers: rules.markers,
            });
        }
        else if (block.type === 'paragraph') {
            const marked = markedParagraphFinding(block, scope.place, rules);
            if (marked)
                yield marked;
            else if (numbered)
                yield* numberedFindings(block, scope);
            else if (paragraphItems)
                yield paragraphFinding(block, itemKind(scope), scope.place, rules);
        }
    }
}
function itemKind(scope) {
    if (scope.headingClass === 'done')
        return scope.doneKind;
    return scope.headingClass === 'taskList' ? 'todo' : 'planned';
}
/** A top-level list item under the scope's class; outside one, only when marked (else its body is scanned). */
function* listFindings(item, scope, rules) {
    const { headingClass, place } = scope;
    if (headingClass === null) {
        yield* scanItem(item, place, rules);
        return;
    }
    // `- Peter` with nested items and nothing else: the nested items are Peter's.
    if (headingClass !== 'done' &&
        !item.task &&
        item.children.length > 0 &&
        item.blocks.length === 0 &&
        isPersonGroup(item.text)) {
        const group = withGroup(scope, item.text);
        for (const child of item.children)
            yield* listItemFindings(child, itemKind(group), group.place, rules);
        return;
    }
    yield* listItemFindings(item, itemKind(scope), place, rules);
}
/** Outside a task section a list item is an item when marked; otherwise its body and children are scanned. */
function* scanItem(listed, place, rules, depth = 0) {
    if (depth > MAX_NESTING)
        throw tooDeepToWalk(listed.line);
    const item = itemAtMarkerLines(listed, rules);
    if (isMarked(readListItem(item, rules))) {
        yield* listItemFindings(item, 'todo', place, rules);
        return;
    }
    for (const block of item.blocks) {
        const marked = block.type === 'paragraph' ? markedParagraphFinding(block, place, rules) : null;
        if (marked)
            yield marked;
    }
    for (const child of item.children)
        yield* scanItem(child, place, rules, depth + 1);
}
/** `1.`, `1)`, `(1)`, `1、`, `①`, `:one:`, `1️⃣` at the start of a paragraph line. */
const NUMBERED = /^(?:\d{1,3}(?:[.)、]|\ufe0f?\u20e3)|\(\d{1,3}\)|[\u2460-\u2473\u24f5-\u24fe\u2776-\u277f]|:(?:one|two|three|four|five|six|seven|eight|nine|keycap_ten|ten):|🔟)\s*/u;
function hasNumberedLine(blocks) {
    return blocks.some((b) => b.type === 'paragraph' && linesOf(b).some((l) => NUMBERED.test(l.text)));
}
/** Each numbered line of a paragraph is an item, the lines after it (up to the next number) its description. */
function* numberedFindings(paragraph, scope) {
    let open = null;
    for (const { text, line } of linesOf(paragraph)) {
        const number = NUMBERED.exec(text);
        if (number) {
            if (open)
                yield open;
            open = {
                kind: itemKind(scope),
                status: scope.place.status,
                text: text.slice(number[0].length),
                description: '',
                checklist: [],
                section: scope.place.path,
                line,
                owners: [...scope.place.owners],
                grouped: scope.place.grouped,
                needsOwner: scope.place.needsOwner,
                ...(paragraph.links ? { links: paragraph.links } : {}),
            };
        }
        else if (open)
            open.description = open.description ? `${open.description} ${text}` : text;
    }
    if (open)
        yield open;
}
//# sourceMappingURL=blocks.js.map