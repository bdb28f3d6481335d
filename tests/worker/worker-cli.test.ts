import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger } from '../../src/log/logger.ts';
import { openStateFile } from '../../src/state/store.ts';
import { syncStateSchema } from '../../src/state/sync-state-schema.ts';
import { runCli } from '../helpers/cli.ts';
import { createGitFixture } from './git-fixture.ts';
import { gateProxy } from './gate-proxy.ts';
import { waitFor } from './wait.ts';
import {
  boardCards,
  boardItemKeys,
  createWorkspace,
  createdCards,
  distinctItemKeys,
  spawnCli,
  type Workspace,
} from './worker-process.ts';

const STOPPING = 'worker stopping: no more runs are scheduled';

/** A gate in front of the workspace's board that holds every request after the `cards`-th card is created. */
function gateAfterCards(t: TestContext, ws: Workspace, cards: number) {
  let created = 0;
  return gateProxy(
    t,
    ws.emulator.url,
    (method, path) => method === 'POST' && path === '/1/cards' && ++created === cards,
  );
}

/** The workspace with its Trello reached through the gate (the environment wins over the config file). */
function throughGate(ws: Workspace, gate: { url: string }): Workspace {
  return { ...ws, env: { ...ws.env, TRELLO_API_URL: gate.url } };
}

/** The requirement: a stopped worker is gone within 10 s (container runtimes kill after that). */
const STOP_BOUND_MS = 10_000;
const NEVER_ON_ITS_OWN = '0 0 1 1 *';

test('the worker syncs on a 2 s schedule: the first run creates the cards, the second writes nothing; SIGTERM exits 0', async (t) => {
  const ws = await createWorkspace(t);
  const worker = spawnCli(['worker', '--schedule', '*/2 * * * * *', '--once-at-start'], ws);
  t.after(() => worker.child.kill('SIGKILL'));

  await waitFor(() => worker.runs().length >= 1, 'the first run', 30_000);
  const writesAfterFirst = ws.emulator.stats().writes;
  await waitFor(() => worker.runs().length >= 2, 'the second run', 30_000);
  worker.child.kill('SIGTERM');
  assert.deepEqual(await worker.exited(STOP_BOUND_MS), { code: 0, signal: null });

  const [first, second] = worker.runs();
  const expected = await distinctItemKeys(ws);
  assert.equal(first?.['outcome'], 'ok');
  assert.equal((first?.['summary'] as { created: number }).created, expected.size);
  assert.equal(second?.['outcome'], 'ok');
  const secondCounts = second?.['summary'] as Record<string, number>;
  for (const field of ['created', 'updated', 'sourcesAdded', 'archived', 'commented', 'errors']) {
    assert.equal(secondCounts[field], 0, `second run: ${field}`);
  }
  assert.equal(ws.emulator.stats().writes, writesAfterFirst, 'the second run made no writes');
  assert.notEqual(first?.['runId'], second?.['runId']);
});

test('SIGTERM in the middle of a run: exit 0 within 10 s, state consistent, and a rerun creates nothing twice', async (t) => {
  const ws = await createWorkspace(t);
  const gate = await gateAfterCards(t, ws, 3);
  const worker = spawnCli(
    ['worker', '--schedule', NEVER_ON_ITS_OWN, '--once-at-start'],
    throughGate(ws, gate),
  );
  t.after(() => worker.child.kill('SIGKILL'));

  // Held after its third card, the run is surely in its middle when SIGTERM comes; let go once the worker is stopping.
  await waitFor(() => gate.holding() > 0, 'the run to be held after its third card', 30_000);
  worker.child.kill('SIGTERM');
  await waitFor(
    () => worker.logs.some((line) => line['msg'] === STOPPING),
    'the worker to be stopping',
    30_000,
  );
  gate.open();
  assert.deepEqual(await worker.exited(STOP_BOUND_MS), { code: 0, signal: null });
  assert.equal(worker.runs()[0]?.['outcome'], 'stopped');
  const createdBeforeStop = createdCards(ws);
  const expected = await distinctItemKeys(ws);
  assert.ok(createdBeforeStop < expected.size, 'the run was stopped before it created every card');
  JSON.parse(readFileSync(join(ws.dir, 'state.json'), 'utf8'));

  const rerun = await runCli(['sync', '--json'], { cwd: ws.dir, env: ws.env });
  assert.equal(rerun.code, 0, rerun.stderr);
  const counts = JSON.parse(rerun.stdout) as { created: number };
  assert.equal(
    counts.created,
    expected.size - createdBeforeStop,
    'the rerun creates only what the stopped run did not',
  );
  const onBoard = await boardItemKeys(ws);
  assert.deepEqual([...onBoard].sort(), [...expected].sort(), 'one card per item, none twice');
});

