/**
 * The blocks of one section (or label) read under its class
 * (docs/extraction.md, "Where items come from"): outside plan, task-list and
 * done sections only markers, task boxes and task tables make items; in them
 * every top-level list item does, and paragraphs when there is no list.
 */
import type { CalendarDate } from '../languages/dates/index.ts';
import { MAX_NESTING, tooDeepToWalk } from '../parse/limits.ts';
import type { Block, ListItem, Paragraph } from '../parse/outline.ts';
import {
  isMarked,
  listItemFindings,
  markedParagraphFinding,
  paragraphFinding,
  readListItem,
  type Place,
} from './candidates.ts';
import type { ItemKind } from './item.ts';
import { linesOf } from './lines.ts';
import { itemAtMarkerLines } from './marker-lines.ts';
import type { ExtractionRules } from './options.ts';
import { isPersonGroup } from './owners.ts';
import type { Finding } from './record.ts';
import { tableFindings } from './tables.ts';

export type ScopeClass = 'plan' | 'taskList' | 'done' | null;

/** How the blocks at hand are read. */
export interface Scope {
  headingClass: ScopeClass;
  place: Place;
  /** The kind of a done item here: its section's (planned for a stand-alone done section). */
  doneKind: ItemKind;
}

export interface BlockContext {
  rules: ExtractionRules;
  reference: CalendarDate | null;
}

/** What the whole section holds, which decides whether its paragraphs are items. */
export interface SectionShape {
  /** A list or a table anywhere in the section's own blocks. */
  listed: boolean;
  subsections: boolean;
}

export function shapeOf(blocks: readonly Block[], subsections: number): SectionShape {
  return {
    listed: blocks.some((b) => b.type === 'list' || b.type === 'table'),
    subsections: subsections > 0,
  };
}

/** A group's scope: its name owns what is in it. */
export function withGroup(scope: Scope, name: string, path = scope.place.path): Scope {
  return { ...scope, place: { ...scope.place, path, owners: [...scope.place.owners, name], grouped: true } };
}

export function* blockFindings(
  blocks: readonly Block[],
  scope: Scope,
  shape: SectionShape,
  context: BlockContext,
): Generator<Finding> {
  const { rules } = context;
  const inTaskSection = scope.headingClass !== null;
  const paragraphItems =
    scope.headingClass === 'plan'
      ? !shape.listed && !shape.subsections
      : scope.headingClass === 'taskList' && !shape.listed;
  const numbered = paragraphItems && scope.headingClass === 'taskList' && hasNumberedLine(blocks);
  for (const block of blocks) {
    if (block.type === 'list') {
      for (const item of block.items) yield* listFindings(item, scope, rules);
    } else if (block.type === 'table') {
      yield* tableFindings(block, scope.place, inTaskSection, {
        reference: context.reference,
        markers: rules.markers,
      });
    } else if (block.type === 'paragraph') {
      const marked = markedParagraphFinding(block, scope.place, rules);
      if (marked) yield marked;
      else if (numbered) yield* numberedFindings(block, scope);
      else if (paragraphItems) yield paragraphFinding(block, itemKind(scope), scope.place, rules);
    }
  }
}

function itemKind(scope: Scope): ItemKind {
  if (scope.headingClass === 'done') return scope.doneKind;
  return scope.headingClass === 'taskList' ? 'todo' : 'planned';
}

/** A top-level list item under the scope's class; outside one, only when marked (else its body is scanned). */
function* listFindings(item: ListItem, scope: Scope, rules: ExtractionRules): Generator<Finding> {
  const { headingClass, place } = scope;
  if (headingClass === null) {
    yield* scanItem(item, place, rules);
    return;
  }
  // `- Peter` with nested items and nothing else: the nested items are Peter's.
  if (
    headingClass !== 'done' &&
    !item.task &&
    item.children.length > 0 &&
    item.blocks.length === 0 &&
    isPersonGroup(item.text)
  ) {
    const group = withGroup(scope, item.text);
    for (const child of item.children) yield* listItemFindings(child, itemKind(group), group.place, rules);
    return;
  }
  yield* listItemFindings(item, itemKind(scope), place, rules);
}

/** Outside a task section a list item is an item when marked; otherwise its body and children are scanned. */
function* scanItem(listed: ListItem, place: Place, rules: ExtractionRules, depth = 0): Generator<Finding> {
  if (depth > MAX_NESTING) throw tooDeepToWalk(listed.line);
  const item = itemAtMarkerLines(listed, rules);
  if (isMarked(readListItem(item, rules))) {
    yield* listItemFindings(item, 'todo', place, rules);
    return;
  }
  for (const block of item.blocks) {
    const marked = block.type === 'paragraph' ? markedParagraphFinding(block, place, rules) : null;
    if (marked) yield marked;
  }
  for (const child of item.children) yield* scanItem(child, place, rules, depth + 1);
}

/** `1.`, `1)`, `(1)`, `1、`, `①`, `:one:`, `1️⃣` at the start of a paragraph line. */
const NUMBERED =
  /^(?:\d{1,3}(?:[.)、]|\ufe0f?\u20e3)|\(\d{1,3}\)|[\u2460-\u2473\u24f5-\u24fe\u2776-\u277f]|:(?:one|two|three|four|five|six|seven|eight|nine|keycap_ten|ten):|🔟)\s*/u;

function hasNumberedLine(blocks: readonly Block[]): boolean {
  return blocks.some((b) => b.type === 'paragraph' && linesOf(b).some((l) => NUMBERED.test(l.text)));
}

/** Each numbered line of a paragraph is an item, the lines after it (up to the next number) its description. */
function* numberedFindings(paragraph: Paragraph, scope: Scope): Generator<Finding> {
  let open: Finding | null = null;
  for (const { text, line } of linesOf(paragraph)) {
    const number = NUMBERED.exec(text);
    if (number) {
      if (open) yield open;
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
    } else if (open) open.description = open.description ? `${open.description} ${text}` : text;
  }
  if (open) yield open;
}
