/** The item record of contract §3: one TODO or planned activity found in a report. */

export type ItemKind = 'todo' | 'planned';

/** Identity of an item across reports: a hash of its normalised text. */
export type ItemKey = string & { readonly __brand: 'ItemKey' };

export interface Item {
  kind: ItemKind;
  /** Full plain text, marker removed, whitespace collapsed. */
  text: string;
  /** `text` cut to at most 120 characters at a word boundary (`…` when cut), trailing `.:;,` removed. */
  title: string;
  description: string;
  checklist: string[];
  /** Heading path without the document title. */
  section: string[];
  /** 1-based line of the item's first line. */
  line: number;
  /** Roster names found in a trailing `(…)` or a marker's `(…)`. */
  owners: string[];
  key: ItemKey;
}
