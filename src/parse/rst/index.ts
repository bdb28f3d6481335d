/** reStructuredText to outline, following docutils' reading of the document. */
import { SectionTree } from '../builder.ts';
import type { Outline, ParseWarning, ReportMetadata } from '../outline.ts';
import type { ParserContext } from '../rules.ts';
import { parseBody } from './body.ts';
import type { RstContext } from './context.ts';
import { toSourceLines } from './lines.ts';
import { TitleStyles } from './sections.ts';

export function parseRst(
  text: string,
  { budget }: ParserContext,
): { outline: Outline; warnings: ParseWarning[] } {
  const tree = new SectionTree();
  const ctx: RstContext = { budget, warnings: [], sections: new TitleStyles(tree), fields: {}, depth: 0 };
  parseBody(toSourceLines(text), tree, ctx);
  // As in docutils, the document title is a lone top-level section with nothing before it.
  const titleSection =
    tree.root.blocks.length === 0 && tree.root.sections.length === 1 ? tree.root.sections[0] : undefined;
  const title = titleSection?.title ?? null;
  // The byline, the week and the report date are read for every format alike (../metadata.ts).
  const metadata: ReportMetadata = { fields: ctx.fields };
  const author = ctx.fields['author'];
  if (author) metadata.author = author;
  return {
    outline: { format: 'rst', title, titleIsSection: titleSection !== undefined, metadata, root: tree.root },
    warnings: ctx.warnings,
  };
}
