/**
 * Extraction (docs/extraction.md): from one report's outline to its items.
 * Pure: the same outline and rules always give the same items; the report
 * date that relative due dates are read from is the outline's own.
 */
import type { TimeBudget } from '../parse/budget.ts';
import type { Outline, ParseWarning } from '../parse/outline.ts';
import { DroppedCandidates } from './dropped.ts';
import type { Item } from './item.ts';
import type { ExtractionRules } from './options.ts';
import { toItems } from './record.ts';
import { walkOutline } from './walk.ts';

export type { ChecklistEntry, Item, ItemKey, ItemKind, ItemStatus } from './item.ts';
export {
  compileRules,
  DEFAULT_EXTRACTION,
  resolveExtraction,
  type ExtractionOptions,
  type ExtractionRules,
  type ExtractionSettings,
  type ListSetting,
} from './options.ts';
export { itemKey, normaliseText } from './normalise.ts';
export type { Roster } from './owners.ts';

export interface Extraction {
  /** In document order, one per distinct normalised text. */
  items: Item[];
  /** What the rules left out, one warning per rule (docs/extraction.md, "Not items"). */
  warnings: ParseWarning[];
}

/**
 * The items of one report and what was left out. Throws ParseLimitExceeded when the report holds
 * more items than `rules.maxItemsPerReport` or nests deeper than any parser reads, and
 * BudgetExceeded past `budget`: such a report is skipped, never half read.
 */
export function extractReport(outline: Outline, rules: ExtractionRules, budget?: TimeBudget): Extraction {
  const dropped = new DroppedCandidates();
  const items = toItems(walkOutline(outline, rules), {
    roster: rules.roster,
    reportDate: outline.metadata.date,
    maxItems: rules.maxItemsPerReport,
    dropped,
    ...(budget ? { budget } : {}),
  });
  return { items, warnings: dropped.warnings() };
}

/** The items of one report, in document order, one per distinct normalised text. */
export function extractItems(outline: Outline, rules: ExtractionRules): Item[] {
  return extractReport(outline, rules).items;
}
