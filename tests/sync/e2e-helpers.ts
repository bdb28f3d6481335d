/**
 * End-to-end harness: an emulator per test, the real CLI spawned against it,
 * and the board read back over HTTP (as a person, or Trello's web app, would).
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TestContext } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMarker } from '../../src/plan/marker.ts';
import type { SyncCounts } from '../../src/counts.ts';
import type { TrelloCard } from '../../src/trello/types.ts';

export type { SyncCounts };
import { type CliOptions, type CliRun, PROJECT_ROOT, runCli } from '../helpers/cli.ts';
import { type TestEmulatorOptions, authQuery, withEmulator } from '../helpers/emulator.ts';

export type BoardCard = Pick<
  TrelloCard,
  'id' | 'name' | 'desc' | 'idList' | 'idLabels' | 'idMembers' | 'closed' | 'due' | 'dueComplete'
>;

export interface BoardView {
  lists: { id: string; name: string; closed: boolean }[];
  labels: { id: string; name: string }[];
  cards: BoardCard[];
  checklists: {
    id: string;
    idCard: string;
    name: string;
    checkItems: { id: string; name: string; state: 'complete' | 'incomplete' }[];
  }[];
}

export async function tempDir(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-sync-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** How long one CLI run may take in these tests. */
export const CLI_TIMEOUT_MS = 180_000;

export async function syncHarness(t: TestContext, options: TestEmulatorOptions = {}) {
  const emulator = await withEmulator(t, options);
  const dir = await tempDir(t);
  const env = {
    TRELLO_API_KEY: emulator.key,
    TRELLO_API_TOKEN: emulator.token,
    TRELLO_BOARD: emulator.board.shortLink,
    TRELLO_API_URL: emulator.url,
    REPORT_SYNC_STATE_FILE: join(dir, 'state.json'),
  };
  const api = async <T>(method: string, path: string, params: Record<string, string> = {}): Promise<T> => {
    const response = await fetch(`${emulator.url}${path}?${authQuery(emulator, params)}`, { method });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    emulator,
    dir,
    env,
    statePath: env.REPORT_SYNC_STATE_FILE,
    cli: (args: string[], more: CliOptions = {}): Promise<CliRun> =>
      runCli(args, { cwd: dir, timeoutMs: CLI_TIMEOUT_MS, ...more, env: { ...env, ...more.env } }),
    api,
    async board(): Promise<BoardView> {
      const id = emulator.board.id;
      const [lists, labels, cards, checklists] = await Promise.all([
        api<BoardView['lists']>('GET', `/boards/${id}/lists/all`),
        api<BoardView['labels']>('GET', `/boards/${id}/labels`),
        api<BoardCard[]>('GET', `/boards/${id}/cards/all`),
        api<BoardView['checklists']>('GET', `/boards/${id}/checklists`),
      ]);
      return { lists, labels, cards, checklists };
    },
  };
}

/** The JSON log lines a run wrote to stderr; a line that is not JSON (a `report-sync: …` message) as its `msg`. */
export function logLines(run: CliRun): Record<string, unknown>[] {
  return run.stderr
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        return { msg: line };
      }
    });
}

export function countsOf(run: CliRun): SyncCounts {
  if (run.code !== 0) throw new Error(`sync exited ${run.code}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as SyncCounts;
}

/** Item key -> cards carrying its marker. */
export function cardsByMarker(board: BoardView): Map<string, BoardCard[]> {
  const byKey = new Map<string, BoardCard[]>();
  for (const card of board.cards) {
    const key = parseMarker(card.desc);
    if (key === null) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), card]);
  }
  return byKey;
}

const MAIN = join(PROJECT_ROOT, 'src/cli/main.ts');

/** Starts `report-sync <args>` and kills it with SIGKILL once `killWhen` resolves (if still running). */
export function runAndKill(
  args: string[],
  options: { cwd: string; env: Record<string, string>; killWhen: (exited: () => boolean) => Promise<void> },
): Promise<{ killed: boolean; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], LOG_LEVEL: 'warn', ...options.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let exited = false;
    void options.killWhen(() => exited).then(() => child.kill('SIGKILL'));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      exited = true;
      resolve({ killed: signal === 'SIGKILL', code, stderr });
    });
  });
}

/** A small seeded generator, so that "random" kill moments are the same on every run of the test. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Resolves once `condition` holds (checked every 10 ms), or after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await sleep(10);
}
