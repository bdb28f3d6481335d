// A run with nothing to do is told from the state file's summary, without reading its cards
// and items; any change a full read would act on makes it read in full.
import assert from 'node:assert/strict';
import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { loadConfig, type Config } from '../../src/config/index.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { SETTLED_AFTER_MS } from '../../src/reports/fingerprint.ts';
import { lastRunPathOf } from '../../src/state/last-run.ts';
import { readStateFile } from '../../src/state/store.ts';
import { syncStateSchema } from '../../src/state/sync-state-schema.ts';
import { withSyncState } from '../../src/state/sync-file.ts';
import { summarizeSyncState, type SyncSummary } from '../../src/state/sync-summary.ts';
import { findSyncReports } from '../../src/sync/inputs.ts';
import { quietRun } from '../../src/sync/quiet.ts';
import { runSync } from '../../src/sync/run.ts';
import { requireTrelloAccess } from '../../src/config/index.ts';
import { FakeGateway } from '../helpers/fake-gateway.ts';
import { tempDir } from './e2e-helpers.ts';

const week = (n: number, item: string) =>
  `# Uke ${n}\n\n## Planlagte aktiviteter\n\n- ${item}\n- Oppdatere sertifikater\n`;
/** Long after every write of a test: fingerprints taken then are settled, so they are saved. */
const later = () => new Date(Date.now() + 10 * SETTLED_AFTER_MS);

async function synced(t: TestContext) {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'report-sync.json'), JSON.stringify({ sources: ['reports/'] }));
  const { mkdir } = await import('node:fs/promises');
  await mkdir(join(dir, 'reports'));
  await writeFile(join(dir, 'reports', 'uke-1.md'), week(1, 'Skrive rapport om datasettet'));
  await writeFile(join(dir, 'reports', 'uke-2.md'), week(2, 'Rydde i koden'));
  const gateway = new FakeGateway();
  const env = {
    TRELLO_API_KEY: 'k',
    TRELLO_API_TOKEN: 't',
    TRELLO_BOARD: gateway.boardRef.shortLink,
    REPORT_SYNC_STATE_FILE: join(dir, 'state.json'),
  };
  const configOf = async (): Promise<Config> => (await loadConfig({ cwd: dir, env })).config;
  const sync = async (config?: Config) => {
    const c = config ?? (await configOf());
    return runSync(c, requireTrelloAccess(c), { gateway, logger: silentLogger(), now: later });
  };
  assert.equal((await sync()).counts.created, 3);
  const stateFile = join(dir, 'state.json');
  /** The summary of the state on disk, and the run's verdict on the files as they are now. */
  const verdict = async (config?: Config, summary?: SyncSummary) => {
    const c = config ?? (await configOf());
    const read = await readStateFile(stateFile, { schema: syncStateSchema });
    assert.ok(read);
    const found = await findSyncReports(c, { logger: silentLogger() });
    return quietRun(
      c,
      gateway.boardRef.shortLink,
      summary ?? summarizeSyncState(read.data),
      found,
      later().getTime(),
    );
  };
  return { dir, stateFile, gateway, configOf, sync, verdict };
}

test('after a sync, a run over the same files has nothing to do, told from the summary alone', async (t) => {
  const { stateFile, sync, verdict } = await synced(t);
  assert.deepEqual(await verdict(), { reportsRead: 2, items: 3 });
  const head = JSON.parse((await readFile(stateFile, 'utf8')).split(',"data":')[0] + '}') as {
    summary: SyncSummary;
  };
  const read = await readStateFile(stateFile, { schema: syncStateSchema });
  assert.deepEqual(head.summary, summarizeSyncState(read?.data ?? assert.fail()), 'the head holds it');

  const before = await stat(stateFile);
  const rerun = await sync();
  assert.deepEqual([rerun.plan, rerun.counts.unchanged, rerun.reportsRead], [null, 3, 2]);
  assert.equal((await stat(stateFile)).mtimeMs, before.mtimeMs, 'the state is not written');
  const record = JSON.parse(await readFile(lastRunPathOf(stateFile), 'utf8')) as { unchanged: number };
  assert.equal(record.unchanged, 3, 'the run is recorded for status');
});

