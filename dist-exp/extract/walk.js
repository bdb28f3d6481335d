/**
 * The outline walk (docs/extraction.md, "Headings" and "Where items come
 * from"): every section read under the class of its heading, labels cut out
 * as sections of their own, plan subsections as items, person groups as
 * owners. Yields findings in document order.
 */
import { fromIso } from "../languages/dates/index.js";
import { MAX_NESTING, tooDeepToWalk } from "../parse/limits.js";
import { blockFindings, shapeOf, withGroup } from "./blocks.js";
import { subsectionFindings } from "./candidates.js";
import { segmentsOf } from "./labels.js";
import { atMarkerLines } from "./marker-lines.js";
import { isPersonGroup } from "./owners.js";
export function* walkOutline(outline, rules) {
    const date = outline.metadata.date;
    const context = { rules, reference: date ? fromIso(date) : null };
    const root = scopeFor(null, '', [], null, rules);
    yield* sectionBody(outline.root.blocks, [], root, context);
    for (const [index, section] of outline.root.sections.entries()) {
        // The document title is left out of every section path.
        const path = outline.titleIsSection && index === 0 ? [] : [section.title];
        yield* visitSection(section, path, root, context);
    }
}
function* visitSection(section, path, parent, context) {
    if (path.length > MAX_NESTING)
        throw tooDeepToWalk(section.line);
    const headingClass = context.rules.headings.classOf(section.title);
    if (headingClass === 'attendance')
        return;
    const scope = scopeFor(headingClass, section.title, path, parent, context.rules);
    yield* sectionBody(section.blocks, section.sections, scope, context);
}
/** The scope of a section or label of `headingClass`; an excluded one is read as having no class. */
function scopeFor(headingClass, title, path, parent, rules) {
    const read = headingClass === 'excluded' || headingClass === 'attendance' ? null : headingClass;
    const parentKind = parent?.headingClass === 'taskList' ? 'todo' : parent?.headingClass === 'plan' ? 'planned' : null;
    return {
        headingClass: read,
        place: {
            path,
            owners: [],
            grouped: false,
            status: read === 'done' ? 'done' : 'open',
            needsOwner: read === 'taskList' && rules.headings.isMixed(title),
        },
        doneKind: read === 'done' ? (parentKind ?? 'planned') : (parent?.doneKind ?? 'planned'),
    };
}
function* sectionBody(blocks, sections, scope, context) {
    const { rules } = context;
    const shape = shapeOf(blocks, sections.length);
    for (const segment of segmentsOf(atMarkerLines(blocks, rules), rules)) {
        if (segment.label === null) {
            yield* blockFindings(segment.blocks, scope, shape, context);
            continue;
        }
        const path = [...scope.place.path, segment.label];
        const own = shapeOf(segment.blocks, 0);
        if (segment.headingClass) {
            if (segment.headingClass === 'attendance')
                continue;
            yield* blockFindings(segment.blocks, scopeFor(segment.headingClass, segment.label, path, scope, rules), own, context);
        }
        else if (segment.group && (scope.headingClass === 'plan' || scope.headingClass === 'taskList')) {
            yield* blockFindings(segment.blocks, withGroup(scope, segment.label, path), own, context);
        }
        else {
            yield* blockFindings(segment.blocks, scope, shape, context);
        }
    }
    for (const sub of sections)
        yield* subsection(sub, scope, context);
}
/** In a plan or task list: a classed subsection follows its class, a person group owns its items, any other plan subsection is one item. */
function* subsection(sub, scope, context) {
    const path = [...scope.place.path, sub.title];
    const inTaskSection = scope.headingClass === 'plan' || scope.headingClass === 'taskList';
    if (!inTaskSection || context.rules.headings.classOf(sub.title) !== null) {
        yield* visitSection(sub, path, scope, context);
    }
    else if (isPersonGroup(sub.title)) {
        yield* sectionBody(sub.blocks, sub.sections, withGroup(scope, sub.title, path), context);
    }
    else if (scope.headingClass === 'plan') {
        yield* subsectionFindings(sub, scope.place, context.rules);
    }
    else {
        yield* visitSection(sub, path, scopeFor(null, sub.title, path, scope, context.rules), context);
    }
}
//# sourceMappingURL=walk.js.map