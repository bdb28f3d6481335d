/**
 * Candidates a rule left out, told once per rule and report: a report with
 * ten placeholders gives one warning with the count and the first line, not
 * ten, and no candidate vanishes without a word.
 */
import type { ParseWarning } from '../parse/outline.ts';
import type { NotItemRule } from './not-items.ts';

export type DropRule = NotItemRule | 'needs-owner';

const WHY: Record<DropRule, string> = {
  empty: 'nothing is left of them once markup, numbering and status tags are removed',
  placeholder: 'they are placeholders (`TBD`, `-`, `none`), not tasks',
  'next-meeting': 'they announce the next meeting',
  'link-only': 'they are links to a document or place, not tasks',
  'needs-owner':
    'they stand in a section of actions and decisions and name no owner, so they read as decisions',
};

const SHOWN_TEXT = 60;

export class DroppedCandidates {
  readonly #byRule = new Map<DropRule, { count: number; line: number; text: string }>();

  add(rule: DropRule, line: number, text: string): void {
    const seen = this.#byRule.get(rule);
    if (seen) seen.count++;
    else this.#byRule.set(rule, { count: 1, line, text });
  }

  warnings(): ParseWarning[] {
    return [...this.#byRule].map(([rule, { count, line, text }]) => {
      const shown = text.length > SHOWN_TEXT ? `${text.slice(0, SHOWN_TEXT)}…` : text;
      const first = shown.trim() === '' ? '' : ` (the first: ${JSON.stringify(shown)})`;
      return {
        code: 'items-dropped',
        line,
        message: `${count} candidate item${count === 1 ? ' was' : 's were'} left out, as ${WHY[rule]}${first}`,
        fix: 'nothing to do if that is right; docs/extraction.md ("Not items") says how to write them so they count',
      };
    });
  }
}
