/**
 * Extraction (contract §2–3): from one report's outline to its items. Pure:
 * the same outline and rules always give the same items.
 */
import type { Outline } from '../parse/outline.ts';
import type { Item } from './item.ts';
import type { ExtractionRules } from './options.ts';
import { toItems } from './record.ts';
import { walkOutline } from './walk.ts';

export type { Item, ItemKey, ItemKind } from './item.ts';
export { compileRules, DEFAULT_EXTRACTION, type ExtractionOptions, type ExtractionRules } from './options.ts';
export { itemKey, normaliseText } from './normalise.ts';
export type { Roster } from './owners.ts';

/** The items of one report, in document order, one per distinct normalised text. */
export function extractItems(outline: Outline, rules: ExtractionRules): Item[] {
  return toItems(walkOutline(outline, rules), rules.roster);
}
