import type { TimeBudget } from '../budget.ts';
import type { ParseWarning } from '../outline.ts';
import type { TitleStyles } from './sections.ts';

export { MAX_NESTING } from '../limits.ts';

/** What the RST body parser carries through nested blocks. */
export interface RstContext {
  budget: TimeBudget;
  warnings: ParseWarning[];
  /** Only the document level may hold section titles (docutils' match_titles); null inside lists and blocks. */
  sections: TitleStyles | null;
  /** Fields of document-level field lists (`:Author: …`), lower-cased names. */
  fields: Record<string, string>;
  /** How many lists, block quotes and directives enclose the current body. */
  depth: number;
}

/** The context for the body of a list item, block quote, directive or table cell. */
export function nested(ctx: RstContext): RstContext {
  return { ...ctx, sections: null, depth: ctx.depth + 1 };
}
