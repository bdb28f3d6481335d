// A state file that cannot be saved (here: its disk is full, on a real small tmpfs)
// stops the run's writes to the board at once: every change made on the board is
// one the state remembers, but for the one whose save failed, and the run says so.
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
  const writes = h.emulator.stats().writes;
  assert.equal(writes, 1, 'only the change whose save failed reached the board');
  assert.equal((await readStateFile(statePath, { schema: syncStateSchema }))?.serial, synced.serial);

  await rm(filler);
  const after = countsOf(await h.cli(['sync', '--source', 'reports', '--json'], { env }));
  assert.equal(after.created, 0, 'no card made twice');
  // The one change whose save failed is not remembered, so it reads as a person's edit and is left alone.
  assert.equal(after.skipped, writes, JSON.stringify(after));
  assert.equal(after.sourcesAdded + after.updated, ITEMS - writes, 'the others are brought up to date');
});
