/** The worker's digest schedule: a digest written into the reports folder on its own cron, which no sync reads. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { waitFor } from '../worker/wait.ts';
import { createWorkspace, spawnCli, type Workspace } from '../worker/worker-process.ts';

const NEVER_ON_ITS_OWN = '0 0 1 1 *';

function withDigest(ws: Workspace, digest: object): void {
  const path = join(ws.dir, 'report-sync.json');
  const config = JSON.parse(readFileSync(path, 'utf8')) as object;
  writeFileSync(path, JSON.stringify({ ...config, digest }));
}

test('the worker writes a digest on digest.schedule into the reports, and the next sync makes no card of it', async (t) => {
  const ws = await createWorkspace(t);
  withDigest(ws, { schedule: '*/2 * * * * *', out: 'reports/digest.md' });
  const worker = spawnCli(['worker', '--schedule', NEVER_ON_ITS_OWN, '--once-at-start'], ws);
  t.after(() => worker.child.kill('SIGKILL'));

  const syncs = () => worker.runs().filter((r) => r['job'] === undefined);
  const digests = () => worker.runs().filter((r) => r['job'] === 'digest');
  await waitFor(() => syncs().length >= 1 && digests().length >= 1, 'a sync and a digest', 60_000);
  worker.child.kill('SIGTERM');
  assert.deepEqual(await worker.exited(10_000), { code: 0, signal: null });

  const started = worker.logs.find((l) => l['msg'] === 'worker started');
  assert.equal(started?.['digestSchedule'], '*/2 * * * * *');
  const [digest] = digests();
  assert.equal(digest?.['outcome'], 'ok', JSON.stringify(digest));
  const summary = digest?.['summary'] as { written: string; new: number };
  assert.equal(summary.written, join(ws.dir, 'reports', 'digest.md'));
  assert.deepEqual(
    readdirSync(join(ws.dir, 'reports')).filter((f) => f.includes('digest')),
    ['digest.md'],
    'the digest, and no temp file left beside it',
  );
  assert.match(readFileSync(summary.written, 'utf8'), /^<!-- report-sync digest/);

  const cards = ws.emulator.stats().byRoute['POST /1/cards'] ?? 0;
  const sync = await runCli(['sync', '--json'], { cwd: ws.dir, env: ws.env });
  assert.equal(sync.code, 0, sync.stderr);
  assert.equal((JSON.parse(sync.stdout) as { created: number }).created, 0);
  assert.equal(ws.emulator.stats().byRoute['POST /1/cards'] ?? 0, cards);
  assert.match(sync.stderr, /skipped for items: a digest report-sync wrote/);
});

test('a digest schedule without a file to write to stops the worker at once, naming the fix', async (t) => {
  const ws = await createWorkspace(t);
  withDigest(ws, { schedule: '0 7 * * 1' });
  const run = await runCli(['worker'], { cwd: ws.dir, env: ws.env });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /digest\.schedule is set but digest\.out is not.*Fix: set digest\.out/);

  withDigest(ws, { schedule: 'every monday', out: 'digest.md' });
  const bad = await runCli(['worker'], { cwd: ws.dir, env: ws.env });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /digest\.schedule "every monday" is not a valid cron expression/);
});
