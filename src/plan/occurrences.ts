/**
 * One item across every report it appears in: the identity rule of contract §7
 * (same normalised text = same item = one card), with the reports listed as
 * the card's sources. Within one report the first occurrence stands; across
 * reports the newest report (by report date; undated reports after dated
 * ones; by path among equals) decides the item's fields.
 */
import type { ItemKey } from '../extract/item.ts';
import type { CardRecord, StoredItem } from '../state/sync-state.ts';
import type { ReportInput } from './types.ts';

export interface ItemSource {
  reportId: string;
  displayPath: string;
  reportTitle: string | null;
  date: string | null;
  section: string[];
  line: number;
  /** Link to the report with `{line}` still to fill in, when its source has a URL template. */
  linkTemplate: string | null;
}

export interface ItemOccurrences {
  key: ItemKey;
  /**
   * The item as the newest report has it: kind, status, text, description,
   * checklist, owners and due date. A done item has no due date of its own
   * (contract §4): it keeps the one an older report gave it, so that the card
   * keeps its date and shows it complete; and a box ticked without its owner
   * keeps the owners it had (see `doneAfter`).
   */
  item: StoredItem;
  /** Every report the item appears in, oldest first; the last is the newest. */
  sources: ItemSource[];
}

const byPath = new Intl.Collator('en', { numeric: true });

/** Reports oldest first: dated ones by date, then undated ones; by path (numbers as numbers) among equals. */
export function orderReports(reports: readonly ReportInput[]): ReportInput[] {
  return [...reports].sort(
    (a, b) =>
      compareDates(a.record.date, b.record.date) ||
      byPath.compare(a.record.displayPath, b.record.displayPath) ||
      byPath.compare(a.id, b.id),
  );
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Every distinct item of the reports, with its sources, as the newest report
 * decides it. `aliases` maps the key of a text an item had before it was
 * reworded to the item's key now: an older report with the old text is one
 * of the item's sources.
 */
export function collectOccurrences(
  reports: readonly ReportInput[],
  aliases: ReadonlyMap<string, ItemKey> = new Map(),
): Map<ItemKey, ItemOccurrences> {
  const items = new Map<ItemKey, ItemOccurrences>();
  for (const report of orderReports(reports)) {
    const seen = new Set<string>();
    for (const item of report.record.items) {
      const key = aliases.get(item.key) ?? (item.key as ItemKey);
      if (seen.has(key)) continue;
      seen.add(key);
      const source: ItemSource = {
        reportId: report.id,
        displayPath: report.record.displayPath,
        reportTitle: report.record.title,
        date: report.record.date,
        section: item.section,
        line: item.line,
        linkTemplate: report.record.link,
      };
      const known = items.get(key);
      if (!known) {
        items.set(key, { key, item, sources: [source] });
        continue;
      }
      known.item = item.status === 'done' ? doneAfter(known.item, item) : item;
      known.sources.push(source);
    }
  }
  return items;
}

/**
 * A report that ticks an item off often names no one and gives no date: the
 * done item keeps the due date and the owners the newest older report gave
 * it, so that the card keeps its date (shown complete) and who did the work.
 */
function doneAfter(before: StoredItem, done: StoredItem): StoredItem {
  return { ...done, due: before.due, owners: done.owners.length > 0 ? done.owners : before.owners };
}

/** Former key -> the key of the record that has it: a reworded item's old text still counts as the item. */
export function formerKeyAliases(cards: Readonly<Record<string, CardRecord>>): Map<string, ItemKey> {
  const aliases = new Map<string, ItemKey>();
  for (const [key, record] of Object.entries(cards))
    for (const former of record.formerKeys) aliases.set(former, key as ItemKey);
  return aliases;
}
