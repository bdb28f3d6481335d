import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';
import type { RunningEmulator } from '../../src/emulator/index.ts';
import { parseMarker } from '../../src/plan/marker.ts';
import { PROJECT_ROOT, runCli } from '../helpers/cli.ts';
import { authQuery, withEmulator } from '../helpers/emulator.ts';
import { waitFor } from './wait.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** A temp project: the example reports, a config pointing at an in-process emulator, and the env with its credentials. */
export interface Workspace {
  dir: string;
  emulator: RunningEmulator;
  env: Record<string, string>;
}

export async function createWorkspace(
  t: TestContext,
  settings: { lockTimeoutMs?: number; extraSources?: object[] } = {},
): Promise<Workspace> {
  const emulator = await withEmulator(t);
  const dir = mkdtempSync(join(tmpdir(), 'report-sync-worker-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(PROJECT_ROOT, 'examples'), join(dir, 'reports'), { recursive: true });
  const config = {
    sources: ['reports', ...(settings.extraSources ?? [])],
    board: emulator.board.id,
    trello: { apiUrl: emulator.url },
    stateFile: 'state.json',
    lockTimeoutMs: settings.lockTimeoutMs ?? 60_000,
  };
  writeFileSync(join(dir, 'report-sync.json'), JSON.stringify(config));
  return {
    dir,
    emulator,
    env: { TRELLO_API_KEY: emulator.key, TRELLO_API_TOKEN: emulator.token, LOG_LEVEL: 'info' },
  };
}

/** A long-running `report-sync <args>` process whose JSON log lines (stderr) the test can read as they come. */
export function spawnCli(args: string[], ws: Workspace) {
  const child = spawn(process.execPath, [MAIN, ...args], {
    cwd: ws.dir,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...ws.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  createInterface({ input: child.stderr }).on('line', (line) => {
    try {
      logs.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      logs.push({ msg: line });
    }
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    logs,
    stdout: () => stdout,
    /** The summary lines of finished runs, in order. */
    runs: () => logs.filter((line) => typeof line['outcome'] === 'string'),
    /** Resolves to the exit, or fails when the process is still running after `ms`. */
    exited: async (ms: number) => {
      let done = false;
      void exit.then(() => (done = true));
      await waitFor(() => done, `the process to exit within ${ms} ms`, ms);
      return exit;
    },
  };
}

/** The distinct item keys in the workspace's reports, as `report-sync extract` sees them. */
export async function distinctItemKeys(ws: Workspace): Promise<Set<string>> {
  const run = await runCli(['extract', 'reports', '--format', 'json'], { cwd: ws.dir });
  const { reports } = JSON.parse(run.stdout) as { reports: { items: { key: string }[] }[] };
  return new Set(reports.flatMap((report) => report.items.map((item) => item.key)));
}

export const createdCards = (ws: Workspace) => ws.emulator.stats().byRoute['POST /1/cards'] ?? 0;

/** The open cards of the workspace's board, read over HTTP. */
export async function boardCards(ws: Workspace): Promise<{ name: string; desc: string }[]> {
  const board = `${ws.emulator.url}/boards/${ws.emulator.board.id}`;
  const response = await fetch(`${board}/cards/open?${authQuery(ws.emulator)}`);
  return (await response.json()) as { name: string; desc: string }[];
}

/** The item key on each open card (one entry per card, so duplicates show). */
export async function boardItemKeys(ws: Workspace): Promise<string[]> {
  return (await boardCards(ws)).map((card) => parseMarker(card.desc) ?? '(no marker)');
}