test('a manual sync during a scheduled run waits for the state lock and does not interleave', async (t) => {
  const ws = await createWorkspace(t);
  const gate = await gateAfterCards(t, ws, 2);
  const worker = spawnCli(
    ['worker', '--schedule', NEVER_ON_ITS_OWN, '--once-at-start'],
    throughGate(ws, gate),
  );
  t.after(() => worker.child.kill('SIGKILL'));

  // The scheduled run is held after its second card; the manual sync (straight to the board) must wait for it.
  await waitFor(() => gate.holding() > 0, 'the scheduled run to be held while writing', 30_000);
  const manual = spawnCli(['sync', '--json'], ws);
  t.after(() => manual.child.kill('SIGKILL'));
  await waitFor(
    () => manual.logs.some((line) => /holds the state file; waiting/.test(String(line['msg']))),
    'the manual sync to wait for the state lock',
    30_000,
  );
  assert.equal(worker.runs().length, 0, 'the scheduled run is still in flight');
  gate.open();
  assert.equal((await manual.exited(60_000)).code, 0);
  // The worker's summary line travels through its own pipe: wait for it rather than race the two.
  await waitFor(() => worker.runs().length >= 1, 'the scheduled run to report', 30_000);
  assert.equal(worker.runs()[0]?.['outcome'], 'ok');
  assert.equal(
    (JSON.parse(manual.stdout()) as { created: number }).created,
    0,
    'the manual sync went on after it',
  );

  const expected = await distinctItemKeys(ws);
  assert.deepEqual(
    [...(await boardItemKeys(ws))].sort(),
    [...expected].sort(),
    'one card per item, none twice',
  );
  worker.child.kill('SIGTERM');
  assert.equal((await worker.exited(STOP_BOUND_MS)).code, 0);
});

test('a run that times out on the state lock fails, and the worker goes on to the next run', async (t) => {
  const ws = await createWorkspace(t, { lockTimeoutMs: 300 });
  // The test holds the lock itself and lets go only once it has seen the failed run: no race with a sync's pace.
  const held = await openStateFile(join(ws.dir, 'state.json'), {
    schema: syncStateSchema,
    lockTimeoutMs: 0,
    logger: silentLogger(),
  });
  t.after(() => held.release());

  const worker = spawnCli(['worker', '--schedule', '* * * * * *', '--no-once-at-start'], ws);
  t.after(() => worker.child.kill('SIGKILL'));
  await waitFor(() => worker.runs().length >= 1, 'a scheduled run', 30_000);
  const [locked] = worker.runs();
  assert.equal(locked?.['outcome'], 'failed');
  assert.match(String(locked?.['error']), /lock/i);

  await held.release();
  await waitFor(
    () => worker.runs().some((run) => run['outcome'] === 'ok'),
    'a good run after the lock is free',
    30_000,
  );
  worker.child.kill('SIGTERM');
  assert.equal((await worker.exited(STOP_BOUND_MS)).code, 0);
});

test('git sources: a report committed between runs is a card after the next run; a broken repository is skipped', async (t) => {
  const repo = createGitFixture();
  repo.commit({ 'reports/week-1.md': '# Week 1\n\nTODO: order the new switches\n' }, 'week 1');
  const broken = { git: 'file:///nonexistent/report-sync/broken.git', branch: 'main', path: '.' };
  const ws = await createWorkspace(t, {
    extraSources: [{ git: repo.url, branch: 'main', path: 'reports' }, broken],
  });
  const worker = spawnCli(['worker', '--schedule', '*/2 * * * * *', '--once-at-start'], ws);
  t.after(() => worker.child.kill('SIGKILL'));

  await waitFor(() => worker.runs().length >= 1, 'the first run', 30_000);
  assert.equal(worker.runs()[0]?.['outcome'], 'ok', 'a broken source does not fail the run');
  const skipped = worker.logs.filter((line) => /broken\.git.*skipped/.test(String(line['msg'])));
  assert.equal(skipped.length, 1, 'the broken source is logged once');
  const titles = async () => (await boardCards(ws)).map((card) => card.name);
  assert.ok((await titles()).includes('order the new switches'));

  repo.commit({ 'reports/week-2.md': '# Week 2\n\nTODO: rack the new switches\n' }, 'week 2');
  const runsBefore = worker.runs().length;
  await waitFor(() => worker.runs().length >= runsBefore + 2, 'a run that started after the commit', 30_000);
  assert.ok((await titles()).includes('rack the new switches'));
  worker.child.kill('SIGTERM');
  assert.equal((await worker.exited(STOP_BOUND_MS)).code, 0);
});

test('a scheduled run that could read no report is a failed run, saying why', async (t) => {
  const ws = await createWorkspace(t);
  const worker = spawnCli(['worker', '--schedule', NEVER_ON_ITS_OWN, '--once-at-start'], {
    ...ws,
    env: { ...ws.env, REPORT_SYNC_SOURCES: 'moved-away' },
  });
  t.after(() => worker.child.kill('SIGKILL'));
  await waitFor(() => worker.runs().length >= 1, 'the first run', 30_000);
  const [run] = worker.runs();
  assert.equal(run?.['outcome'], 'failed');
  assert.match(
    String(run?.['error']),
    /^nothing was synced: every source failed \(source \S*moved-away skipped/,
  );
  worker.child.kill('SIGTERM');
  assert.equal((await worker.exited(STOP_BOUND_MS)).code, 0);
});
