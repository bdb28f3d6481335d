import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORPUS } from '../helpers/cli.ts';
import { corpusExpectation, expectedChecklists, expectedCheckItems } from './corpus-labels.ts';
import { CLI_TIMEOUT_MS, cardsByMarker, countsOf, logLines, syncHarness } from './e2e-helpers.ts';

/** The cards the corpus's labels call for, their checklists and check items. */
const { cards: EXPECTED } = corpusExpectation();
const CARDS = EXPECTED.size;
const CHECKLISTS = expectedChecklists(EXPECTED);
const CHECK_ITEMS = expectedCheckItems(EXPECTED);

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
  assert.equal(counts.created, CARDS);
  const stats = h.emulator.stats();
  assert.ok(stats.faults > 0, 'faults were injected');
  assert.equal(stats.rateLimited, 0, 'the client paces itself below the limit');
  h.emulator.setFaults({});
  const board = await h.board();
  const byKey = cardsByMarker(board);
  assert.equal(byKey.size, CARDS);
  assert.equal(board.cards.length, CARDS);
  assert.equal(board.checklists.length, CHECKLISTS, 'one checklist per card that has one');

  const checkItems = board.checklists.reduce((n, c) => n + c.checkItems.length, 0);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(counts.errors, 0);
  assert.equal(checkItems, CHECK_ITEMS, 'every check item, once');
});

test('two syncs started together leave one set of cards', async (t) => {
  const h = await syncHarness(t);
  // The run that waits for the lock must outwait the whole other run, however slow the machine:
  // as long as the CLI's own time limit in this test, not the 30 s a person at a terminal gets.
  const config = join(h.dir, 'report-sync.json');
  await writeFile(config, JSON.stringify({ lockTimeoutMs: CLI_TIMEOUT_MS }));
  const args = ['sync', '--source', CORPUS, '--json', '--config', config];
  const [a, b] = await Promise.all([h.cli(args), h.cli(args)]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  const counts = [countsOf(a), countsOf(b)];
  assert.equal((counts[0]?.created ?? 0) + (counts[1]?.created ?? 0), CARDS);
  const board = await h.board();
  assert.equal(board.cards.length, CARDS);
  assert.equal(cardsByMarker(board).size, CARDS);
});
