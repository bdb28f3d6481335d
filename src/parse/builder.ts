import type { Block, ListItem, Section } from './outline.ts';

/** Where a parser puts the blocks it finds: a section under construction, or a list item's body. */
export interface BlockSink {
  add(block: Block): void;
}

/** Collects blocks into an array (list item bodies, block quotes that are flattened later). */
export class BlockArray implements BlockSink {
  readonly blocks: Block[] = [];
  add(block: Block): void {
    this.blocks.push(block);
  }
}

/**
 * Builds the section tree every format shares. A heading's `rank` is its
 * format's own notion of level (RST title style order, Markdown `#` count);
 * a heading closes every open section of equal or deeper rank, and its
 * `level` in the outline is how deep it ends up nested.
 */
export class SectionTree implements BlockSink {
  readonly root: Section = { title: '', level: 0, line: 1, blocks: [], sections: [] };
  readonly #open: { section: Section; rank: number }[] = [{ section: this.root, rank: 0 }];

  get current(): Section {
    return this.#innermost().section;
  }

  /** Depth of the innermost open section (0 at the root). */
  get depth(): number {
    return this.#open.length - 1;
  }

  add(block: Block): void {
    this.current.blocks.push(block);
  }

  openSection(title: string, line: number, rank: number): Section {
    while (this.#open.length > 1 && this.#innermost().rank >= rank) this.#open.pop();
    const section: Section = { title, level: this.#open.length, line, blocks: [], sections: [] };
    this.current.sections.push(section);
    this.#open.push({ section, rank });
    return section;
  }

  #innermost(): { section: Section; rank: number } {
    const top = this.#open.at(-1);
    if (!top) throw new Error('section stack is never empty');
    return top;
  }
}

/**
 * A list item from the blocks of its body: the first paragraph is its text,
 * nested lists (at any depth of containers) become its children, and the
 * remaining paragraphs and literal blocks stay as its blocks.
 */
export function listItemFromBlocks(
  blocks: readonly Block[],
  line: number,
  task?: ListItem['task'],
): ListItem {
  const [first, ...rest] = blocks;
  const item: ListItem = {
    text: first?.type === 'paragraph' ? first.text : '',
    line,
    blocks: [],
    children: [],
  };
  if (task) item.task = task;
  for (const block of first?.type === 'paragraph' ? rest : blocks) {
    if (block.type === 'list') item.children.push(...block.items);
    else item.blocks.push(block);
  }
  return item;
}
