/**
 * The outline walk of contract §2: markers anywhere outside headings and
 * literal blocks; plan and task-list sections turned into items by their
 * shape (top-level list items, subsections, or paragraphs). Yields findings
 * in document order.
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
  if (kind) {
    yield* planSection(section, path, kind, rules);
    return;
  }
  yield* scanBlocks(section.blocks, path, rules);
  for (const sub of section.sections) yield* visitSection(sub, [...path, sub.title], rules);
}

/** Outside plan sections only markers make items. */
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
    yield listItemFinding(item, 'todo', path, marked);
    return;
  }
  yield* scanBlocks(item.blocks, path, rules);
  for (const child of item.children) yield* scanListItem(child, path, rules);
}

function* planSection(
  section: Section,
  path: string[],
  kind: ItemKind,
  rules: ExtractionRules,
): Generator<Finding> {
  const paragraphsAreItems = section.sections.length === 0 && !section.blocks.some((b) => b.type === 'list');
  for (const block of section.blocks) {
    if (block.type === 'list') {
      for (const item of block.items) {
        if (item.task !== 'done') yield listItemFinding(item, kind, path, listItemMarker(item, rules));
      }
    } else if (block.type === 'paragraph') {
      const marked = readMarker(block.text, rules);
      if (marked) yield paragraphFinding(block, marked, path);
      else if (paragraphsAreItems) yield sentenceFinding(block, kind, path);
    }
  }
  for (const sub of section.sections) {
    const subKind = sectionKind(sub, rules);
    if (subKind) yield* planSection(sub, [...path, sub.title], subKind, rules);
    else yield subsectionFinding(sub, kind, path);
  }
}

/** A Markdown `- [ ]` is a marker of its own; a marker word in its text is removed too. */
function listItemMarker(item: ListItem, rules: ExtractionRules): MarkedText | null {
  const marked = readMarker(item.text, rules);
  if (item.task === 'open') return marked ?? { text: item.text };
  return marked;
}

function listItemFinding(item: ListItem, kind: ItemKind, path: string[], marked: MarkedText | null): Finding {
  return {
    kind: marked ? 'todo' : kind,
    text: marked?.text ?? item.text,
    description: joinParagraphs(item.blocks),
    checklist: checklistOf(item.children),
    section: path,
    line: item.line,
    ...(marked?.owner ? { markerOwner: marked.owner } : {}),
  };
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

/** A subsection of a plan section is one activity: heading, body as description, all its list items as checklist. */
function subsectionFinding(sub: Section, kind: ItemKind, path: string[]): Finding {
  const blocks = blocksOf(sub);
  return {
    kind,
    text: sub.title,
    description: joinParagraphs(blocks),
    checklist: blocks.flatMap((block) => (block.type === 'list' ? checklistOf(block.items) : [])),
    section: path,
    line: sub.line,
  };
}

/** Every block of a section and its subsections, in document order. */
function blocksOf(section: Section): Block[] {
  return [...section.blocks, ...section.sections.flatMap(blocksOf)];
}

/** Nested list texts at all depths, in document order; a checked entry and what hangs under it are done. */
function checklistOf(items: readonly ListItem[]): string[] {
  return items.flatMap((item) =>
    item.task === 'done' ? [] : [...(item.text === '' ? [] : [item.text]), ...checklistOf(item.children)],
  );
}

function joinParagraphs(blocks: readonly Block[]): string {
  return blocks
    .filter((block): block is Paragraph => block.type === 'paragraph')
    .map((block) => block.text)
    .join('\n\n');
}
