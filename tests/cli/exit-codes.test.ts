import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syncHarness } from '../sync/e2e-helpers.ts';

const REPORT = '# Week 1\n\nTODO: order the new switches\n\nTODO: rack the new switches\n';

type Harness = Awaited<ReturnType<typeof syncHarness>>;

async function withReport(h: Harness): Promise<void> {
  await mkdir(join(h.dir, 'reports'));
  await writeFile(join(h.dir, 'reports', 'week-1.md'), REPORT);
}

/** The `report-sync: …` lines of a run (the log lines are JSON). */
const messages = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('report-sync: '));

test('a sync in which every source failed exits 1 with a one-line reason, also with --json', async (t) => {
  const h = await syncHarness(t);
  const run = await h.cli(['sync', '--source', 'missing', '--source', 'gone/*.md']);
  assert.equal(run.code, 1, run.stderr);
  const [reason, ...more] = messages(run.stderr);
  assert.deepEqual(more, []);
  assert.match(
    reason ?? '',
    /^report-sync: nothing was synced: every source failed \(source \S*missing skipped: /,
  );
  assert.match(reason ?? '', /Fix: correct the sources; `report-sync doctor` checks them\.$/);

  const json = await h.cli(['sync', '--source', 'missing', '--json']);
  assert.equal(json.code, 1);
  assert.deepEqual(
    (JSON.parse(json.stdout) as { warnings: { code: string }[] }).warnings.map((w) => w.code),
    ['source-failed'],
  );
});

test('a sync whose sources name no readable report exits 1; one with no source at all is a configuration error (2)', async (t) => {
  const h = await syncHarness(t);
  await mkdir(join(h.dir, 'empty'));
  const empty = await h.cli(['sync', '--source', 'empty']);
  assert.equal(empty.code, 1, empty.stderr);
  assert.match(
    messages(empty.stderr)[0] ?? '',
    /nothing was synced: no report could be read from the sources \(.*empty: /,
  );

  const none = await h.cli(['sync']);
  assert.equal(none.code, 2, none.stderr);
  assert.match(
    none.stderr,
    /no sources are configured.*Fix: set "sources" in the config file, REPORT_SYNC_SOURCES, or pass --source/,
  );
  assert.equal(h.emulator.stats().writes, 0, 'neither touched the board');
});

test('once its reports were synced, a run whose sources all fail still exits 1 (and changes nothing)', async (t) => {
  const h = await syncHarness(t);
  await withReport(h);
  assert.equal((await h.cli(['sync', '--source', 'reports'])).code, 0);
  await rename(join(h.dir, 'reports'), join(h.dir, 'reports-moved'));
  const writes = h.emulator.stats().writes;
  const moved = await h.cli(['sync', '--source', 'reports']);
  assert.equal(moved.code, 1, moved.stderr);
  assert.match(moved.stderr, /every source failed/);
  assert.equal(h.emulator.stats().writes, writes);
});

test('plan exits 0 or 1, and 2 for a configuration error; with --detailed-exitcode 0 no changes, 2 changes, 1 any error', async (t) => {
  const h = await syncHarness(t);
  await withReport(h);
  const plan = (...args: string[]) => h.cli(['plan', ...args]);

  assert.equal((await plan('--source', 'reports')).code, 0, 'changes planned, no flag');
  assert.equal((await plan('--source', 'missing')).code, 1, 'nothing read');
  assert.equal((await plan('--source', 'reports', '--state', '/dev/null/x')).code, 1, 'a state error');
  assert.equal((await h.cli(['plan', '--source', 'reports'], { env: { TRELLO_BOARD: undefined } })).code, 2);
  assert.equal((await plan('--bogus')).code, 2, 'a usage error');

  const detailed = (...args: string[]) => plan('--detailed-exitcode', ...args);
  assert.equal((await detailed('--source', 'reports')).code, 2, 'changes planned');
  assert.equal((await detailed('--source', 'missing')).code, 1, 'nothing read');
  const noBoard = await h.cli(['plan', '--detailed-exitcode', '--source', 'reports'], {
    env: { TRELLO_BOARD: undefined },
  });
  assert.equal(noBoard.code, 1, 'a configuration error is an error, not "changes"');
  assert.match(noBoard.stderr, /board: set "board"/);
  assert.equal((await plan('--bogus', '--detailed-exitcode')).code, 1, 'a usage error too');

  assert.equal((await h.cli(['sync', '--source', 'reports'])).code, 0);
  assert.equal((await detailed('--source', 'reports')).code, 0, 'no changes');
  assert.equal((await plan('--source', 'reports')).code, 0);
});

test('status shows the last run even when it changed nothing', async (t) => {
  const h = await syncHarness(t);
  await withReport(h);
  const lastRun = async () =>
    (
      JSON.parse((await h.cli(['status', '--json'])).stdout) as {
        lastRun: { at: string; created: number; unchanged: number };
      }
    ).lastRun;
  assert.equal((await h.cli(['sync', '--source', 'reports'])).code, 0);
  const first = await lastRun();
  assert.equal(first.created, 2);

  const calls = h.emulator.stats().total;
  const idle = await h.cli(['sync', '--source', 'reports', '--json']);
  assert.equal(idle.code, 0, idle.stderr);
  assert.equal(h.emulator.stats().total, calls, 'the idle run made no API call');
  const second = await lastRun();
  assert.ok(second.at > first.at, `${second.at} is after ${first.at}`);
  assert.deepEqual([second.created, second.unchanged], [0, 2]);
  assert.match((await h.cli(['status'])).stdout, /^Last run: +\S+: 0 created, .*2 unchanged/m);
  assert.ok(JSON.parse(await readFile(h.statePath, 'utf8')));
});

test('an unknown worker.timezone stops sync, the worker and the digest alike, with one message naming both its uses', async (t) => {
  const h = await syncHarness(t);
  await withReport(h);
  await writeFile(join(h.dir, 'report-sync.json'), JSON.stringify({ worker: { timezone: 'Mars/Olympus' } }));
  const zone = /worker\.timezone "Mars\/Olympus" \(the zone of the schedule and of due dates\) .*Fix: /;
  const sync = await h.cli(['sync', '--dry-run', '--source', 'reports']);
  assert.equal(sync.code, 2, sync.stderr);
  assert.match(sync.stderr, zone);
  const worker = await h.cli(['worker', '--source', 'reports']);
  assert.equal(worker.code, 2, worker.stderr);
  assert.match(worker.stderr, zone);
  const digest = await h.cli(['digest']);
  assert.equal(digest.code, 2, digest.stderr);
  assert.match(digest.stderr, zone);
});
