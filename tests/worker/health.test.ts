import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TrelloError } from '../../src/errors.ts';
import type { HealthReport } from '../../src/worker/health.ts';
import { startWorker, type WorkerOptions } from '../../src/worker/worker.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { waitFor } from './wait.ts';

const HOUR = 3_600_000;

/** A worker with its health endpoint on a free port and a clock the test can move forward. */
async function workerWithHealth(job: WorkerOptions['job']) {
  const stop = new AbortController();
  let skew = 0;
  const runs: string[] = [];
  const { healthPort, stopped } = await startWorker({
    schedule: '* * * * * *',
    timezone: null,
    runOnStart: true,
    health: { port: 0, host: '127.0.0.1', overdueGraceMs: 60_000 },
    job: async (run) => {
      runs.push(run.runId);
      return job(run);
    },
    logger: silentLogger(),
    stopSignal: stop.signal,
    now: () => new Date(Date.now() + skew),
  });
  assert.ok(healthPort !== null);
  const url = `http://127.0.0.1:${healthPort}`;
  return {
    url,
    runs,
    skewClock: (ms: number) => (skew = ms),
    health: async () => {
      const response = await fetch(`${url}/health`);
      return { status: response.status, body: (await response.json()) as HealthReport };
    },
    stop: async () => {
      stop.abort();
      await stopped;
    },
  };
}

test('health is 200 with the last run summary after a good run, and 503 once the next run is overdue', async (t) => {
  const w = await workerWithHealth(async () => ({ summary: { created: 2, updated: 1 } }));
  t.after(w.stop);
  await waitFor(() => w.runs.length >= 1, 'the first run');
  await waitFor(() => w.runs.length >= 2, 'a scheduled run after it');

  const good = await w.health();
  assert.equal(good.status, 200);
  assert.equal(good.body.status, 'ok');
  assert.equal(good.body.lastRun?.outcome, 'ok');
  assert.deepEqual(good.body.lastRun?.summary, { created: 2, updated: 1 });
  assert.ok(good.body.nextRun !== null && good.body.dueAt !== null);

  // An hour later with no run finished since, the due run is long overdue.
  w.skewClock(HOUR);
  const overdue = await w.health();
  assert.equal(overdue.status, 503);
  assert.equal(overdue.body.status, 'overdue');
});

test('health is 503 after a failed run and 200 again after a good one', async (t) => {
  let fail = true;
  const w = await workerWithHealth(async () => {
    if (fail) throw new TrelloError('Trello refused the request: 401 invalid token', 401);
    return { summary: { created: 0 } };
  });
  t.after(w.stop);
  await waitFor(() => w.runs.length >= 1, 'the failing run');
  await waitFor(() => w.runs.length >= 2, 'the run after it');
  const failing = await w.health();
  assert.equal(failing.status, 503);
  assert.equal(failing.body.status, 'failing');
  assert.equal(failing.body.lastRun?.outcome, 'failed');
  // Anyone who reaches the port (every interface, in a container) reads this: the error's text stays in the log.
  assert.equal(JSON.stringify(failing.body).includes('invalid token'), false);
  assert.equal(Object.hasOwn(failing.body.lastRun ?? {}, 'error'), false);

  fail = false;
  const runsBefore = w.runs.length;
  await waitFor(() => w.runs.length >= runsBefore + 2, 'a good run');
  const recovered = await w.health();
  assert.equal(recovered.status, 200);
  assert.equal(recovered.body.lastRun?.outcome, 'ok');
});

test('health is 200 "starting" during the first run, 503 when that run hangs, and only GET /health is served (no metrics given)', async (t) => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const w = await workerWithHealth(async () => {
    await gate;
    return { summary: {} };
  });
  t.after(async () => {
    release();
    await w.stop();
  });
  await waitFor(() => w.runs.length >= 1, 'the first run to start');
  const starting = await w.health();
  assert.equal(starting.status, 200);
  assert.equal(starting.body.status, 'starting');
  assert.equal(starting.body.lastRun, null);

  // A run that hangs for an hour (its ticks skipped) makes the worker overdue.
  w.skewClock(HOUR);
  assert.equal((await w.health()).body.status, 'overdue');

  assert.equal((await fetch(`${w.url}/metrics`)).status, 404);
  assert.equal((await fetch(`${w.url}/health`, { method: 'POST' })).status, 405);
});
