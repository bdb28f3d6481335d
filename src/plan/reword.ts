/**
 * Reword detection: an item gone from a report (edited since the last sync,
 * or the report after the one that had it) and a new item in the same section
 * that resembles it are the same activity reworded, so the card follows the
 * new text instead of a second card being made; the old text's key becomes
 * one of the item's former keys. Similarity is the Jaccard index of the two texts' word sets;
 * two texts resemble each other when they share at least REWORD_MIN_COMMON
 * words, score at least REWORD_SIMILARITY, and differ in more than numbers or
 * identifiers ("web01" -> "web02" is another server, not a reword). An old
 * item whose card is open, in an open list, is taken over whether or not a
 * person renamed, edited or moved the card: the card keeps what the person
 * changed and follows the reports in the rest, so a person's edit and a
 * report's edit never make a second card. A card a person archived or
 * deleted stays theirs. Only one-to-one matches are taken. When one old item resembles several new
 * ones (or the reverse), nothing is guessed: the group is a conflict, and its
 * new items wait until the report is edited again. Pure.
 */
import type { ItemKey } from '../extract/item.ts';
import { normaliseText } from '../extract/normalise.ts';
import type { CardRecord, StoredItem } from '../state/sync-state.ts';
import type { BoardView } from './board.ts';
import { type ItemOccurrences, orderReports } from './occurrences.ts';
import type { PlannedAction, ReportInput } from './types.ts';

/** Share of words two texts must have in common (of all words in either) to count as one reworded item. */
export const REWORD_SIMILARITY = 0.6;
/** Words two texts must have in common to count as one reworded item. */
export const REWORD_MIN_COMMON = 3;

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

const words = (text: string) =>
  new Set(
    normaliseText(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

export function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 && y.size === 0) return 1;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}

/** True when `b` reads as a rewording of `a` (see the module comment). */
export function resembles(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  const common = [...x].filter((w) => y.has(w)).length;
  if (common < REWORD_MIN_COMMON || similarity(a, b) < REWORD_SIMILARITY) return false;
  const differing = [...x, ...y].filter((w) => !(x.has(w) && y.has(w)));
  // Texts that differ only in tokens with digits name another thing (a host, a version, a ticket).
  return differing.length === 0 || !differing.every((w) => /\p{N}/u.test(w));
}

export interface RewordInput {
  reports: readonly ReportInput[];
  /** The reports as last synced. */
  previous: Readonly<Record<string, { items: StoredItem[] }>>;
  /** The items of the reports now (with `aliases` applied). */
  occurrences: ReadonlyMap<ItemKey, ItemOccurrences>;
  cards: Readonly<Record<string, CardRecord>>;
  board: BoardView;
  /** Former key -> the key of the record it belongs to now. */
  aliases: ReadonlyMap<string, ItemKey>;
}

/**
 * Per report read this run, the items gone from it — those its last synced
 * version had and no report has now, and those the report before it (synced
 * in an earlier run) had that it and every newer report leave out: next
 * week's report rewords last week's item — paired with its new items (first
 * seen in it) that resemble them.
 */
export function detectRewords(input: RewordInput): Rewords {
  const { occurrences, cards, board, aliases } = input;
  const keyOf = (key: string) => aliases.get(key) ?? (key as ItemKey);
  const result: Rewords = { pairs: new Map(), conflicts: [], held: new Set() };
  const taken = new Set<string>();
  const ordered = orderReports(input.reports);
  for (const [index, report] of ordered.entries()) {
    if (report.status !== 'changed') continue;
    const here = new Set(report.record.items.map((i) => keyOf(i.key)));
    const gone = new Map<string, StoredItem>();
    for (const item of input.previous[report.id]?.items ?? [])
      if (!occurrences.has(keyOf(item.key))) gone.set(keyOf(item.key), { ...item, key: keyOf(item.key) });
    // Only a report synced before: two reports read together for the first time (or again after an
    // interrupted run) are two reports of their own, whichever way the run went.
    const before = ordered[index - 1]?.status === 'changed' ? undefined : ordered[index - 1];
    for (const item of before?.record.items ?? []) {
      const key = keyOf(item.key);
      const newest = occurrences.get(key)?.sources.at(-1)?.reportId;
      if (!here.has(key) && newest === before?.id) gone.set(key, { ...item, key });
    }
    const old = [...gone.values()].filter((i) => !taken.has(i.key) && isOurs(cards[i.key], board));
    const added = report.record.items.filter((i) => {
      const key = keyOf(i.key);
      const first = occurrences.get(key)?.sources[0]?.reportId;
      return !cards[key] && !board.marked.get(key) && !board.marked.foreign(key) && first === report.id;
    });
    if (old.length === 0 || added.length === 0) continue;
    for (const group of matchGroups(old, added)) {
      const [was] = group.gone;
      const [now] = group.added;
      if (group.gone.length === 1 && group.added.length === 1 && was && now) {
        result.pairs.set(now.key as ItemKey, was.key as ItemKey);
        taken.add(was.key);
      } else {
        result.conflicts.push({ report: report.id, ...group });
        for (const item of group.added) result.held.add(item.key as ItemKey);
      }
    }
  }
  return result;
}

/** A card that can follow its item to another text: open, in an open list, not given up by a person, nor taken by another install. */
function isOurs(record: CardRecord | undefined, board: BoardView): boolean {
  if (!record || record.cardId === null || record.tombstone !== null) return false;
  const card = board.card(record.cardId);
  return card !== undefined && !board.isArchived(card) && board.foreignInstall(card) === null;
}

/** Items of a report that do not pair up one to one wait, with a conflict saying how to settle it. */
export function conflictActions(conflicts: readonly RewordConflict[]): PlannedAction[] {
  return conflicts.map((conflict) => {
    const keys = [...conflict.gone, ...conflict.added].map((i) => i.key as ItemKey);
    const texts = (items: readonly StoredItem[]) => items.map((i) => `"${i.title}"`).join(', ');
    const why = `reworded items in ${conflict.report} do not pair up one to one: ${texts(conflict.gone)} resemble ${texts(conflict.added)}. Fix: edit the report so that each old item resembles at most one new item (or none), then sync again`;
    return { type: 'conflict', keys, reports: [conflict.report], why };
  });
}

/** Connected groups of the "similar, same section" relation between gone and added items. */
function matchGroups(gone: StoredItem[], added: StoredItem[]): { gone: StoredItem[]; added: StoredItem[] }[] {
  const groups: { gone: Set<StoredItem>; added: Set<StoredItem> }[] = [];
  const groupOf = new Map<StoredItem, (typeof groups)[number]>();
  for (const old of gone) {
    for (const now of added) {
      const sameSection = JSON.stringify(old.section) === JSON.stringify(now.section);
      if (!sameSection || !resembles(old.text, now.text)) continue;
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
