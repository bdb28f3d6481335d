/**
 * The outline walk of contract §2: markers anywhere outside headings and
 * literal blocks; task-list sections give their top-level list items; plan
 * sections give items by their shape (top-level list items, subsections, or
 * paragraphs). Yields findings in document order.
 */
import type { Block, ListItem, Outline, Paragraph, Section } from '../parse/outline.ts';
import type { ItemKind } from './item.ts';
import { readMarker, type MarkedText } from './markers.ts';
import type { ExtractionRules } from './options.ts';
import type { Finding } from './record.ts';
import { splitFirstSentence } from './text.ts';

export function* walkOutline(outline: Outline, rules: ExtractionRules): Generator<Finding> {
  yield* scanBlocks(outline.root.blocks, [], rules);
  for (const [index, section] of outline.root.sections.entries()) {
    // The document title is left out of every section path.
    const path = outline.titleIsSection && index === 0 ? [] : [section.title];
    yield* visitSection(section, path, rules);
  }
}

function sectionKind(section: Section, rules: ExtractionRules): ItemKind | null {
  if (rules.isTaskListHeading(section.title)) return 'todo';
  if (rules.isPlanHeading(section.title)) return 'planned';
  return null;
}

function* visitSection(section: Section, path: string[], rules: ExtractionRules): Generator<Finding> {
  const kind = sectionKind(section, rules);
  if (kind === 'planned') {
    yield* planSection(section, path, rules);
    return;
  }
  if (kind === 'todo') {
    yield* taskListSection(section, path, rules);
    return;
  }
  yield* scanBlocks(section.blocks, path, rules);
  for (const sub of section.sections) yield* visitSection(sub, [...path, sub.title], rules);
}

/** Outside plan and task-list sections only markers make items. */
function* scanBlocks(blocks: readonly Block[], path: string[], rules: ExtractionRules): Generator<Finding> {
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      const marked = readMarker(block.text, rules);
      if (marked) yield paragraphFinding(block, marked, path);
    } else if (block.type === 'list') {
      for (const item of block.items) yield* scanListItem(item, path, rules);
    }
  }
}

function* scanListItem(item: ListItem, path: string[], rules: ExtractionRules): Generator<Finding> {
  if (item.task === 'done') return;
  const marked = listItemMarker(item, rules);
  if (marked) {
    yield* listItemFindings(item, 'todo', path, marked, rules);
    return;
  }
  yield* scanBlocks(item.blocks, path, rules);
  for (const child of item.children) yield* scanListItem(child, path, rules);
}

/**
 * A task-list section (contract §2 `todo` rule 4): its top-level list items are todo items, nested
 * items their checklist. Nothing else in it is an item by position: its paragraphs and
 * subsections are walked as in any section, so only markers (and plan or task-list headings of
 * their own) make items there. It is not a plan section: no paragraph-as-item, no subsection-as-item.
 */
function* taskListSection(section: Section, path: string[], rules: ExtractionRules): Generator<Finding> {
  for (const block of section.blocks) {
    if (block.type === 'list') {
      for (const item of block.items) {
        if (item.task === 'done') continue;
        yield* listItemFindings(item, 'todo', path, listItemMarker(item, rules), rules);
      }
    } else if (block.type === 'paragraph') {
      const marked = readMarker(block.text, rules);
      if (marked) yield paragraphFinding(block, marked, path);
    }
  }
  for (const sub of section.sections) yield* visitSection(sub, [...path, sub.title], rules);
}

function* planSection(section: Section, path: string[], rules: ExtractionRules): Generator<Finding> {
  const paragraphsAreItems = section.sections.length === 0 && !section.blocks.some((b) => b.type === 'list');
  for (const block of section.blocks) {
    if (block.type === 'list') {
      for (const item of block.items) {
        if (item.task === 'done') continue;
        yield* listItemFindings(item, 'planned', path, listItemMarker(item, rules), rules);
      }
    } else if (block.type === 'paragraph') {
      const marked = readMarker(block.text, rules);
      if (marked) yield paragraphFinding(block, marked, path);
      else if (paragraphsAreItems) yield sentenceFinding(block, 'planned', path);
    }
  }
  for (const sub of section.sections) {
    if (sectionKind(sub, rules)) yield* visitSection(sub, [...path, sub.title], rules);
    else yield* subsectionFindings(sub, path, rules);
  }
}

