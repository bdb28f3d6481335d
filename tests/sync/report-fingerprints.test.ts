// A report is read only when its fingerprint (size, times, inode) is not the one saved:
// touched but unchanged is still unchanged, changed is always noticed, even with its
// size and modification time put back, and a file changed just now is hashed again next time.
import assert from 'node:assert/strict';
import { mkdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { loadConfig } from '../../src/config/index.ts';
import { compileRules } from '../../src/extract/index.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { SETTLED_AFTER_MS } from '../../src/reports/fingerprint.ts';
import { emptySyncState, type SyncState } from '../../src/state/sync-state.ts';
import { readReportInputs, type ReportInputs } from '../../src/sync/inputs.ts';
import { tempDir } from './e2e-helpers.ts';

const REPORT = '# Uke 1\n\n## Planlagte aktiviteter\n\n- Skrive rapport om datasettet\n';
const ID = 'reports/week-1.md';

async function setup(t: TestContext) {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'reports'));
  const file = join(dir, 'reports', 'week-1.md');
  await writeFile(file, REPORT);
  const { config } = await loadConfig({ cwd: dir, env: { REPORT_SYNC_SOURCES: 'reports' } });
  const rules = compileRules({ extraction: config.extraction, people: config.people });
  /** The inputs as a run at `atMs` (by default long after every write here) reads them. */
  const read = (state: SyncState, atMs = Date.now() + 10 * SETTLED_AFTER_MS): Promise<ReportInputs> =>
    readReportInputs(config, state, {
      rules: () => rules,
      logger: silentLogger(),
      now: () => new Date(atMs),
    });
  return { file, read };
}

/** The state a sync of these inputs leaves: reports recorded, fingerprints saved. */
function remember(inputs: ReportInputs, state: SyncState = emptySyncState()): SyncState {
  const reports = { ...state.reports };
  for (const r of inputs.reports)
    reports[r.id] = {
      ...r.record,
      fingerprint: inputs.fingerprints.get(r.id) ?? r.record.fingerprint ?? null,
    };
  return { ...state, reports };
}

const statusOf = (inputs: ReportInputs) => inputs.reports.find((r) => r.id === ID)?.status;

test('an unchanged report with its fingerprint is not read at all', async (t) => {
  const { read } = await setup(t);
  const first = await read(emptySyncState());
  assert.equal(first.parsed, 1);
  const state = remember(first);
  assert.ok(state.reports[ID]?.fingerprint, 'a settled fingerprint is saved with the report');
  // A hash that no longer matches the file shows that only the fingerprint was compared.
  const record = state.reports[ID];
  assert.ok(record);
  const again = await read({ ...state, reports: { [ID]: { ...record, hash: 'not the hash' } } });
  assert.equal(statusOf(again), 'unchanged');
  assert.equal(again.fingerprints.size, 0, 'nothing new to save');
});

test('a report touched but not changed stays unchanged, and its new fingerprint is saved', async (t) => {
  const { file, read } = await setup(t);
  const state = remember(await read(emptySyncState()));
  const later = new Date(Date.now() + 60_000);
  await utimes(file, later, later);
  const touched = await read(state, later.getTime() + 10 * SETTLED_AFTER_MS);
  assert.equal(statusOf(touched), 'unchanged');
  assert.equal(touched.parsed, 0);
  const saved = touched.fingerprints.get(ID);
  assert.ok(saved && saved !== state.reports[ID]?.fingerprint, 'the new fingerprint, to save');
});

test('a report changed is noticed, even with its size and modification time put back', async (t) => {
  const { file, read } = await setup(t);
  const state = remember(await read(emptySyncState()));
  const before = await stat(file);
  await writeFile(file, REPORT.replace('Skrive', 'Lese  ')); // the same size
  await utimes(file, before.atime, before.mtime);
  assert.equal((await stat(file)).size, before.size);
  const changed = await read(state);
  assert.equal(statusOf(changed), 'changed');
  assert.equal(changed.parsed, 1);
});

test('a fingerprint taken right after a write is not trusted: the next run hashes the file again', async (t) => {
  const { read } = await setup(t);
  const fresh = await read(emptySyncState(), Date.now());
  assert.equal(
    fresh.reports[0]?.record.fingerprint,
    null,
    'the file changed too recently to trust its times',
  );
  const state = remember(fresh);
  const next = await read(state);
  assert.equal(statusOf(next), 'unchanged', 'the same content, found by its hash');
  assert.ok(next.fingerprints.get(ID), 'and now a settled fingerprint to save');
});
