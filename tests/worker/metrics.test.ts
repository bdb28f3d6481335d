import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createWorkerMetrics } from '../../src/worker/metrics.ts';
import { harness, newCard } from '../trello/harness.ts';
import { createdCards, createWorkspace, distinctItemKeys, spawnCli } from './worker-process.ts';
import { gateProxy } from './gate-proxy.ts';
import { waitFor } from './wait.ts';

/** One sample of a Prometheus text exposition: `name{a="x",…} value`, labels matched exactly. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .sort()
    .join(',');
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const seen = (match[2] ?? '').split(',').filter(Boolean).sort().join(',');
    if (seen === wanted) return Number(match[3]);
  }
  return undefined;
}

/** The sum over every label set of one metric. */
function total(text: string, name: string): number {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test('the gateway hook counts every attempt by method and status, the 429s and the retries', async (t) => {
  const metrics = createWorkerMetrics();
  const { gateway, emulator, listId } = await harness(t, { observer: metrics.trello });
  emulator.setFaults({ rateLimitStormRate: 1, maxFaults: 2 });
  await gateway.createCard(newCard(listId, 'after the storm'));
  emulator.setFaults({ errorRate: 1, routes: ['GET /1/boards/:id'], maxFaults: 1 });
  await gateway.board(emulator.board.id);

  const { body, contentType } = await metrics.scrape();
  assert.match(contentType, /^text\/plain; version=0\.0\.4/);
  assert.equal(sample(body, 'report_sync_trello_requests_total', { method: 'POST', status: '429' }), 2);
  assert.equal(sample(body, 'report_sync_trello_requests_total', { method: 'POST', status: '200' }), 1);
  assert.equal(sample(body, 'report_sync_trello_requests_total', { method: 'GET', status: '200' }), 1);
  assert.equal(total(body, 'report_sync_trello_requests_total'), emulator.stats().total);
  assert.equal(sample(body, 'report_sync_trello_rate_limited_total'), 2);
  assert.equal(sample(body, 'report_sync_trello_retries_total'), 3);
});

test('GET /metrics during and after a worker run: runs by outcome, duration, items, cards, API calls, last success', async (t) => {
  const ws = await createWorkspace(t);
  // The gate closes after the second card is created: the run is held in its middle until the test has looked.
  let cardsCreated = 0;
  const gate = await gateProxy(
    t,
    ws.emulator.url,
    (method, path) => method === 'POST' && path === '/1/cards' && ++cardsCreated === 2,
  );
  const port = await freePort();
  const started = Date.now() / 1000;
  const worker = spawnCli(['worker', '--schedule', '0 0 1 1 *', '--once-at-start'], {
    ...ws,
    env: { ...ws.env, REPORT_SYNC_HEALTH_PORT: String(port), TRELLO_API_URL: gate.url },
  });
  t.after(() => worker.child.kill('SIGKILL'));
  const scrape = async () => {
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    return response.text();
  };

  await waitFor(() => gate.holding() > 0, 'the run to be held after its second card', 30_000);
  const during = await scrape();
  assert.equal(sample(during, 'report_sync_run_in_progress'), 1);
  assert.equal(sample(during, 'report_sync_runs_total', { outcome: 'ok' }), 0);
  assert.equal(sample(during, 'report_sync_last_success_timestamp_seconds'), 0);
  assert.ok(
    (sample(during, 'report_sync_trello_requests_total', { method: 'POST', status: '200' }) ?? 0) >= 1,
  );

  assert.equal(createdCards(ws), 2);

  gate.open();
  await waitFor(() => worker.runs().length >= 1, 'the run to finish', 60_000);
  const after = await scrape();
  const [run] = worker.runs();
  assert.equal(run?.['outcome'], 'ok');
  const summary = run?.['summary'] as { created: number; updated: number; items: number };
  const items = (await distinctItemKeys(ws)).size;
  assert.equal(summary.items, items);
  assert.equal(sample(after, 'report_sync_run_in_progress'), 0);
  assert.equal(sample(after, 'report_sync_runs_total', { outcome: 'ok' }), 1);
  assert.equal(sample(after, 'report_sync_runs_total', { outcome: 'failed' }), 0);
  assert.equal(sample(after, 'report_sync_run_duration_seconds_count'), 1);
  assert.ok((sample(after, 'report_sync_run_duration_seconds_sum') ?? 0) > 0);
  assert.equal(sample(after, 'report_sync_items'), items);
  assert.equal(sample(after, 'report_sync_cards_total', { change: 'created' }), summary.created);
  assert.equal(sample(after, 'report_sync_cards_total', { change: 'updated' }), summary.updated);
  assert.equal(total(after, 'report_sync_trello_requests_total'), ws.emulator.stats().total);
  assert.equal(sample(after, 'report_sync_trello_rate_limited_total'), 0);
  const lastSuccess = sample(after, 'report_sync_last_success_timestamp_seconds') ?? 0;
  assert.ok(lastSuccess >= started && lastSuccess <= Date.now() / 1000, `${lastSuccess}`);
  assert.ok((sample(after, 'process_start_time_seconds') ?? 0) > 0, 'the default process metrics are there');

  worker.child.kill('SIGTERM');
  assert.equal((await worker.exited(10_000)).code, 0);
});
