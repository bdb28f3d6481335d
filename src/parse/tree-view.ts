/**
 * An indented, human view of an outline (`report-sync outline`): headings,
 * paragraphs (shortened), list items with their nesting, literal blocks, each
 * with its line, so a user can see how a report was understood.
 */
import type { Block, ListItem, Outline, Section } from './outline.ts';

const PREVIEW_LENGTH = 72;

export function renderOutlineTree(outline: Outline): string {
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
  section(outline.root, 0, lines);
  return `${lines.join('\n')}\n`;
}

function section(s: Section, indent: number, lines: string[]): void {
  if (s.level > 0) lines.push(entry(indent, `${'#'.repeat(s.level)} ${s.title}`, s.line));
  const inner = s.level > 0 ? indent + 1 : indent;
  for (const block of s.blocks) blockLines(block, inner, lines);
  for (const sub of s.sections) section(sub, inner, lines);
}

function blockLines(block: Block, indent: number, lines: string[]): void {
  if (block.type === 'paragraph') lines.push(entry(indent, `¶ ${preview(block.text)}`, block.line));
  else if (block.type === 'literal')
    lines.push(entry(indent, `▤ literal block, ${block.text.split('\n').length} lines`, block.line));
  else
    for (const [n, item] of block.items.entries())
      listItem(item, block.ordered ? `${n + 1}.` : '-', indent, lines);
}

function listItem(item: ListItem, marker: string, indent: number, lines: string[]): void {
  const box = item.task === 'open' ? '[ ] ' : item.task === 'done' ? '[x] ' : '';
  lines.push(entry(indent, `${marker} ${box}${preview(item.text)}`, item.line));
  for (const block of item.blocks) blockLines(block, indent + 1, lines);
  for (const child of item.children) listItem(child, '-', indent + 1, lines);
}

function entry(indent: number, text: string, line: number): string {
  return `${'  '.repeat(indent)}${text}  (line ${line})`;
}

function preview(text: string): string {
  const chars = [...text];
  return chars.length <= PREVIEW_LENGTH ? text : `${chars.slice(0, PREVIEW_LENGTH - 1).join('')}…`;
}
