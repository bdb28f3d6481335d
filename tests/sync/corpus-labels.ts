/**
 * What syncing the whole corpus folder must make, derived from its labels
 * (../shared/corpus/expected.jsonl and realworld/expected.jsonl) under the
 * extraction contract v2: one card per distinct item whose newest report
 * (by report date, undated ones after dated ones, by path) lists it open, in
 * the list of that report's kind, with that report's checklist and due date;
 * every report the item appears in is a source. An item done in its newest
 * report makes no card.
 */
import { readFileSync } from 'node:fs';
import { itemKey } from '../../src/extract/normalise.ts';
import { CORPUS } from '../helpers/cli.ts';

interface LabelledItem {
  kind: 'todo' | 'planned';
  status: 'open' | 'done';
  text: string;
  checklist: { text: string; checked: boolean }[];
  due: string | null;
}

interface LabelledReport {
  path: string;
  date: string | null;
  items: LabelledItem[];
}

export interface ExpectedCard {
  kind: 'todo' | 'planned';
  checklist: { text: string; checked: boolean }[];
  due: string | null;
  /** Paths of every report the item appears in, open or done. */
  reports: Set<string>;
}

const LABEL_FILES = ['expected.jsonl', 'realworld/expected.jsonl'];
const byPath = new Intl.Collator('en', { numeric: true });

function labelled(): LabelledReport[] {
  return LABEL_FILES.flatMap((file) =>
    readFileSync(`${CORPUS}${file}`, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LabelledReport),
  );
}

/** Oldest first, as the contract orders reports: by date, undated after dated, by path. */
function oldestFirst(a: LabelledReport, b: LabelledReport): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return byPath.compare(a.path, b.path);
}

export interface CorpusExpectation {
  /** Item key -> the card it must have. */
  cards: Map<string, ExpectedCard>;
  /** Distinct items done in their newest report: no card. */
  doneWithoutCard: number;
  distinctItems: number;
}

export function corpusExpectation(): CorpusExpectation {
  const newest = new Map<string, LabelledItem & { reports: Set<string>; due: string | null }>();
  for (const report of labelled().sort(oldestFirst)) {
    const seen = new Set<string>();
    for (const item of report.items) {
      const key = itemKey(item.text);
      if (seen.has(key)) continue;
      seen.add(key);
      const known = newest.get(key);
      const reports = known?.reports ?? new Set<string>();
      reports.add(report.path);
      // A done item has no due date of its own: it keeps the one an older report gave it (owners are not checked here).
      const due = item.status === 'done' ? (known?.due ?? null) : item.due;
      newest.set(key, { ...item, due, reports });
    }
  }
  const cards = new Map<string, ExpectedCard>();
  for (const [key, item] of newest) {
    if (item.status === 'open')
      cards.set(key, { kind: item.kind, checklist: item.checklist, due: item.due, reports: item.reports });
  }
  return { cards, doneWithoutCard: newest.size - cards.size, distinctItems: newest.size };
}

/** Check items of the expected cards. */
export function expectedCheckItems(cards: ReadonlyMap<string, ExpectedCard>): number {
  return [...cards.values()].reduce((n, card) => n + card.checklist.length, 0);
}

/** Expected cards with a checklist. */
export function expectedChecklists(cards: ReadonlyMap<string, ExpectedCard>): number {
  return [...cards.values()].filter((card) => card.checklist.length > 0).length;
}
