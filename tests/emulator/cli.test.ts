import assert from 'node:assert/strict';
import { once } from 'node:events';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CREDENTIALS } from '../../src/emulator/index.ts';
import { runCli } from '../helpers/cli.ts';
import { startEmulatorCli, waitForFirstLine } from '../helpers/emulator.ts';
import { trelloClient } from './contract/target.ts';

/** Every test that starts a process is bounded, so a broken emulator fails the run instead of hanging it. */
const BOUNDED = { timeout: 30_000 };

test(
  '`report-sync emulator` prints one JSON line when ready, serves the API, and exits 0 on SIGTERM',
  BOUNDED,
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'emulator-cli-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const emulator = await startEmulatorCli(t, [
      '--port',
      '0',
      '--data',
      join(dir, 'data.json'),
      '--board',
      'CLI board',
    ]);

    const { ready } = emulator;
    assert.deepEqual(Object.keys(ready).sort(), ['boardId', 'boardUrl', 'key', 'shortLink', 'token', 'url']);
    assert.match(ready.url, /^http:\/\/127\.0\.0\.1:\d+\/1$/);
    assert.equal(ready.boardUrl, `${ready.url.slice(0, -2)}/b/${ready.shortLink}`);
    const board = await trelloClient(ready.url, ready.key, ready.token).boards.getBoard({
      id: ready.boardId,
    });
    assert.equal(board.name, 'CLI board');
    assert.equal((await fetch(ready.boardUrl)).status, 200);

    const { code, signal } = await emulator.stop();
    assert.deepEqual({ code, signal }, { code: 0, signal: null }, emulator.stderr());
    assert.equal(emulator.stdout(), `${JSON.stringify(ready)}\n`, 'stdout carries only the ready line');
  },
);

test(
  'waiting for the ready line fails at once, with the stderr, when the emulator exits first',
  BOUNDED,
  async (t) => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    t.after(() => new Promise<void>((resolve) => busy.close(() => resolve())));
    const { port } = busy.address() as AddressInfo;

    await assert.rejects(
      startEmulatorCli(t, ['--port', String(port)]),
      (error: Error) =>
        /ended \(code 1, signal null\) before it printed a line/.test(error.message) &&
        error.message.includes(`port ${port} on 127.0.0.1 is already in use`),
    );
  },
);

test(
  'waiting for the ready line gives up after its timeout when the process stays silent',
  BOUNDED,
  async (t) => {
    // The child says on its IPC channel once its stderr line is written: the 300 ms start only after that.
    const silent = spawn(
      process.execPath,
      ['-e', 'console.error("warming up"); process.send("written"); setTimeout(() => {}, 60_000)'],
      {
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      },
    );
    t.after(() => silent.kill('SIGKILL'));
    await once(silent, 'message');
    await assert.rejects(waitForFirstLine(silent, 300), /printed no line within 300 ms\nstderr: warming up/);
  },
);

test(
  '`report-sync emulator` takes key and token from the environment, out of sight of `ps`',
  BOUNDED,
  async (t) => {
    const key = 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0';
    const token = `ATTA${'f0'.repeat(32)}`;
    const emulator = await startEmulatorCli(t, ['--port', '0'], {
      env: { REPORT_SYNC_EMULATOR_KEY: key, REPORT_SYNC_EMULATOR_TOKEN: token },
    });
    const { ready } = emulator;
    assert.deepEqual([ready.key, ready.token], [key, token]);
    const status = async (k: string, tk: string) =>
      (await fetch(`${ready.url}/boards/${ready.boardId}?key=${k}&token=${tk}`)).status;
    assert.equal(await status(key, token), 200);
    assert.equal(await status(DEFAULT_CREDENTIALS.key, DEFAULT_CREDENTIALS.token), 401);
    assert.equal((await emulator.stop()).code, 0);
  },
);

test('`report-sync emulator --key/--token` win over the environment', BOUNDED, async (t) => {
  const emulator = await startEmulatorCli(t, ['--port', '0', '--key', 'flagkey', '--token', 'flagtoken'], {
    env: { REPORT_SYNC_EMULATOR_KEY: 'envkey', REPORT_SYNC_EMULATOR_TOKEN: 'envtoken' },
  });
  assert.deepEqual([emulator.ready.key, emulator.ready.token], ['flagkey', 'flagtoken']);
  assert.equal((await emulator.stop()).code, 0);
});

test('`report-sync emulator --help` documents the environment variables', async () => {
  const run = await runCli(['emulator', '--help']);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /REPORT_SYNC_EMULATOR_KEY/);
  assert.match(run.stdout, /REPORT_SYNC_EMULATOR_TOKEN/);
});

test('`report-sync emulator --key` without --token is a usage error', async () => {
  const run = await runCli(['emulator', '--key', 'abc']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--key and --token go together/);
});

test(
  'a key in the environment without a token is a usage error that names both variables',
  BOUNDED,
  async () => {
    const run = await runCli(['emulator'], { env: { REPORT_SYNC_EMULATOR_KEY: 'abc' }, timeoutMs: 15_000 });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /REPORT_SYNC_EMULATOR_KEY/);
    assert.match(run.stderr, /REPORT_SYNC_EMULATOR_TOKEN/);
  },
);

test('`report-sync emulator --port` rejects a port out of range', async () => {
  const run = await runCli(['emulator', '--port', '70000']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /port number/);
});
