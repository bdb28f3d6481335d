/**
 * The outline walk (docs/extraction.md, "Headings" and "Where items come
 * from"): every section read under the class of its heading, labels cut out
 * as sections of their own, plan subsections as items, person groups as
 * owners. Yields findings in document order.
 */
import { fromIso } from '../languages/dates/index.ts';
import type { HeadingClass } from '../languages/index.ts';
import { MAX_NESTING, tooDeepToWalk } from '../parse/limits.ts';
import type { Block, Outline, Section } from '../parse/outline.ts';
import { blockFindings, shapeOf, withGroup, type BlockContext, type Scope } from './blocks.ts';
import { subsectionFindings } from './candidates.ts';
import type { ItemKind } from './item.ts';
import { segmentsOf } from './labels.ts';
import { atMarkerLines } from './marker-lines.ts';
import type { ExtractionRules } from './options.ts';
import { isPersonGroup } from './owners.ts';
import type { Finding } from './record.ts';

export function* walkOutline(outline: Outline, rules: ExtractionRules): Generator<Finding> {
  const date = outline.metadata.date;
  const context: BlockContext = { rules, reference: date ? fromIso(date) : null };
  const root = scopeFor(null, '', [], null, rules);
  yield* sectionBody(outline.root.blocks, [], root, context);
  for (const [index, section] of outline.root.sections.entries()) {
    // The document title is left out of every section path.
    const path = outline.titleIsSection && index === 0 ? [] : [section.title];
    yield* visitSection(section, path, root, context);
  }
}

function* visitSection(
  section: Section,
  path: string[],
  parent: Scope,
  context: BlockContext,
): Generator<Finding> {
  if (path.length > MAX_NESTING) throw tooDeepToWalk(section.line);
  const headingClass = context.rules.headings.classOf(section.title);
  if (headingClass === 'attendance') return;
  const scope = scopeFor(headingClass, section.title, path, parent, context.rules);
  yield* sectionBody(section.blocks, section.sections, scope, context);
}

/** The scope of a section or label of `headingClass`; an excluded one is read as having no class. */
function scopeFor(
  headingClass: HeadingClass | null,
  title: string,
  path: string[],
  parent: Scope | null,
  rules: ExtractionRules,
): Scope {
  const read = headingClass === 'excluded' || headingClass === 'attendance' ? null : headingClass;
  const parentKind: ItemKind | null =
    parent?.headingClass === 'taskList' ? 'todo' : parent?.headingClass === 'plan' ? 'planned' : null;
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

function* sectionBody(
  blocks: readonly Block[],
  sections: readonly Section[],
  scope: Scope,
  context: BlockContext,
): Generator<Finding> {
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
      if (segment.headingClass === 'attendance') continue;
      yield* blockFindings(
        segment.blocks,
        scopeFor(segment.headingClass, segment.label, path, scope, rules),
        own,
        context,
      );
    } else if (segment.group && (scope.headingClass === 'plan' || scope.headingClass === 'taskList')) {
      yield* blockFindings(segment.blocks, withGroup(scope, segment.label, path), own, context);
    } else {
      yield* blockFindings(segment.blocks, scope, shape, context);
    }
  }
  for (const sub of sections) yield* subsection(sub, scope, context);
}

/** In a plan or task list: a classed subsection follows its class, a person group owns its items, any other plan subsection is one item. */
function* subsection(sub: Section, scope: Scope, context: BlockContext): Generator<Finding> {
  const path = [...scope.place.path, sub.title];
  const inTaskSection = scope.headingClass === 'plan' || scope.headingClass === 'taskList';
  if (!inTaskSection || context.rules.headings.classOf(sub.title) !== null) {
    yield* visitSection(sub, path, scope, context);
  } else if (isPersonGroup(sub.title)) {
    yield* sectionBody(sub.blocks, sub.sections, withGroup(scope, sub.title, path), context);
  } else if (scope.headingClass === 'plan') {
    yield* subsectionFindings(sub, scope.place, context.rules);
  } else {
    yield* visitSection(sub, path, scopeFor(null, sub.title, path, scope, context.rules), context);
  }
}
