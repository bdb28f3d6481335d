import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORPUS } from '../helpers/cli.ts';
import { corpusExpectation } from './corpus-labels.ts';
import { cardsByMarker, countsOf, syncHarness } from './e2e-helpers.ts';

test('syncing the corpus makes one card per distinct open item (the newest report deciding), in the right list, with checklist, due date and every source; done items make none; a rerun makes no API call', async (t) => {
  const h = await syncHarness(t);
  const first = countsOf(await h.cli(['sync', '--source', CORPUS, '--json']));
  const expected = corpusExpectation();
  assert.ok(expected.cards.size > 100 && expected.doneWithoutCard > 0, 'the labels have open and done items');
  assert.equal(first.created, expected.cards.size);
  assert.equal(first.doneWithoutCard, expected.doneWithoutCard);
  assert.equal(first.errors, 0);

  const board = await h.board();
  const byKey = cardsByMarker(board);
  assert.deepEqual(new Set(byKey.keys()), new Set(expected.cards.keys()));
  assert.equal(board.cards.length, expected.cards.size, 'no card without a marker, no duplicate');
  const listName = (id: string) => board.lists.find((l) => l.id === id)?.name;
  // The board starts with Trello's default lists: its `To Do` serves the TODO kind.
  assert.deepEqual(board.lists.map((l) => l.name).sort(), ['Doing', 'Done', 'Planned', 'To Do']);
  for (const [key, item] of expected.cards) {
    const [card, ...more] = byKey.get(key) ?? [];
    assert.ok(card);
    assert.equal(more.length, 0, `one card for ${key}`);
    assert.equal(listName(card.idList), item.kind === 'todo' ? 'To Do' : 'Planned', card.name);
    const checklist = board.checklists
      .filter((c) => c.idCard === card.id)
      .map((c) => c.checkItems.map((i) => ({ text: i.name, checked: i.state === 'complete' })));
    assert.deepEqual(
      checklist,
      item.checklist.length > 0 ? [item.checklist] : [],
      `checklist of "${card.name}"`,
    );
    assert.equal(
      card.due,
      item.due === null ? null : `${item.due}T12:00:00.000Z`,
      `due date of "${card.name}"`,
    );
    assert.equal(card.dueComplete, false);
    const sources = card.desc.split('\n').filter((line) => /^- .*[:]\d+/.test(line));
    assert.equal(sources.length, item.reports.size, `sources of "${card.name}"`);
    for (const path of item.reports)
      assert.ok(card.desc.includes(`${path}:`), `"${card.name}" lists ${path}`);
    assert.match(
      card.desc,
      new RegExp(`^From .+ · ${item.reports.size} reports?\\n`),
      'the newest source first',
    );
  }

  h.emulator.resetStats();
  const second = countsOf(await h.cli(['sync', '--source', CORPUS, '--json']));
  assert.equal(h.emulator.stats().total, 0, 'a rerun with nothing changed makes no API call at all');
  assert.equal(second.apiCalls, 0);
  assert.equal(second.unchanged, expected.distinctItems);
  assert.equal(second.created, 0);
});
