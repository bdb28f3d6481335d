/** The item record (docs/extraction.md, "The item record"): one TODO or planned activity found in a report. */

export type ItemKind = 'todo' | 'planned';
export type ItemStatus = 'open' | 'done';

/** Identity of an item across reports: a hash of its normalised text. */
export type ItemKey = string & { readonly __brand: 'ItemKey' };

export interface ChecklistEntry {
  text: string;
  /** A checked box (`[x]`) or a done tag. */
  checked: boolean;
}

export interface Item {
  kind: ItemKind;
  /** `done` items complete a card; they never make one. */
  status: ItemStatus;
  /** Plain text: marker, numbering and status tags removed, whitespace collapsed. */
  text: string;
  /** `text` cut to at most 120 characters at a word boundary (`…` when cut), trailing `.:;,` removed. */
  title: string;
  description: string;
  checklist: ChecklistEntry[];
  /** Heading path without the document title (with the label, for an item under a label). */
  section: string[];
  /** 1-based line of the item's first line. */
  line: number;
  /** As written: a marker's owner, an owner column, a person group, @handles, roster names. */
  owners: string[];
  /** `YYYY-MM-DD`, or null; never set on a done item. */
  due: string | null;
  key: ItemKey;
}
