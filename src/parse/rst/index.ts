/** reStructuredText to outline, following docutils' reading of the document. */
import type { TimeBudget } from '../budget.ts';
import { SectionTree } from '../builder.ts';
import { parseByline, weekFromTitle } from '../metadata.ts';
import type { Outline, ParseWarning, ReportMetadata } from '../outline.ts';
import { parseBody } from './body.ts';
import type { RstContext } from './context.ts';
import { toSourceLines } from './lines.ts';
import { TitleStyles } from './sections.ts';

export function parseRst(text: string, budget: TimeBudget): { outline: Outline; warnings: ParseWarning[] } {
  const tree = new SectionTree();
  const ctx: RstContext = { budget, warnings: [], sections: new TitleStyles(tree), fields: {}, depth: 0 };
  parseBody(toSourceLines(text), tree, ctx);
  // As in docutils, the document title is a lone top-level section with nothing before it.
  const titleSection =
    tree.root.blocks.length === 0 && tree.root.sections.length === 1 ? tree.root.sections[0] : undefined;
  const title = titleSection?.title ?? null;
  const firstBlock = titleSection?.blocks[0];
  const byline = firstBlock?.type === 'paragraph' ? parseByline(firstBlock.text) : undefined;
  const metadata: ReportMetadata = { fields: ctx.fields };
  const author = ctx.fields['author'] ?? byline?.author;
  const date = ctx.fields['date'] ?? byline?.date;
  const week = title === null ? undefined : weekFromTitle(title);
  if (author) metadata.author = author;
  if (date) metadata.date = date;
  if (week !== undefined) metadata.week = week;
  return {
    outline: { format: 'rst', title, titleIsSection: titleSection !== undefined, metadata, root: tree.root },
    warnings: ctx.warnings,
  };
}
