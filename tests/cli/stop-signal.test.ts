import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from '../worker/wait.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
/** The requirement: a stopped sync is gone within 10 s, as the worker is (container runtimes kill after that). */
const STOP_BOUND_MS = 10_000;

test('SIGTERM stops a sync within 10 s while its request to Trello hangs: the request is aborted, not waited out', async (t) => {
  // A Trello that takes every request and never answers; it sees when a client gives one up.
  const requests: IncomingMessage[] = [];
  let abandoned = 0;
  const server = createServer((request, response) => {
    requests.push(request);
    response.on('close', () => void (response.writableEnded || abandoned++));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-stop-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'week-1.md'), '# Week 1\n\nTODO: order the new switches\n');

  const child = spawn(process.execPath, [MAIN, 'sync', '--source', 'week-1.md'], {
    cwd: dir,
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      LOG_LEVEL: 'warn',
      TRELLO_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/1`,
      TRELLO_API_KEY: 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0',
      TRELLO_API_TOKEN: `ATTA${'f0'.repeat(32)}`,
      TRELLO_BOARD: 'AbCd1234',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => child.kill('SIGKILL'));
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
  let exited = false;
  void exit.then(() => (exited = true));

  await waitFor(() => requests.length > 0, 'the sync to send its first request', 30_000);
  child.kill('SIGTERM');
  await waitFor(() => exited, `the sync to exit within ${STOP_BOUND_MS} ms of SIGTERM`, STOP_BOUND_MS);
  const [code, signal] = await exit;
  assert.deepEqual({ code, signal }, { code: 130, signal: null });
  assert.match(
    stderr,
    /^report-sync: stopped by SIGTERM: GET \/boards\/AbCd1234 was abandoned before Trello answered$/m,
  );
  assert.doesNotMatch(stderr, /did not finish within/, 'the command ended itself, not the deadline');
  await waitFor(() => abandoned === 1, 'the server to see the request aborted', STOP_BOUND_MS);
  assert.equal(requests.length, 1, 'the hung request was not sent again');
});
