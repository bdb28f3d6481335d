// The state store on a real disk that fills up (a small tmpfs): no save may leave
// the state file, its backup or its journal unreadable, and a save that did not
// happen is never taken for one that did.
import assert from 'node:assert/strict';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { StateError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { openStateFile, readStateFile, type StateFileOptions } from '../../src/state/store.ts';
import { fillDisk, smallDisk } from '../helpers/small-disk.ts';
import { payloadWith, type TestPayload, testPayloadSchema } from './payload.ts';

const options: StateFileOptions<TestPayload> = {
  schema: testPayloadSchema,
  lockTimeoutMs: 1_000,
  logger: silentLogger(),
};
/** About 34 KB as a state file. */
const payload = (n: number) => payloadWith(n, 100, 250);
const FILE_BYTES = JSON.stringify(payload(1)).length;

async function saveRun(path: string, counter: number): Promise<void> {
  const state = await openStateFile(path, options);
  await state.checkpoint(payload(counter));
  await state.release();
}

const refusedForSpace = (error: unknown): boolean => {
  assert.ok(error instanceof StateError, `a StateError, not ${String(error)}`);
  assert.match(error.message, /Could not save the state file .*state\.json.*no space left/i);
  assert.match(error.message, /Free some space/);
  return true;
};

describe('a state file on a disk that fills up', () => {
  // A backup replaced frees the old one's space, so the second case has no backup yet.
  for (const [what, earlierRuns, leave] of [
    ['the backup does not fit', 2, FILE_BYTES / 2],
    ['the backup fits, the state file does not', 1, FILE_BYTES * 1.5],
  ] as const) {
    it(`keeps the state file and its backup readable when ${what}`, async (t) => {
      const disk = await smallDisk(t, 256);
      if (!disk) return;
      const path = join(disk, 'state.json');
      for (let run = 1; run <= earlierRuns; run++) await saveRun(path, run);
      const filler = await fillDisk(disk, leave);

      const state = await openStateFile(path, options);
      await assert.rejects(state.checkpoint(payload(3)), refusedForSpace);
      await assert.rejects(state.checkpoint(payload(4)), /an earlier save failed/, 'and saves no more');
      await state.release();

      const last = payload(earlierRuns);
      assert.deepEqual((await readStateFile(path, options))?.data, last, 'the state is the last save');
      const backup = await readStateFile(`${path}.bak`, options);
      assert.ok(backup, 'the backup is readable');
      assert.ok(
        backup.data.counter <= earlierRuns,
        `the backup is a whole earlier save (${backup.data.counter})`,
      );
      assert.deepEqual(
        (await readdir(disk)).sort(),
        ['filler', 'state.json', 'state.json.bak'],
        'no temp file is left behind',
      );

      await rm(filler);
      await saveRun(path, 9);
      assert.deepEqual((await readStateFile(path, options))?.data, payload(9), 'with space again, it saves');
    });
  }

  it('never keeps half a journal line, nor appends after one', async (t) => {
    const disk = await smallDisk(t, 256);
    if (!disk) return;
    const path = join(disk, 'state.json');
    const state = await openStateFile(path, options);
    await state.checkpoint(payload(1)); // the whole file
    const filler = await fillDisk(disk, 0);
    await assert.rejects(state.checkpoint(payload(2)), refusedForSpace); // one journal line
    await rm(filler);
    await assert.rejects(state.checkpoint(payload(3)), /an earlier save failed/);
    await state.release();

    const read = await readStateFile(path, options);
    assert.equal(read?.serial, 1, 'the save that failed is not counted');
    assert.deepEqual(read?.data, payload(1));
    const next = await openStateFile(path, options);
    await next.checkpoint(payload(2));
    await next.checkpoint(payload(3));
    await next.release();
    assert.deepEqual((await readStateFile(path, options))?.data, payload(3));
  });
});
