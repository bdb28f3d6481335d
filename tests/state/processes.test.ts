import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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

/**
 * Stops this process's event loop (no timer, no I/O callback runs: the lock is
 * not refreshed), as a suspended laptop or a long synchronous task would,
 * until `done` holds.
 */
function freezeUntil(done: () => boolean, timeoutMs: number): void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms`);
    Atomics.wait(cell, 0, 0, 50);
  }
}

describe('a run that loses its lock to another run', () => {
  it("writes nothing more, so the other run's saves survive, and says so", async () => {
    const first = await openStateFile(path, options);
    await first.checkpoint(payloadWith(1, 3));
    await first.checkpoint(payloadWith(2, 3)); // a journal line, which release() would fold in
    const other = spawn(process.execPath, [CHILD, path, 'takeover'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(other);
    const otherExit = new Promise((resolve) => other.once('exit', resolve));

    // This run stalls past the stale time: the other run takes the lock over, saves 100 and finishes.
    freezeUntil(() => existsSync(`${path}.taken`), 20_000);
    // Awoken, this run tries to save before any timer of its lock has run.
    const late = first.checkpoint(payloadWith(3, 3));
    await assert.rejects(late, (error: unknown) => {
      assert.ok(error instanceof StateError);
      assert.match(error.message, /^Lost the lock on the state file .*state\.json: .*refused this save/);
      return true;
    });
    await assert.rejects(first.release(), (error: unknown) => {
      assert.ok(error instanceof StateError);
      assert.match(
        error.message,
        /Lost the lock .*did not fold its journal into it .*Make sure only one report-sync run/,
      );
      return true;
    });
    await otherExit;
    assert.deepEqual((await readStateFile(path, options))?.data, payloadWith(100, 3), "the other run's save");
    const again = await openStateFile(path, options);
    assert.deepEqual(again.data, payloadWith(100, 3));
    await again.release();
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
