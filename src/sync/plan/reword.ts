/**
 * Reword detection: in a report edited since the last sync, an item whose key
 * is gone and a new item in the same section that resembles it are the same
 * activity reworded, so the card follows the new text instead of a second card
 * being made. Similarity is the Jaccard index of the two texts' word sets;
 * only one-to-one matches are taken. When one old item resembles several new
 * ones (or the reverse), nothing is guessed: the group is a conflict, and its
 * new items wait until the report is edited again. Pure.
 */
import type { ItemKey } from '../../extract/item.ts';
import { normaliseText } from '../../extract/normalise.ts';
import type { CardRecord, StoredItem } from '../../state/sync-state.ts';
import type { MarkedCards } from './adopt.ts';
import type { ReportInput } from './types.ts';

/** Share of words two texts must have in common (of all words in either) to count as one reworded item. */
export const REWORD_SIMILARITY = 0.5;

export interface RewordConflict {
  report: string;
  gone: StoredItem[];
  added: StoredItem[];
}

export interface Rewords {
  /** New key -> the key whose card it takes over. */
  pairs: Map<ItemKey, ItemKey>;
  conflicts: RewordConflict[];
  /** New keys not to create this run (in a conflict). */
  held: Set<ItemKey>;
}

export function similarity(a: string, b: string): number {
  const words = (text: string) =>
    new Set(
      normaliseText(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    );
  const x = words(a);
  const y = words(b);
  if (x.size === 0 && y.size === 0) return 1;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}

export function detectRewords(
  reports: readonly ReportInput[],
  previous: Readonly<Record<string, { items: StoredItem[] }>>,
  currentKeys: ReadonlySet<string>,
  cards: Readonly<Record<string, CardRecord>>,
  marked: MarkedCards,
): Rewords {
  const result: Rewords = { pairs: new Map(), conflicts: [], held: new Set() };
  for (const report of reports) {
    const before = previous[report.id];
    if (report.status !== 'changed' || !before) continue;
    const gone = before.items.filter((i) => !currentKeys.has(i.key) && isLiveCard(cards[i.key]));
    const added = report.record.items.filter((i) => !cards[i.key] && !marked.get(i.key as ItemKey));
    if (gone.length === 0 || added.length === 0) continue;
    for (const group of matchGroups(gone, added)) {
      const [old] = group.gone;
      const [now] = group.added;
      if (group.gone.length === 1 && group.added.length === 1 && old && now) {
        result.pairs.set(now.key as ItemKey, old.key as ItemKey);
      } else {
        result.conflicts.push({ report: report.id, ...group });
        for (const item of group.added) result.held.add(item.key as ItemKey);
      }
    }
  }
  return result;
}

function isLiveCard(record: CardRecord | undefined): boolean {
  return record !== undefined && record.cardId !== null && record.tombstone === null;
}

/** Connected groups of the "similar, same section" relation between gone and added items. */
function matchGroups(gone: StoredItem[], added: StoredItem[]): { gone: StoredItem[]; added: StoredItem[] }[] {
  const groups: { gone: Set<StoredItem>; added: Set<StoredItem> }[] = [];
  const groupOf = new Map<StoredItem, (typeof groups)[number]>();
  for (const old of gone) {
    for (const now of added) {
      const sameSection = JSON.stringify(old.section) === JSON.stringify(now.section);
      if (!sameSection || similarity(old.text, now.text) < REWORD_SIMILARITY) continue;
      const a = groupOf.get(old);
      const b = groupOf.get(now);
      const group = a ?? b ?? { gone: new Set(), added: new Set() };
      if (a && b && a !== b) {
        for (const i of [...b.gone, ...b.added]) groupOf.set(i, group);
        b.gone.forEach((i) => group.gone.add(i));
        b.added.forEach((i) => group.added.add(i));
        groups.splice(groups.indexOf(b), 1);
      }
      if (!a && !b) groups.push(group);
      group.gone.add(old);
      group.added.add(now);
      groupOf.set(old, group);
      groupOf.set(now, group);
    }
  }
  return groups.map((g) => ({ gone: [...g.gone], added: [...g.added] }));
}
