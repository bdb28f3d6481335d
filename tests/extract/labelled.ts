// Extraction over a labelled set (../shared/corpus): every field of every item, and each report's date,
// compared with the labels. Every disagreement is listed in full, so a failure says what changed.
import { readFileSync } from 'node:fs';
import { compileRules } from '../../src/extract/index.ts';
import type { Item } from '../../src/extract/index.ts';
import { loadReport } from '../../src/reports/load.ts';
import { CORPUS } from '../helpers/cli.ts';

export const LABELLED_FIELDS = [
  'kind',
  'status',
  'text',
  'title',
  'checklist',
  'line',
  'section',
  'owners',
  'due',
] as const;

type LabelledItem = Pick<Item, (typeof LABELLED_FIELDS)[number]>;

export interface LabelledReport {
  path: string;
  date: string | null;
  items: LabelledItem[];
}

export interface Comparison {
  files: number;
  items: number;
  /** One entry per disagreement, each complete enough to fix the code (or argue with the label). */
  disagreements: string[];
}

export function readLabels(file: string): LabelledReport[] {
  return readFileSync(`${CORPUS}${file}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledReport);
}

const pick = (item: LabelledItem): LabelledItem =>
  Object.fromEntries(LABELLED_FIELDS.map((field) => [field, item[field]])) as unknown as LabelledItem;
const show = (value: unknown): string => JSON.stringify(value);

/** Reads every labelled report as `extract` does (empty roster, default rules) and lists each difference. */
export async function compareWithLabels(labels: readonly LabelledReport[]): Promise<Comparison> {
  const rules = compileRules();
  const disagreements: string[] = [];
  let items = 0;
  for (const label of labels) {
    const { report, warnings } = await loadReport(`${CORPUS}${label.path}`, { rules });
    if (!report) {
      disagreements.push(`${label.path}: not read (${warnings.map((w) => w.message).join('; ')})`);
      continue;
    }
    const date = report.metadata.date ?? null;
    if (date !== label.date)
      disagreements.push(`${label.path}: report date ${show(date)}, label ${show(label.date)}`);
    const found = report.items.map(pick);
    items += found.length;
    disagreements.push(...compareItems(label.path, found, label.items));
  }
  return { files: labels.length, items, disagreements };
}

/** Item by item in document order; an item missing or extra is shown whole, a changed one field by field. */
function compareItems(path: string, found: LabelledItem[], expected: LabelledItem[]): string[] {
  const out: string[] = [];
  const key = (item: LabelledItem) => `${item.line}\u0000${item.text}`;
  const expectedKeys = new Set(expected.map(key));
  const foundKeys = new Set(found.map(key));
  const byLine = new Map(found.map((item) => [item.line, item]));
  for (const want of expected) {
    const got = foundKeys.has(key(want)) ? found.find((f) => key(f) === key(want)) : byLine.get(want.line);
    if (!got) {
      out.push(`${path}:${want.line}: missing ${show(want)}`);
      continue;
    }
    for (const field of LABELLED_FIELDS) {
      if (show(got[field]) !== show(want[field]))
        out.push(
          `${path}:${want.line}: ${field} ${show(got[field])}, label ${show(want[field])} (item ${show(want.text)})`,
        );
    }
  }
  for (const got of found) {
    if (!expectedKeys.has(key(got)) && !expected.some((want) => want.line === got.line))
      out.push(`${path}:${got.line}: unexpected ${show(got)}`);
  }
  const order = (list: LabelledItem[]) =>
    list.map(key).filter((k) => expectedKeys.has(k) && foundKeys.has(k));
  if (out.length === 0 && show(order(found)) !== show(order(expected)))
    out.push(`${path}: items in another order than the labels: ${show(found.map((i) => i.text))}`);
  return out;
}