test('a report changed with its size and modification time put back is read again, and synced', async (t) => {
  const { dir, sync, verdict } = await synced(t);
  const file = join(dir, 'reports', 'uke-1.md');
  const before = await stat(file);
  await writeFile(file, week(1, 'Skrive rapport om datasetta')); // the same size
  await utimes(file, before.atime, before.mtime);
  assert.equal(await verdict(), null);
  const run = await sync();
  assert.ok(run.plan, 'planned');
  assert.equal(run.counts.created + run.counts.updated, 1, JSON.stringify(run.counts));
});

test('a report touched, added or removed is for the full check', async (t) => {
  const { dir, verdict } = await synced(t);
  const file = join(dir, 'reports', 'uke-2.md');
  const soon = new Date(Date.now() + 60_000);
  await utimes(file, soon, soon);
  assert.equal(await verdict(), null, 'touched');

  const other = await synced(t);
  await writeFile(join(other.dir, 'reports', 'uke-3.md'), week(3, 'Bestille disker'));
  assert.equal(await other.verdict(), null, 'added');

  const third = await synced(t);
  await rm(join(third.dir, 'reports', 'uke-2.md'));
  assert.equal(await third.verdict(), null, 'removed');
});

test('other settings, another board, an unconfirmed create or a source naming nothing are for the full check', async (t) => {
  const { dir, configOf, verdict } = await synced(t);
  const config = await configOf();
  const summary = async () => {
    const read = await readStateFile(join(dir, 'state.json'), { schema: syncStateSchema });
    return summarizeSyncState(read?.data ?? assert.fail());
  };
  assert.equal(await verdict({ ...config, lists: { ...config.lists, todo: 'Å gjøre' } }), null, 'lists');
  assert.equal(await verdict({ ...config, people: { Kari: 'kari' } }), null, 'people');
  assert.equal(await verdict({ ...config, sourceUrlTemplate: 'https://x/{path}' }), null, 'links');
  assert.equal(await verdict(config, { ...(await summary()), board: 'another' }), null, 'board');
  assert.equal(await verdict(config, { ...(await summary()), confirmed: false }), null, 'unconfirmed');
  assert.equal(await verdict(config, { ...(await summary()), reports: null }), null, 'unsettled');
  const extra = { kind: 'path' as const, pattern: join(dir, 'empty'), urlTemplate: null };
  const { mkdir } = await import('node:fs/promises');
  await mkdir(join(dir, 'empty'));
  assert.equal(await verdict({ ...config, sources: [...config.sources, extra] }), null, 'empty source');
});

test('a write left pending (its save failed) is for the full check, which settles it; the run after is quiet again', async (t) => {
  const { stateFile, configOf, sync, verdict } = await synced(t);
  const config = await configOf();
  const key = await withSyncState(config, { readOnly: false, logger: silentLogger() }, async (file) => {
    const state = structuredClone(file.state);
    const [key, record] = Object.entries(state.cards)[0] ?? assert.fail('no card');
    const { kind, title, sources, tombstone, archivedBySync, vanishedNoticeAt, doneIn } = record;
    const then = { kind, title, sources, tombstone, archivedBySync, vanishedNoticeAt, doneIn };
    state.cards[key] = {
      ...record,
      pending: { fields: { name: { name: 'Never sent' } }, closed: null, then },
    };
    await file.checkpoint(state);
    return key;
  });
  assert.equal(await verdict(), null, 'a pending write is no quiet no-op');
  const run = await sync();
  assert.equal(run.counts.skipped, 0);
  const read = await readStateFile(stateFile, { schema: syncStateSchema });
  assert.equal(read?.data.cards[key]?.pending, undefined, 'settled, and dropped');
  assert.notEqual(await verdict(), null, 'quiet again');
});
