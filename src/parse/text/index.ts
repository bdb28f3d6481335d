/** Plain text to outline, by the contract's heading and list heuristics. */
import type { TimeBudget } from '../budget.ts';
import { SectionTree } from '../builder.ts';
import { weekFromTitle } from '../metadata.ts';
import type { Outline, ParseWarning, ReportMetadata } from '../outline.ts';
import { collapseWhitespace, expandTabs, splitLines } from '../source-text.ts';
import { findHeadings, splitChunks } from './headings.ts';
import { TextBody } from './lists.ts';

export function parsePlainText(
  text: string,
  budget: TimeBudget,
): { outline: Outline; warnings: ParseWarning[] } {
  const lines = splitLines(text).map((l) => expandTabs(l, 4).trimEnd());
  const chunks = splitChunks(lines);
  const headings = findHeadings(chunks);
  const tree = new SectionTree();
  const body = new TextBody(tree, budget);
  // Heading styles rank in the order they first appear, as RST titles do.
  const styles: string[] = [];
  chunks.forEach((chunk, k) => {
    budget.check(chunk.start + 1);
    const heading = headings[k];
    let rest = chunk.lines;
    if (heading) {
      if (!styles.includes(heading.style)) styles.push(heading.style);
      tree.openSection(collapseWhitespace(heading.text), chunk.start + 1, styles.indexOf(heading.style) + 1);
      body.redirect(tree);
      rest = chunk.lines.slice(heading.length);
    }
    if (rest.length > 0) body.chunk(rest, chunk.start + 1 + (chunk.lines.length - rest.length));
  });
  body.finish();
  const titleIsSection = Boolean(headings[0]) && tree.root.blocks.length === 0;
  const title = titleIsSection ? (tree.root.sections[0]?.title ?? null) : null;
  const metadata: ReportMetadata = { fields: {} };
  const week = title === null ? undefined : weekFromTitle(title);
  if (week !== undefined) metadata.week = week;
  return { outline: { format: 'text', title, titleIsSection, metadata, root: tree.root }, warnings: [] };
}
