/**
 * One item across every report it appears in: the identity rule of contract §3
 * (same normalised text = same item = one card), with the reports listed as
 * the card's sources.
 */
import type { ItemKey } from '../extract/item.ts';
import type { StoredItem } from '../state/sync-state.ts';
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
  /** The first occurrence, in report order: it gives the card its name, text, kind and checklist. */
  item: StoredItem;
  /** Every report the item appears in, oldest first. */
  sources: ItemSource[];
}

const byPath = new Intl.Collator('en', { numeric: true });

/** Reports in the order their sources are listed: by path, numbers compared as numbers (`uke_9` before `uke_10`). */
export function orderReports(reports: readonly ReportInput[]): ReportInput[] {
  return [...reports].sort(
    (a, b) => byPath.compare(a.record.displayPath, b.record.displayPath) || byPath.compare(a.id, b.id),
  );
}

/** Every distinct item of the reports, with its sources, in report order. */
export function collectOccurrences(reports: readonly ReportInput[]): Map<ItemKey, ItemOccurrences> {
  const items = new Map<ItemKey, ItemOccurrences>();
  for (const report of orderReports(reports)) {
    for (const item of report.record.items) {
      const key = item.key as ItemKey;
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
      if (known) {
        if (!known.sources.some((s) => s.reportId === report.id)) known.sources.push(source);
      } else {
        items.set(key, { key, item, sources: [source] });
      }
    }
  }
  return items;
}
