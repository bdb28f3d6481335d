import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { emptyCounts } from '../../src/counts.ts';
import { lastRunPathOf, readLastRun, writeLastRun } from '../../src/state/last-run.ts';

test('the last run is kept beside the state file, never in it, and an unreadable record reads as none', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-last-run-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const stateFile = join(dir, 'state.json');
  assert.equal(await readLastRun(stateFile), null, 'no run recorded yet');

  const run = { at: '2026-12-01T08:00:00.000Z', ...emptyCounts(), unchanged: 3 };
  await writeLastRun(stateFile, run);
  assert.deepEqual(await readLastRun(stateFile), run);
  assert.equal(lastRunPathOf(stateFile), `${stateFile}.last-run.json`);
  await assert.rejects(stat(stateFile), /ENOENT/, 'the state file itself is not written');

  await writeFile(lastRunPathOf(stateFile), '{"at": 1');
  assert.equal(await readLastRun(stateFile), null, 'a torn record');
  await writeFile(lastRunPathOf(stateFile), JSON.stringify({ at: 1, created: 'two' }));
  assert.equal(await readLastRun(stateFile), null, 'a record of another shape');
  assert.match(await readFile(lastRunPathOf(stateFile), 'utf8'), /"at"/, 'reading never rewrites it');
});