/** A Markdown `- [ ]` is a marker of its own; a marker word in its text is removed too. */
function listItemMarker(item: ListItem, rules: ExtractionRules): MarkedText | null {
  const marked = readMarker(item.text, rules);
  if (item.task === 'open') return marked ?? { text: item.text };
  return marked;
}

/**
 * A list item as one item, then the marker paragraphs of its body as todo items of their own.
 *
 * Inside an item (a list item, or a plan section's subsection) a marker does not make a second
 * item out of a nested list entry: the contract makes nested entries the item's checklist, "not
 * items of their own", and one task should be one card. The entry keeps its place in the
 * checklist with the marker word removed (`- TODO: order disks` -> `order disks`). A paragraph
 * of the body has no such place (it would vanish into the description), so a marker paragraph
 * there is a todo item of its own, as marker paragraphs are anywhere else.
 */
function* listItemFindings(
  item: ListItem,
  kind: ItemKind,
  path: string[],
  marked: MarkedText | null,
  rules: ExtractionRules,
): Generator<Finding> {
  const body = describe(
    item.blocks.map((block) => ({ block, path })),
    rules,
  );
  yield {
    kind: marked ? 'todo' : kind,
    text: marked?.text ?? item.text,
    description: body.description,
    checklist: checklistOf(item.children, rules),
    section: path,
    line: item.line,
    ...(marked?.owner ? { markerOwner: marked.owner } : {}),
  };
  yield* body.todos;
}

function paragraphFinding(paragraph: Paragraph, marked: MarkedText, path: string[]): Finding {
  return {
    kind: 'todo',
    text: marked.text,
    description: '',
    checklist: [],
    section: path,
    line: paragraph.line,
    ...(marked.owner ? { markerOwner: marked.owner } : {}),
  };
}

/** A plan section written as prose: the first sentence names the activity, the rest describes it. */
function sentenceFinding(paragraph: Paragraph, kind: ItemKind, path: string[]): Finding {
  const { first, rest } = splitFirstSentence(paragraph.text);
  return { kind, text: first, description: rest, checklist: [], section: path, line: paragraph.line };
}

/**
 * A subsection of a plan section is one activity: heading, body as description, all its list
 * items as checklist; marker paragraphs in its body are todo items of their own (see listItemFindings).
 */
function* subsectionFindings(sub: Section, path: string[], rules: ExtractionRules): Generator<Finding> {
  const blocks = [...blocksOf(sub, [...path, sub.title])];
  const body = describe(blocks, rules);
  yield {
    kind: 'planned',
    text: sub.title,
    description: body.description,
    checklist: blocks.flatMap(({ block }) => (block.type === 'list' ? checklistOf(block.items, rules) : [])),
    section: path,
    line: sub.line,
  };
  yield* body.todos;
}

interface PlacedBlock {
  block: Block;
  /** Heading path of the section the block stands in. */
  path: string[];
}

/** Every block of a section and its subsections, in document order, with its heading path. */
function* blocksOf(section: Section, path: string[]): Generator<PlacedBlock> {
  for (const block of section.blocks) yield { block, path };
  for (const sub of section.sections) yield* blocksOf(sub, [...path, sub.title]);
}

/** The body of an item: its paragraphs joined as the description, except marker paragraphs, which are todos. */
function describe(
  blocks: readonly PlacedBlock[],
  rules: ExtractionRules,
): { description: string; todos: Finding[] } {
  const paragraphs: string[] = [];
  const todos: Finding[] = [];
  for (const { block, path } of blocks) {
    if (block.type !== 'paragraph') continue;
    const marked = readMarker(block.text, rules);
    if (marked) todos.push(paragraphFinding(block, marked, path));
    else paragraphs.push(block.text);
  }
  return { description: paragraphs.join('\n\n'), todos };
}

/**
 * Nested list texts at all depths, in document order, a marker word removed from each; a checked
 * entry and what hangs under it are done.
 */
function checklistOf(items: readonly ListItem[], rules: ExtractionRules): string[] {
  return items.flatMap((item) => {
    if (item.task === 'done') return [];
    const text = readMarker(item.text, rules)?.text ?? item.text;
    return [...(text === '' ? [] : [text]), ...checklistOf(item.children, rules)];
  });
}
