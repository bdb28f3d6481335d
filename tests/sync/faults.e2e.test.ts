import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORPUS } from '../helpers/cli.ts';
import { cardsByMarker, countsOf, logLines, syncHarness } from './e2e-helpers.ts';

const DISTINCT_ITEMS = 86;

/** Cards of the corpus with a checklist, and their check items. */
const CHECKLISTS = 9;
const CHECK_ITEMS = 40;

test("with 5% 5xx and 5% connection resets under Trello's real rate limits, every item is synced exactly once and no 429 reaches the user", async (t) => {
  const h = await syncHarness(t, {
    realRateLimits: true,
    faults: { seed: 3, errorRate: 0.05, resetRate: 0.05 },
  });
  const run = await h.cli(['sync', '--source', CORPUS, '--json']);
  // On the log's fields, not its text: ids and report lines in the messages may hold "429" by chance.
  const lines = logLines(run);
  assert.deepEqual(
    lines.filter((line) => line['status'] === 429),
    [],
    'no request was answered 429',
  );
  assert.deepEqual(
    lines.filter((line) => typeof line['level'] !== 'number' || line['level'] >= 50),
    [],
    'no error reached the user',
  );
  const counts = JSON.parse(run.stdout) as { created: number; errors: number };
  assert.equal(counts.created, DISTINCT_ITEMS);
  const stats = h.emulator.stats();
  assert.ok(stats.faults > 0, 'faults were injected');
  assert.equal(stats.rateLimited, 0, 'the client paces itself below the limit');
  h.emulator.setFaults({});
  const board = await h.board();
  const byKey = cardsByMarker(board);
  assert.equal(byKey.size, DISTINCT_ITEMS);
  assert.equal(board.cards.length, DISTINCT_ITEMS);
  assert.equal(board.checklists.length, CHECKLISTS, 'one checklist per card that has one');

  const checkItems = board.checklists.reduce((n, c) => n + c.checkItems.length, 0);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(counts.errors, 0);
  assert.equal(checkItems, CHECK_ITEMS, 'every check item, once');
});

test('two syncs started together leave one set of cards', async (t) => {
  const h = await syncHarness(t);
  const args = ['sync', '--source', CORPUS, '--json'];
  const [a, b] = await Promise.all([h.cli(args), h.cli(args)]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  const counts = [countsOf(a), countsOf(b)];
  assert.equal((counts[0]?.created ?? 0) + (counts[1]?.created ?? 0), DISTINCT_ITEMS);
  const board = await h.board();
  assert.equal(board.cards.length, DISTINCT_ITEMS);
  assert.equal(cardsByMarker(board).size, DISTINCT_ITEMS);
});
