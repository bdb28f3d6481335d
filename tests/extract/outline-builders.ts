// Hand-built outlines, so that extraction rules are tested apart from any parser.
import type { Block, ListItem, LiteralBlock, Outline, Paragraph, Section } from '../../src/parse/outline.ts';

export function para(text: string, line: number): Paragraph {
  return { type: 'paragraph', text, line };
}

export function literal(text: string, line: number): LiteralBlock {
  return { type: 'literal', text, line };
}

export function item(
  text: string,
  line: number,
  more: { task?: 'open' | 'done'; children?: ListItem[]; blocks?: (Paragraph | LiteralBlock)[] } = {},
): ListItem {
  return {
    text,
    line,
    blocks: more.blocks ?? [],
    children: more.children ?? [],
    ...(more.task ? { task: more.task } : {}),
  };
}

export function list(...items: ListItem[]): Block {
  return { type: 'list', ordered: false, items, line: items[0]?.line ?? 1 };
}

export function section(
  title: string,
  line: number,
  blocks: Block[] = [],
  sections: Section[] = [],
): Section {
  return { title, level: 1, line, blocks, sections };
}

/** A report whose top-level sections are `sections`; with `title`, they sit under a document-title section. */
export function report(sections: Section[], options: { title?: string; blocks?: Block[] } = {}): Outline {
  const body: Section[] = options.title
    ? [section(options.title, 1, options.blocks ?? [], sections)]
    : sections;
  return {
    format: 'rst',
    title: options.title ?? null,
    titleIsSection: options.title !== undefined,
    metadata: { fields: {} },
    root: {
      title: '',
      level: 0,
      line: 1,
      blocks: options.title ? [] : (options.blocks ?? []),
      sections: body,
    },
  };
}
