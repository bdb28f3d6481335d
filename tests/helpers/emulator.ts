import { type ChildProcess, spawn } from 'node:child_process';
import type { TestContext } from 'node:test';
import type { EmulatorReady } from '../../src/cli/commands/emulator.ts';
import {
  type EmulatorOptions,
  type RunningEmulator,
  TRELLO_RATE_LIMIT,
  startEmulator,
} from '../../src/emulator/index.ts';
import { PROJECT_ROOT } from './cli.ts';

export type { EmulatorReady } from '../../src/cli/commands/emulator.ts';

/**
 * Rate limits shaped like Trello's but over a 200 ms window, so a test that
 * bursts does not wait 10 s. Tests about rate limiting ask for `realRateLimits`.
 */
export const FAST_RATE_LIMIT = { windowMs: 200, perToken: 100, perKey: 300 } as const;

export interface TestEmulatorOptions extends EmulatorOptions {
  /** Use Trello's real numbers (100 / 300 per 10 s) instead of the 200 ms window. */
  realRateLimits?: boolean;
}

/** Starts an emulator on a random port for one test and closes it when the test ends. */
export async function withEmulator(
  t: TestContext,
  options: TestEmulatorOptions = {},
): Promise<RunningEmulator> {
  const { realRateLimits, ...rest } = options;
  const emulator = await startEmulator({
    ...rest,
    rateLimit: rest.rateLimit ?? (realRateLimits ? TRELLO_RATE_LIMIT : FAST_RATE_LIMIT),
  });
  t.after(() => emulator.close());
  return emulator;
}

/** Query string with the emulator's credentials, for raw fetch calls. */
export function authQuery(
  emulator: Pick<RunningEmulator, 'key' | 'token'>,
  extra: Record<string, string> = {},
): string {
  return new URLSearchParams({ ...extra, key: emulator.key, token: emulator.token }).toString();
}

export interface TestClock {
  /** The emulator's `clock` option. */
  now: () => number;
  /** Moves the clock forward, e.g. past a rate-limit window instead of sleeping through it. */
  advance(ms: number): void;
}

/** Real time plus an offset the test moves forward: bursts still happen at the real pace. */
export function testClock(): TestClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance: (ms) => {
      offset += ms;
    },
  };
}

/** How long a `report-sync emulator` process gets to print its ready line. */
export const READY_TIMEOUT_MS = 20_000;

/**
 * Resolves with the first line a child prints on stdout. Rejects, with what
 * the child wrote on stderr, as soon as the child closes without printing one,
 * fails to start, or stays silent for `timeoutMs`: a broken emulator fails the
 * test at once instead of hanging the suite.
 */
export function waitForFirstLine(child: ChildProcess, timeoutMs: number = READY_TIMEOUT_MS): Promise<string> {
  const { stdout, stderr } = child;
  if (!stdout) return Promise.reject(new Error('the child has no stdout pipe'));
  let out = '';
  let err = '';
  stdout.setEncoding('utf8');
  stderr?.setEncoding('utf8');
  const onErr = (chunk: string) => (err += chunk);
  return new Promise<string>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      stdout.off('data', onData);
      stderr?.off('data', onErr);
      child.off('close', onClose);
      child.off('error', onError);
    };
    const fail = (why: string) => {
      cleanup();
      const printed = out === '' ? '' : `\nstdout so far: ${out}`;
      reject(new Error(`${why}${printed}\nstderr: ${err.trim() === '' ? '(empty)' : err}`));
    };
    const onData = (chunk: string) => {
      out += chunk;
      const end = out.indexOf('\n');
      if (end < 0) return;
      cleanup();
      resolve(out.slice(0, end));
    };
    // 'close' comes after stdout and stderr have ended, so the message carries all of stderr.
    const onClose = (code: number | null, signal: NodeJS.Signals | null) =>
      fail(`the process ended (code ${code}, signal ${signal}) before it printed a line`);
    const onError = (error: Error) => fail(`the process could not be started: ${error.message}`);
    const timer = setTimeout(() => fail(`the process printed no line within ${timeoutMs} ms`), timeoutMs);
    stdout.on('data', onData);
    stderr?.on('data', onErr);
    child.once('close', onClose);
    child.once('error', onError);
  });
}

export interface EmulatorCli {
  ready: EmulatorReady;
  /** Everything the process wrote so far, the ready line included. */
  stdout(): string;
  stderr(): string;
  /** Sends SIGTERM and waits (bounded) for the process to end. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface EmulatorCliOptions {
  /** Added to the minimal environment (PATH, HOME, LOG_LEVEL=warn) the process gets. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * Runs `report-sync emulator <args>` as a real process and resolves once its
 * ready line is parsed; the process is killed when the test ends.
 */
export async function startEmulatorCli(
  t: TestContext,
  args: string[],
  options: EmulatorCliOptions = {},
): Promise<EmulatorCli> {
  const timeoutMs = options.timeoutMs ?? READY_TIMEOUT_MS;
  const child = spawn(process.execPath, ['src/cli/main.ts', 'emulator', ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], LOG_LEVEL: 'warn', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  const line = await waitForFirstLine(child, timeoutMs);
  let ready: EmulatorReady;
  try {
    ready = JSON.parse(line) as EmulatorReady;
  } catch {
    throw new Error(`the emulator's first line is not JSON: ${line}\nstderr: ${stderr}`);
  }
  return {
    ready,
    stdout: () => stdout,
    stderr: () => stderr,
    async stop() {
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`the emulator did not stop within ${timeoutMs} ms of SIGTERM\nstderr: ${stderr}`));
        }, timeoutMs);
      });
      try {
        return await Promise.race([closed, timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
