import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { PROJECT_ROOT, runCli } from '../helpers/cli.ts';
import { trelloClient } from './contract/target.ts';

interface Ready {
  url: string;
  boardId: string;
  shortLink: string;
  boardUrl: string;
  key: string;
  token: string;
}

test('`report-sync emulator` prints one JSON line when ready, serves the API, and exits 0 on SIGTERM', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'emulator-cli-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const child = spawn(
    process.execPath,
    ['src/cli/main.ts', 'emulator', '--port', '0', '--data', join(dir, 'data.json'), '--board', 'CLI board'],
    {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env['PATH'], LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  t.after(() => child.kill('SIGKILL'));
  let stderr = '';
  let stdout = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  const [firstLine] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];

  const ready = JSON.parse(firstLine) as Ready;
  assert.deepEqual(Object.keys(ready).sort(), ['boardId', 'boardUrl', 'key', 'shortLink', 'token', 'url']);
  assert.match(ready.url, /^http:\/\/127\.0\.0\.1:\d+\/1$/);
  assert.equal(ready.boardUrl, `${ready.url.slice(0, -2)}/b/${ready.shortLink}`);
  const board = await trelloClient(ready.url, ready.key, ready.token).boards.getBoard({ id: ready.boardId });
  assert.equal(board.name, 'CLI board');
  assert.equal((await fetch(ready.boardUrl)).status, 200);

  child.kill('SIGTERM');
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
  assert.deepEqual({ code, signal }, { code: 0, signal: null }, stderr);
  assert.equal(stdout, `${firstLine}\n`, 'stdout carries only the ready line');
});

test('`report-sync emulator --key` without --token is a usage error', async () => {
  const run = await runCli(['emulator', '--key', 'abc']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--key and --token go together/);
});

test('`report-sync emulator --port` rejects a port out of range', async () => {
  const run = await runCli(['emulator', '--port', '70000']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /port number/);
});
