/**
 * From what the outline walk found to the item records of contract §3:
 * title, owners and key are derived here, and the same normalised text twice
 * in one report collapses to its first occurrence.
 */
import type { Item, ItemKind } from './item.ts';
import { itemKey, normaliseText } from './normalise.ts';
import { findOwners, type CompiledRoster } from './owners.ts';
import { makeTitle } from './text.ts';

/** An item as the walk finds it, before derived fields. */
export interface Finding {
  kind: ItemKind;
  text: string;
  description: string;
  checklist: string[];
  section: string[];
  line: number;
  /** The `(…)` of a `TODO(owner):` marker. */
  markerOwner?: string;
}

/** Item records in document order, one per distinct normalised text. */
export function toItems(findings: Iterable<Finding>, roster: CompiledRoster): Item[] {
  const items = new Map<string, Item>();
  for (const finding of findings) {
    // Text that is nothing but punctuation and markup names no task.
    if (normaliseText(finding.text) === '') continue;
    const key = itemKey(finding.text);
    if (items.has(key)) continue;
    items.set(key, {
      kind: finding.kind,
      text: finding.text,
      title: makeTitle(finding.text),
      description: finding.description,
      checklist: finding.checklist,
      section: finding.section,
      line: finding.line,
      owners: findOwners(finding.text, finding.markerOwner, roster),
      key,
    });
  }
  return [...items.values()];
}
