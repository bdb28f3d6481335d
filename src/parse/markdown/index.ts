/**
 * Markdown to outline through markdown-it's token stream. Front matter lines
 * are blanked before parsing, so every token's line is the file's line.
 * markdown-it parses in one call (in linear time); the time budget is checked
 * while its tokens are walked.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { TimeBudget } from '../budget.ts';
import { BlockArray, listItemFromBlocks, SectionTree, type BlockSink } from '../builder.ts';
import { weekFromTitle } from '../metadata.ts';
import type { ListBlock, ListItem, Outline, ParseWarning, ReportMetadata } from '../outline.ts';
import { splitLines } from '../source-text.ts';
import { readFrontMatter } from './front-matter.ts';
import { inlineText } from './inline.ts';

const markdown = new MarkdownIt({ html: true });
const TASK_BOX = /^\[([ xX])\]\s+/;

export function parseMarkdown(
  text: string,
  budget: TimeBudget,
): { outline: Outline; warnings: ParseWarning[] } {
  const lines = splitLines(text);
  const frontMatter = readFrontMatter(lines);
  const body = [...Array<string>(frontMatter.lineCount).fill(''), ...lines.slice(frontMatter.lineCount)].join(
    '\n',
  );
  const tree = new SectionTree();
  const firstHeadingIsH1 = new TokenWalk(tree, budget).run(markdown.parse(body, {}));
  const { fields } = frontMatter;
  const leadingH1 = firstHeadingIsH1 && tree.root.blocks.length === 0 && tree.root.sections.length === 1;
  const title = stringField(fields['title']) ?? (leadingH1 ? (tree.root.sections[0]?.title ?? null) : null);
  return {
    outline: {
      format: 'markdown',
      title,
      titleIsSection: leadingH1,
      metadata: metadataOf(fields, title),
      root: tree.root,
    },
    warnings: frontMatter.warnings,
  };
}

function metadataOf(fields: Record<string, unknown>, title: string | null): ReportMetadata {
  const metadata: ReportMetadata = { fields };
  const author = stringField(fields['author']);
  const date = stringField(fields['date']);
  const week = title === null ? undefined : weekFromTitle(title);
  if (author) metadata.author = author;
  if (date) metadata.date = date;
  if (week !== undefined) metadata.week = week;
  return metadata;
}

function stringField(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ') || undefined;
  return undefined;
}

/** Walks the flat token stream, keeping a stack of the lists and list items that are open. */
class TokenWalk {
  readonly #tree: SectionTree;
  readonly #budget: TimeBudget;
  readonly #sinks: BlockSink[] = [];
  readonly #lists: ListBlock[] = [];
  readonly #items: { body: BlockArray; line: number }[] = [];
  #firstHeadingIsH1: boolean | undefined;

  constructor(tree: SectionTree, budget: TimeBudget) {
    this.#tree = tree;
    this.#budget = budget;
    this.#sinks.push(tree);
  }

  /** Returns whether the first heading is a `#` heading (a candidate document title). */
  run(tokens: Token[]): boolean {
    // Table cells carry no line of their own: they take their row's.
    let line = 1;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token) continue;
      if (token.map) line = token.map[0] + 1;
      this.#budget.check(line);
      const inline = tokens[i + 1];
      switch (token.type) {
        case 'heading_open':
          this.#heading(token, inline, line);
          break;
        case 'paragraph_open':
        case 'th_open':
        case 'td_open':
          if (inline?.type === 'inline' && inline.content.trim())
            this.#sink().add({ type: 'paragraph', text: inlineText(inline), line });
          break;
        case 'fence':
        case 'code_block':
          this.#sink().add({ type: 'literal', text: token.content.replace(/\n$/, ''), line });
          break;
        case 'bullet_list_open':
        case 'ordered_list_open':
          this.#lists.push({ type: 'list', ordered: token.type === 'ordered_list_open', items: [], line });
          break;
        case 'bullet_list_close':
        case 'ordered_list_close':
          this.#closeList();
          break;
        case 'list_item_open':
          this.#openItem(line);
          break;
        case 'list_item_close':
          this.#closeItem();
          break;
      }
    }
    return this.#firstHeadingIsH1 ?? false;
  }

  #sink(): BlockSink {
    return this.#sinks.at(-1) ?? this.#tree;
  }

  #heading(token: Token, inline: Token | undefined, line: number): void {
    const rank = Number(token.tag.slice(1));
    this.#firstHeadingIsH1 ??= rank === 1;
    // A heading inside a list item or block quote is text of that item, not a section.
    if (this.#items.length > 0)
      this.#sink().add({ type: 'paragraph', text: inline ? inlineText(inline) : '', line });
    else this.#tree.openSection(inline ? inlineText(inline) : '', line, rank);
  }

  #openItem(line: number): void {
    const body = new BlockArray();
    this.#items.push({ body, line });
    this.#sinks.push(body);
  }

  #closeItem(): void {
    const open = this.#items.pop();
    this.#sinks.pop();
    if (open) this.#lists.at(-1)?.items.push(withTaskBox(listItemFromBlocks(open.body.blocks, open.line)));
  }

  #closeList(): void {
    const list = this.#lists.pop();
    if (list) this.#sink().add(list);
  }
}

/** `- [ ] text` and `- [x] text` (GitHub task lists): the box becomes `task`, the text loses it. */
function withTaskBox(item: ListItem): ListItem {
  const box = TASK_BOX.exec(item.text);
  if (!box) return item;
  return { ...item, text: item.text.slice(box[0].length), task: box[1] === ' ' ? 'open' : 'done' };
}
