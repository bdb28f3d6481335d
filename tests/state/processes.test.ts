import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { StateError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { openStateFile, readStateFile, type StateFileOptions } from '../../src/state/store.ts';
import { payloadWith, type TestPayload, testPayloadSchema } from './payload.ts';

const CHILD = fileURLToPath(new URL('./state-child.ts', import.meta.url));
const options: StateFileOptions<TestPayload> = {
  schema: testPayloadSchema,
  lockTimeoutMs: 500,
  staleLockMs: 2_000,
  logger: silentLogger(),
};

let dir: string;
let path: string;
const children: ChildProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'state-proc-'));
  path = join(dir, 'state.json');
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

interface Child {
  process: ChildProcess;
  /** The last line the child printed that started with the awaited prefix. */
  last: string;
}

/** Starts the child and resolves once it has printed `count` lines starting with `prefix`. */
function startChild(mode: 'hold' | 'checkpoints', prefix: string, count = 1): Promise<Child> {
  const child = spawn(process.execPath, [CHILD, path, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const seen: Child = { process: child, last: '' };
  return new Promise((resolve, reject) => {
    let matched = 0;
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter((l) => l.startsWith(prefix))) {
        matched++;
        seen.last = line;
      }
      if (matched >= count) resolve(seen);
    });
    child.on('exit', (code) => reject(new Error(`child exited early (${code})`)));
  });
}

function killHard(child: Child): Promise<void> {
  return new Promise((resolve) => {
    child.process.once('exit', () => resolve());
    child.process.kill('SIGKILL');
  });
}

describe('state file lock across processes', () => {
  it('makes a second run wait, then fail with a StateError that says what to do', async () => {
    await startChild('hold', 'locked');
    const started = Date.now();
    await assert.rejects(openStateFile(path, options), (error: unknown) => {
      assert.ok(error instanceof StateError);
      assert.match(error.message, /Another report-sync run is using .*state\.json \(locked since /);
      assert.ok(error.message.includes(`remove ${path}.lock if no run is active`));
      return true;
    });
    assert.ok(Date.now() - started >= options.lockTimeoutMs, 'it waited for the bound');
  });

  it('lets the next run in once the holder releases', async () => {
    const first = await openStateFile(path, options);
    await first.checkpoint(payloadWith(1, 3));
    await first.release();
    const second = await openStateFile(path, options);
    assert.deepEqual(second.data, payloadWith(1, 3));
    await second.release();
  });

  it('takes over the lock of a process killed while holding it', async () => {
    const holder = await startChild('hold', 'locked');
    await killHard(holder);
    const state = await openStateFile(path, { ...options, lockTimeoutMs: 10_000 });
    await state.checkpoint(payloadWith(1, 3));
    await state.release();
  });
});

describe('a run killed while saving', () => {
  it('leaves a readable state file, whatever moment the kill lands', async () => {
    for (const saves of [1, 2, 7, 40, 150]) {
      const child = await startChild('checkpoints', 'saved', saves);
      await killHard(child);
      const read = await readStateFile(path, options);
      const announced = Number(child.last.split(' ')[1]);
      assert.ok(read, `a state file exists after ${saves} saves`);
      assert.ok(read.data.counter >= announced, `save ${announced} was announced, so it survived`);
      assert.deepEqual(
        read.data,
        payloadWith(read.data.counter, 200),
        'and the state is exactly one of the saved ones',
      );
      // The dead child's lock would go stale in 2 s; removing it, as the error message advises, keeps the test short.
      await rm(`${path}.lock`, { recursive: true, force: true });
    }
  });
});
