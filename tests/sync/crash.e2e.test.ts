import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { readStateFile } from '../../src/state/store.ts';
import { syncStateSchema } from '../../src/state/sync-state-schema.ts';
import { CORPUS } from '../helpers/cli.ts';
import { corpusExpectation, expectedCheckItems } from './corpus-labels.ts';
import { cardsByMarker, countsOf, runAndKill, seeded, until, syncHarness } from './e2e-helpers.ts';

/** The cards the corpus's labels call for, and their check items. */
const { cards: EXPECTED } = corpusExpectation();
const CARDS = EXPECTED.size;
const CHECK_ITEMS = expectedCheckItems(EXPECTED);

test('killed with SIGKILL at 10 random moments under "commit then drop" faults: a rerun leaves one card per item and a state that matches the board; without the state file a rerun creates nothing', async (t) => {
  const h = await syncHarness(t);
  // Latency stretches the sync over a few seconds, so that there is a middle to kill it in.
  h.emulator.setFaults({ seed: 7, commitThenDropRate: 0.05, latencyMs: 40, latencyJitterMs: 30 });
  const args = ['sync', '--source', CORPUS, '--json'];
  const random = seeded(42);
  let killedMidSync = 0;
  for (let i = 0; i < 10; i++) {
    // A random moment after the run's first write, so that each kill lands mid-sync however slow the machine.
    const writesBefore = h.emulator.stats().writes;
    const extraMs = Math.floor(random() * 800);
    const killWhen = async (exited: () => boolean) => {
      await until(() => exited() || h.emulator.stats().writes > writesBefore);
      await sleep(extraMs);
    };
    const run = await runAndKill(args, { cwd: h.dir, env: h.env, killWhen });
    const cards = (await h.board()).cards.length;
    if (run.killed && cards < CARDS) killedMidSync++;
    // A killed run leaves its lock behind; the next run takes it over once stale (10 s). Once, that path
    // is exercised here; the other times the dead process's lock is cleared to keep the test short.
    if (i !== 4) await rm(`${h.statePath}.lock`, { recursive: true, force: true });
  }
  assert.ok(killedMidSync >= 8, `most runs were killed before the last card (${killedMidSync})`);

  const rerun = countsOf(await h.cli(args));
  assert.equal(rerun.errors, 0);
  const board = await h.board();
  const byKey = cardsByMarker(board);
  assert.equal(byKey.size, CARDS);
  assert.equal(board.cards.length, CARDS, 'no duplicate, no unmarked card');
  for (const [key, cards] of byKey) assert.equal(cards.length, 1, `one card for ${key}`);

  const saved = await readStateFile(h.statePath, { schema: syncStateSchema });
  assert.ok(saved);
  const records = Object.entries(saved.data.cards);
  assert.equal(records.length, CARDS);
  for (const [key, record] of records) {
    assert.equal(byKey.get(key)?.[0]?.id, record.cardId, `state maps ${key} to its card`);
  }
  for (const [key, record] of records) {
    if (record.written.checklist === null) continue;
    const onBoard = board.checklists.find((c) => c.id === record.written.checklist?.id);
    assert.deepEqual(
      onBoard?.checkItems.map((i) => i.name),
      record.written.checklist.items,
      `checklist of ${key} as recorded`,
    );
  }
  const perCard = board.checklists.map((c) => c.idCard);
  assert.equal(new Set(perCard).size, perCard.length, 'at most one checklist per card');
  const checkItems = board.checklists.reduce((n, c) => n + c.checkItems.length, 0);
  assert.equal(checkItems, CHECK_ITEMS, 'every check item, once');

  // The state file lost: the mapping comes back from the markers, and nothing is created.
  for (const suffix of ['', '.bak', '.journal']) await rm(`${h.statePath}${suffix}`, { force: true });
  h.emulator.setFaults({});
  const rebuilt = countsOf(await h.cli(args));
  assert.equal(rebuilt.created, 0);
  assert.equal((await h.board()).cards.length, CARDS);
  const again = await readStateFile(h.statePath, { schema: syncStateSchema });
  assert.equal(Object.keys(again?.data.cards ?? {}).length, CARDS);
});
