/**
 * Sync cost, measured against the emulator.
 *
 * 1. The corpus, synced by the real CLI with Trello's real rate limits on the
 *    emulator and the default client pace:
 *    - API calls ÷ (distinct items + setup calls). Setup calls are the calls a
 *      sync cannot do without whatever it does per card: resolving the board
 *      (GET /boards/:id), the board snapshot (GET /batch), creating the missing
 *      lists and labels, and the checklists Trello makes unavoidable (one POST
 *      per checklist and one per check item: Trello has no bulk call). Goal ≤ 1.05,
 *      i.e. one call per card and nothing wasted.
 *    - wall time ÷ (API calls ÷ configured rate): how close the run comes to the
 *      pace it is allowed. Goal ≤ 1.05. The pacer is a sliding window, so the
 *      first 90 calls go at once and a run under a few hundred calls can beat 1.
 *    - the default rate as a share of Trello's per-token limit (goal ≥ 90%).
 *
 * The no-op rerun is measured in noop.bench.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config/index.ts';
import { startEmulator, TRELLO_RATE_LIMIT } from '../src/emulator/index.ts';
import { CORPUS, runCli } from '../tests/helpers/cli.ts';

const GOAL_RATIO = 1.05;
const TRELLO_PER_TOKEN_PER_10S = 100;

const SETUP_ROUTES = [
  'GET /1/boards/:id',
  'GET /1/batch',
  'POST /1/boards/:id/lists',
  'POST /1/boards/:id/labels',
  'POST /1/cards/:id/checklists',
  'POST /1/checklists/:id/checkItems',
];

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

export async function run(): Promise<void> {
  await corpusSync();
}

async function corpusSync(): Promise<void> {
  const emulator = await startEmulator({ rateLimit: TRELLO_RATE_LIMIT, searchIndexLagMs: 0 });
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-bench-'));
  try {
    const env = credentials(emulator, dir);
    const { config } = await loadConfig({ cwd: dir, env });
    const started = performance.now();
    const result = await runCli(['sync', '--source', CORPUS, '--json'], {
      cwd: dir,
      env,
      timeoutMs: 300_000,
    });
    const wallMs = performance.now() - started;
    if (result.code !== 0) throw new Error(`sync failed (exit ${result.code}): ${result.stderr}`);
    const counts = JSON.parse(result.stdout) as { created: number; apiCalls: number };
    const stats = emulator.stats();
    const setup = SETUP_ROUTES.reduce((sum, route) => sum + (stats.byRoute[route] ?? 0), 0);
    const callRatio = counts.apiCalls / (counts.created + setup);
    const perSecond = config.trello.requestsPer10s / 10;
    const paceRatio = wallMs / 1000 / (counts.apiCalls / perSecond);
    const share = config.trello.requestsPer10s / TRELLO_PER_TOKEN_PER_10S;
    console.log(
      `corpus: ${counts.created} cards, ${counts.apiCalls} API calls (${setup} setup: board, snapshot, lists, labels, checklists), ${stats.rateLimited} answered 429`,
    );
    console.log(
      `  API calls ÷ (items + setup calls) = ${callRatio.toFixed(3)}; goal ≤ ${GOAL_RATIO}: ${verdict(callRatio <= GOAL_RATIO)}`,
    );
    console.log(
      `  wall ${(wallMs / 1000).toFixed(1)} s ÷ (calls ÷ ${perSecond}/s) = ${paceRatio.toFixed(3)}; goal ≤ ${GOAL_RATIO}: ${verdict(paceRatio <= GOAL_RATIO)}`,
    );
    console.log(
      `  default pace ${config.trello.requestsPer10s}/10 s = ${(share * 100).toFixed(0)}% of Trello's per-token limit; goal ≥ 90%: ${verdict(share >= 0.9)}`,
    );
  } finally {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function credentials(
  emulator: { key: string; token: string; url: string; board: { shortLink: string } },
  dir: string,
) {
  return {
    TRELLO_API_KEY: emulator.key,
    TRELLO_API_TOKEN: emulator.token,
    TRELLO_API_URL: emulator.url,
    TRELLO_BOARD: emulator.board.shortLink,
    REPORT_SYNC_STATE_FILE: join(dir, 'state.json'),
  };
}
