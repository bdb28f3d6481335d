// A state file that cannot be saved (here: its disk is full, on a real small tmpfs)
// stops the run's writes to the board at once: every write is recorded as an intent
// before it is sent, so with a full disk not one reaches the board, and the run says so.
import assert from 'node:assert/strict';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { readStateFile } from '../../src/state/store.ts';
import { syncStateSchema } from '../../src/state/sync-state-schema.ts';
import { fillDisk, smallDisk } from '../helpers/small-disk.ts';
import { countsOf, syncHarness } from './e2e-helpers.ts';

const ITEMS = 30;

test('a full disk under the state file: the run stops writing to the board at the first failed save, exits 1 and says why', async (t) => {
  const disk = await smallDisk(t, 512);
  if (!disk) return;
  const h = await syncHarness(t);
  const statePath = join(disk, 'state.json');
  const env = { REPORT_SYNC_STATE_FILE: statePath };
  await mkdir(join(h.dir, 'reports'));
  const report = join(h.dir, 'reports', 'week-1.md');
  const todos = Array.from({ length: ITEMS }, (_, i) => `- TODO: Ordne oppgave nummer ${i} for driften`);
  await writeFile(report, `# Uke 1\n\n${todos.join('\n')}\n`);
  const first = countsOf(await h.cli(['sync', '--source', 'reports', '--json'], { env }));
  assert.equal(first.created, ITEMS);
  const synced = await readStateFile(statePath, { schema: syncStateSchema });
  assert.ok(synced);

  // A second report names every item: each card's description gains a source, so each card is updated.
  await copyFile(report, join(h.dir, 'reports', 'week-2.md'));
  const filler = await fillDisk(disk, 8 * 1024); // less than the state file: its backup does not fit
  h.emulator.resetStats();
  const full = await h.cli(['sync', '--source', 'reports', '--json'], { env });

  assert.equal(full.code, 1, full.stderr);
  assert.match(full.stderr, /Could not save the state file .*state\.json: no space left on the device/);
  assert.match(full.stderr, /makes no more changes on the board/);
  assert.match(
    full.stderr,
    /"action":"update","item":"[^"]+".*"msg":"stopped at this action: the state could not be saved/,
  );
  assert.equal(
    h.emulator.stats().writes,
    0,
    'the intent of the first update could not be saved: nothing sent',
  );
  assert.equal((await readStateFile(statePath, { schema: syncStateSchema }))?.serial, synced.serial);

  await rm(filler);
  const after = countsOf(await h.cli(['sync', '--source', 'reports', '--json'], { env }));
  assert.equal(after.created, 0, 'no card made twice');
  assert.equal(after.skipped, 0, `no card is left as a person's edit: ${JSON.stringify(after)}`);
  assert.equal(after.sourcesAdded, ITEMS, 'every card is brought up to date');
  const saved = await readStateFile(statePath, { schema: syncStateSchema });
  assert.ok(saved);
  const records = Object.values(saved.data.cards);
  assert.ok(records.every((record) => record.pending === undefined && record.personFields.length === 0));
});
