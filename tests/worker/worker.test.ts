import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigError, StateError } from '../../src/errors.ts';
import type { RunContext } from '../../src/worker/runs.ts';
import { validateSchedule } from '../../src/worker/schedule.ts';
import { startWorker, type WorkerOptions } from '../../src/worker/worker.ts';
import { captureLogs } from './log-capture.ts';
import { waitFor } from './wait.ts';

const EVERY_SECOND = '* * * * * *';

function worker(job: WorkerOptions['job'], extra: Partial<WorkerOptions> = {}) {
  const stop = new AbortController();
  const logs = captureLogs();
  const started = startWorker({
    schedule: EVERY_SECOND,
    timezone: null,
    runOnStart: false,
    health: null,
    job,
    logger: logs.logger,
    stopSignal: stop.signal,
    ...extra,
  });
  const summaries = () => logs.lines().filter((line) => typeof line['outcome'] === 'string');
  return { stop, logs, started, summaries };
}

test('runs the job on the schedule, each run with its own id on every line and one summary line', async () => {
  const seen: RunContext[] = [];
  const w = worker(async (run) => {
    seen.push(run);
    run.logger.info('working');
    return { summary: { created: seen.length, updated: 0 } };
  });
  const { stopped } = await w.started;
  await waitFor(() => w.summaries().length >= 2, 'two runs');
  w.stop.abort();
  await stopped;

  const [first, second] = w.summaries();
  assert.equal(first?.['msg'], 'run finished');
  assert.deepEqual(first?.['summary'], { created: 1, updated: 0 });
  assert.deepEqual(second?.['summary'], { created: 2, updated: 0 });
  assert.notEqual(seen[0]?.runId, seen[1]?.runId);
  for (const run of seen.slice(0, 2)) {
    const lines = w.logs.lines().filter((line) => line['runId'] === run.runId);
    assert.deepEqual(
      lines.map((line) => line['msg']),
      ['run started', 'working', 'run finished'],
    );
  }
});

test('a tick while a run is in flight is skipped and logged, never overlapped', async () => {
  let active = 0;
  let maxActive = 0;
  const skippedTicks = () =>
    w.logs.lines().filter((line) => line['msg'] === 'run skipped: the previous run is still in progress');
  // Each run lasts until a tick has been skipped during it: no bet on how long a tick takes to come.
  const w = worker(async () => {
    maxActive = Math.max(maxActive, ++active);
    const before = skippedTicks().length;
    await waitFor(() => skippedTicks().length > before, 'a tick during the run', 20_000);
    active--;
    return { summary: {} };
  });
  const { stopped } = await w.started;
  await waitFor(() => w.summaries().length >= 2, 'two slow runs', 30_000);
  w.stop.abort();
  await stopped;

  assert.equal(maxActive, 1);
  assert.ok(skippedTicks().length >= 2, 'a tick fell inside each run');
});

test('a run that cannot start (a lock timeout) or finishes with failed changes is a failed run; the worker keeps going', async () => {
  let calls = 0;
  const w = worker(async () => {
    calls++;
    if (calls === 1) throw new StateError('the state file is locked by another run; gave up after 30000 ms');
    if (calls === 2)
      return { summary: { created: 1, errors: 1 }, failure: '1 change failed: 429 rate limited' };
    return { summary: { created: 0 } };
  });
  const { stopped } = await w.started;
  await waitFor(() => w.summaries().length >= 3, 'two failed runs and a good one');
  w.stop.abort();
  await stopped;

  const [locked, partial, good] = w.summaries();
  assert.equal(locked?.['msg'], 'run failed');
  assert.equal(locked?.['outcome'], 'failed');
  assert.match(String(locked?.['error']), /locked by another run/);
  assert.equal(partial?.['outcome'], 'failed');
  assert.deepEqual(partial?.['summary'], { created: 1, errors: 1 });
  assert.equal(good?.['outcome'], 'ok');
});

test('stopping lets the run in flight finish with the stop signal, and schedules nothing more', async () => {
  let runs = 0;
  let sawAbort = false;
  const w = worker(
    async ({ signal }) => {
      runs++;
      // A run that works until asked to stop, then checkpoints and returns.
      while (!signal.aborted) await sleep(20);
      sawAbort = true;
      return { summary: { created: 1 } };
    },
    { runOnStart: true },
  );
  const { stopped } = await w.started;
  await waitFor(() => runs === 1, 'the run to start');
  w.stop.abort();
  await stopped;
  await sleep(1_500);

  assert.ok(sawAbort);
  assert.equal(runs, 1);
  assert.equal(w.summaries()[0]?.['outcome'], 'stopped');
  assert.ok(w.logs.lines().some((line) => line['msg'] === 'worker stopped'));
});

test('a run that ignores the stop signal is given up on after the shutdown timeout', async () => {
  // A run that never ends by itself, whatever the machine's load.
  const w = worker(() => new Promise<never>(() => undefined), {
    runOnStart: true,
    schedule: '0 0 1 1 *',
    shutdownTimeoutMs: 200,
  });
  const { stopped } = await w.started;
  w.stop.abort();
  await stopped;
  assert.ok(
    w.logs
      .lines()
      .some((line) => line['msg'] === 'the run in flight did not stop in time; leaving it unfinished'),
  );
});

test('a bad cron expression or time zone is a ConfigError naming the setting and an example', () => {
  assert.throws(
    () => validateSchedule('61 * * * *', null),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /worker\.schedule "61 \* \* \* \*"/);
      assert.match(error.message, /REPORT_SYNC_SCHEDULE/);
      assert.match(error.message, /e\.g\. "\*\/15 \* \* \* \*"/);
      return true;
    },
  );
  assert.throws(() => validateSchedule('every hour', null), /expected 5 or 6 fields/);
  assert.throws(() => validateSchedule('0 * * * *', 'Mars/Olympus'), /worker\.timezone "Mars\/Olympus"/);
  validateSchedule('*/2 * * * * *', 'Europe/Oslo');
});
