/**
 * An indented, human view of an outline (`report-sync outline`): headings,
 * paragraphs (shortened), list items with their nesting, tables, literal
 * blocks, each with its line, and what extraction makes of each heading and
 * label (its class), so a user can see why a section was or was not read.
 */
import type { Block, ListItem, Outline, Paragraph, Section } from './outline.ts';

const PREVIEW_LENGTH = 72;

/** What extraction makes of a heading or paragraph, shown beside it (`[task list]`); nothing when undefined. */
export interface OutlineNotes {
  heading?(title: string): string | undefined;
  paragraph?(paragraph: Paragraph): string | undefined;
}

export function renderOutlineTree(outline: Outline, notes: OutlineNotes = {}): string {
  const lines: string[] = [];
  const { author, date, week } = outline.metadata;
  const facts = [
    `format ${outline.format}`,
    outline.title === null ? 'no title' : `title "${outline.title}"`,
    author ? `author ${author}` : '',
    date ? `date ${date}` : '',
    week === undefined ? '' : `week ${week}`,
  ];
  lines.push(facts.filter(Boolean).join(', '));
  new TreeWriter(lines, notes).section(outline.root, 0);
  return `${lines.join('\n')}\n`;
}

class TreeWriter {
  readonly #lines: string[];
  readonly #notes: OutlineNotes;

  constructor(lines: string[], notes: OutlineNotes) {
    this.#lines = lines;
    this.#notes = notes;
  }

  section(s: Section, indent: number): void {
    if (s.level > 0)
      this.#entry(indent, `${'#'.repeat(s.level)} ${s.title}`, s.line, this.#notes.heading?.(s.title));
    const inner = s.level > 0 ? indent + 1 : indent;
    for (const block of s.blocks) this.#block(block, inner);
    for (const sub of s.sections) this.section(sub, inner);
  }

  #block(block: Block, indent: number): void {
    if (block.type === 'paragraph')
      this.#entry(indent, `¶ ${preview(block.text)}`, block.line, this.#notes.paragraph?.(block));
    else if (block.type === 'literal')
      this.#entry(indent, `▤ literal block, ${block.text.split('\n').length} lines`, block.line);
    else if (block.type === 'table') {
      const header = block.header ? `: ${preview(block.header.join(' | '))}` : '';
      this.#entry(indent, `▦ table, ${block.rows.length} rows${header}`, block.line);
    } else
      for (const [n, item] of block.items.entries())
        this.#item(item, block.ordered ? `${n + 1}.` : '-', indent);
  }

  #item(item: ListItem, marker: string, indent: number): void {
    const box = item.task === 'open' ? '[ ] ' : item.task === 'done' ? '[x] ' : '';
    this.#entry(indent, `${marker} ${box}${preview(item.text)}`, item.line);
    for (const block of item.blocks) this.#block(block, indent + 1);
    for (const child of item.children) this.#item(child, '-', indent + 1);
  }

  #entry(indent: number, text: string, line: number, note?: string): void {
    this.#lines.push(`${'  '.repeat(indent)}${text}  (line ${line})${note ? `  [${note}]` : ''}`);
  }
}

function preview(text: string): string {
  const chars = [...text];
  return chars.length <= PREVIEW_LENGTH ? text : `${chars.slice(0, PREVIEW_LENGTH - 1).join('')}…`;
}
