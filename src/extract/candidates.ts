/**
 * One list item, paragraph or subsection as a finding: its text (marker,
 * task box and trailing link-only lines removed), description, checklist
 * and owners. Whether it is an item at all is the walk's to decide.
 */
import { joinLines, readTaskBox } from '../parse/builder.ts';
import { MAX_NESTING, tooDeepToWalk } from '../parse/limits.ts';
import type { Block, ListItem, Paragraph, Section } from '../parse/outline.ts';
import type { ChecklistEntry, ItemKind, ItemStatus } from './item.ts';
import { linesOf } from './lines.ts';
import { atMarkerLines, itemAtMarkerLines } from './marker-lines.ts';
import { readMarker, type MarkedText } from './markers.ts';
import { isLinkOnly } from './not-items.ts';
import type { ExtractionRules } from './options.ts';
import { checklistEntry, type Finding } from './record.ts';
import { splitFirstSentence } from './text.ts';

/** Where a finding stands: its section path, and the owners and status its place gives. */
export interface Place {
  path: string[];
  owners: readonly string[];
  grouped: boolean;
  /** `done` in a done section. */
  status: ItemStatus;
  needsOwner: boolean;
}

/** What a block's text says of itself: a marker (and its owner), a task box. */
export interface Reading {
  text: string;
  marked: MarkedText | null;
  task: 'open' | 'done' | undefined;
  /** Trailing lines that are only links, moved to the description. */
  movedLines: string[];
}

/** A list item's text read for markers, after its trailing link-only lines are moved away. */
export function readListItem(item: ListItem, rules: ExtractionRules): Reading {
  const lines = linesOf(item);
  let keep = lines.length;
  while (keep > 1 && isLinkOnly(lines[keep - 1]?.text ?? '', item.links ?? [])) keep--;
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
export function readParagraph(paragraph: Paragraph, rules: ExtractionRules): Reading {
  const box = readTaskBox(paragraph.text);
  const text = box?.text ?? paragraph.text;
  const marked = readMarker(text, rules.markers);
  return { text: marked?.text ?? text, marked, task: box?.task, movedLines: [] };
}

/** Whether the reading carries what makes a todo anywhere: a marker or a task box. */
export const isMarked = (reading: Reading) => reading.marked !== null || reading.task !== undefined;

function finding(
  reading: Reading,
  kind: ItemKind,
  place: Place,
  line: number,
  more: { description?: string; checklist?: ChecklistEntry[]; block?: Paragraph | ListItem },
): Finding {
  const owners = [...place.owners, ...(reading.marked?.owner ? [reading.marked.owner] : [])];
  const result: Finding = {
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
  if (more.block?.links) result.links = more.block.links;
  if (more.block?.code) result.code = more.block.code;
  return result;
}

/** A list item as one item, then the marker paragraphs of its body as todo items of their own. */
export function* listItemFindings(
  listed: ListItem,
  kind: ItemKind,
  place: Place,
  rules: ExtractionRules,
): Generator<Finding> {
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
export function paragraphFinding(
  paragraph: Paragraph,
  kind: ItemKind,
  place: Place,
  rules: ExtractionRules,
): Finding {
  const reading = readParagraph(paragraph, rules);
  if (isMarked(reading)) return finding(reading, kind, place, paragraph.line, { block: paragraph });
  const { first, rest } = splitFirstSentence(reading.text);
  return finding({ ...reading, text: first }, kind, place, paragraph.line, {
    description: rest,
    block: paragraph,
  });
}

/** A marked paragraph (or task box) anywhere is a todo item; null for any other paragraph. */
export function markedParagraphFinding(
  paragraph: Paragraph,
  place: Place,
  rules: ExtractionRules,
): Finding | null {
  const reading = readParagraph(paragraph, rules);
  return isMarked(reading) ? finding(reading, 'todo', place, paragraph.line, { block: paragraph }) : null;
}

/**
 * A subsection of a plan section as one item: heading = text, paragraphs = description, list items
 * at all depths = checklist; marker paragraphs in its body are todo items of their own.
 */
export function* subsectionFindings(sub: Section, place: Place, rules: ExtractionRules): Generator<Finding> {
  const blocks = [...blocksOf(sub)];
  const body = describe(blocks, { ...place, path: [...place.path, sub.title] }, rules);
  yield {
    ...finding(
      { text: sub.title, marked: null, task: undefined, movedLines: [] },
      'planned',
      place,
      sub.line,
      {
        description: body.paragraphs.join('\n\n'),
        checklist: blocks.flatMap((block) => (block.type === 'list' ? checklistOf(block.items, rules) : [])),
      },
    ),
    needsOwner: false,
  };
  yield* body.todos;
}

/** Every block of a section and its subsections, in document order. */
function* blocksOf(section: Section, depth = 0): Generator<Block> {
  if (depth > MAX_NESTING) throw tooDeepToWalk(section.line);
  yield* section.blocks;
  for (const sub of section.sections) yield* blocksOf(sub, depth + 1);
}

/** An item's body: paragraphs for the description, marker paragraphs as todo items. */
function describe(
  blocks: readonly Block[],
  place: Place,
  rules: ExtractionRules,
): { paragraphs: string[]; todos: Finding[] } {
  const paragraphs: string[] = [];
  const todos: Finding[] = [];
  for (const block of atMarkerLines(blocks, rules)) {
    if (block.type !== 'paragraph') continue;
    const marked = markedParagraphFinding(block, { ...place, needsOwner: false }, rules);
    if (marked) todos.push(marked);
    else paragraphs.push(block.text);
  }
  return { paragraphs, todos };
}

/** Nested list texts at all depths, in document order, a marker word and status tags removed from each. */
export function checklistOf(items: readonly ListItem[], rules: ExtractionRules, depth = 0): ChecklistEntry[] {
  return items.flatMap((item) => {
    if (depth > MAX_NESTING) throw tooDeepToWalk(item.line);
    const text = readMarker(item.text, rules.markers)?.text ?? item.text;
    const entry = checklistEntry(text, item.task === 'done', item.links);
    return [...(entry ? [entry] : []), ...checklistOf(item.children, rules, depth + 1)];
  });
}
