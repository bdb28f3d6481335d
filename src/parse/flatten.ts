/**
 * The flat view of an outline that `report-sync outline --format json` prints
 * and that compares directly with docutils (tools/rst-outline.py): sections
 * and list items in document order, with their nesting as level and depth.
 */
import type { Block, ListItem, Outline, Section } from './outline.ts';

export interface FlatSection {
  title: string;
  level: number;
  line: number;
}

export interface FlatItem {
  text: string;
  depth: number;
  line: number;
}

export interface FlatOutline {
  sections: FlatSection[];
  items: FlatItem[];
}

export function flattenOutline(outline: Outline): FlatOutline {
  const flat: FlatOutline = { sections: [], items: [] };
  visitSection(outline.root, flat);
  return flat;
}

function visitSection(section: Section, flat: FlatOutline): void {
  if (section.level > 0)
    flat.sections.push({ title: section.title, level: section.level, line: section.line });
  visitBlocks(section.blocks, 1, flat);
  for (const sub of section.sections) visitSection(sub, flat);
}

function visitBlocks(blocks: readonly Block[], depth: number, flat: FlatOutline): void {
  for (const block of blocks) {
    if (block.type === 'list') for (const item of block.items) visitItem(item, depth, flat);
    else if (block.type === 'table') visitBlocks(block.cellBlocks, depth, flat);
  }
}

function visitItem(item: ListItem, depth: number, flat: FlatOutline): void {
  flat.items.push({ text: item.text, depth, line: item.line });
  for (const child of item.children) visitItem(child, depth + 1, flat);
}
