/**
 * Extraction (docs/extraction.md): from one report's outline to its items.
 * Pure: the same outline and rules always give the same items; the report
 * date that relative due dates are read from is the outline's own.
 */
import type { Outline } from '../parse/outline.ts';
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

/** The items of one report, in document order, one per distinct normalised text. */
export function extractItems(outline: Outline, rules: ExtractionRules): Item[] {
  return toItems(walkOutline(outline, rules), { roster: rules.roster, reportDate: outline.metadata.date });
}
