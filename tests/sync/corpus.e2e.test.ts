import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { itemKey } from '../../src/extract/normalise.ts';
import { CORPUS } from '../helpers/cli.ts';
import { cardsByMarker, countsOf, syncHarness } from './e2e-helpers.ts';

interface Expected {
  path: string;
  items: { kind: 'todo' | 'planned'; text: string; checklist: string[] }[];
}

const expected = readFileSync(`${CORPUS}expected.jsonl`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Expected)
  .sort((a, b) => new Intl.Collator('en', { numeric: true }).compare(a.path, b.path));

/** Distinct items in report order: the first occurrence gives kind and checklist; every report is a source. */
function distinctItems() {
  const items = new Map<string, { kind: string; checklist: string[]; reports: Set<string> }>();
  for (const report of expected) {
    for (const item of report.items) {
      const key = itemKey(item.text);
      const known = items.get(key) ?? {
        kind: item.kind,
        checklist: item.checklist,
        reports: new Set<string>(),
      };
      known.reports.add(report.path);
      items.set(key, known);
    }
  }
  return items;
}

test('syncing the corpus makes one card per distinct item, in the right list, with checklist and every source; a rerun makes no API call', async (t) => {
  const h = await syncHarness(t);
  const first = countsOf(await h.cli(['sync', '--source', CORPUS, '--json']));
  const items = distinctItems();
  assert.equal(items.size, 86);
  assert.equal(first.created, items.size);
  assert.equal(first.errors, 0);

  const board = await h.board();
  const byKey = cardsByMarker(board);
  assert.deepEqual(new Set(byKey.keys()), new Set(items.keys()));
  assert.equal(board.cards.length, items.size, 'no card without a marker, no duplicate');
  const listName = (id: string) => board.lists.find((l) => l.id === id)?.name;
  for (const [key, item] of items) {
    const [card, ...more] = byKey.get(key) ?? [];
    assert.ok(card);
    assert.equal(more.length, 0, `one card for ${key}`);
    assert.equal(listName(card.idList), item.kind === 'todo' ? 'TODO' : 'Planned');
    const checklist = board.checklists
      .filter((c) => c.idCard === card.id)
      .map((c) => c.checkItems.map((i) => i.name));
    assert.deepEqual(
      checklist,
      item.checklist.length > 0 ? [item.checklist] : [],
      `checklist of "${card.name}"`,
    );
    const sources = card.desc.split('\n').filter((line) => /^- .*[:]\d+/.test(line));
    assert.equal(sources.length, item.reports.size, `sources of "${card.name}"`);
    for (const path of item.reports)
      assert.ok(card.desc.includes(`${path}:`), `"${card.name}" lists ${path}`);
  }

  h.emulator.resetStats();
  const second = countsOf(await h.cli(['sync', '--source', CORPUS, '--json']));
  assert.equal(h.emulator.stats().total, 0, 'a rerun with nothing changed makes no API call at all');
  assert.equal(second.apiCalls, 0);
  assert.equal(second.unchanged, items.size);
  assert.equal(second.created, 0);
});
