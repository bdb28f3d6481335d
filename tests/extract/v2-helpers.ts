// Reports written inline, parsed and extracted as a sync run does, for the rule tests of extraction v2.
import assert from 'node:assert/strict';
import { compileRules, extractItems, type Item } from '../../src/extract/index.ts';
import type { Roster } from '../../src/extract/owners.ts';
import { parseReport } from '../../src/parse/index.ts';

/** Items of `lines` read as the file `path` (its extension picks the format; its name and folders may date it). */
export function itemsOf(path: string, lines: string[], people: Roster = {}): Item[] {
  const rules = compileRules({ people });
  const { outline, warnings } = parseReport(lines.join('\n'), { path, rules });
  assert.ok(outline, JSON.stringify(warnings));
  return extractItems(outline, rules);
}

/** The fields a rule decides, compactly: `[kind, status, text, section, line]`. */
export const shape = (items: Item[]) => items.map((i) => [i.kind, i.status, i.text, i.section, i.line]);

export const texts = (items: Item[]) => items.map((i) => i.text);

export function reportDate(path: string, lines: string[]): string | undefined {
  const { outline } = parseReport(lines.join('\n'), { path });
  return outline?.metadata.date;
}
