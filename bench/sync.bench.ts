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
 *    - wall time ÷ (API calls ÷ 10 per second), Trello's per-token limit: how
 *      close the run comes to the pace Trello allows, with the number of 429
 *      answers (goal: ≤ 1.05 and none). The client paces to the limits the
 *      answers' headers report.
 *    - the same while a second client of the same token spends half its
 *      budget (one request every 200 ms, started a window before the sync):
 *      the sync should take the other half, wall ÷ (calls ÷ 5 per second)
 *      near 1, with no 429 for either client.
 *
 * The no-op rerun is measured in noop.bench.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulator, TRELLO_RATE_LIMIT } from '../src/emulator/index.ts';
import { CORPUS, runCli } from '../tests/helpers/cli.ts';

const GOAL_RATIO = 1.05;
/** Trello's limit per token (D). */
const TRELLO_PER_SECOND = 10;
/** The second client's pace: half the token's budget. */
const OTHER_CLIENT_EVERY_MS = 200;
const WINDOW_MS = 10_000;

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
  await corpusSync(false);
  await corpusSync(true);
}

/** Another client of the same token: one board read every `everyMs` until stopped, counting its 429s. */
function otherClient(
  emulator: { url: string; key: string; token: string; board: { id: string } },
  everyMs: number,
) {
  let refused = 0;
  let sent = 0;
  const url = `${emulator.url}/boards/${emulator.board.id}?key=${emulator.key}&token=${emulator.token}`;
  const timer = setInterval(() => {
    sent++;
    void fetch(url).then(async (response) => {
      if (response.status === 429) refused++;
      await response.arrayBuffer();
    });
  }, everyMs);
  return {
    stop: () => clearInterval(timer),
    get refused() {
      return refused;
    },
    get sent() {
      return sent;
    },
  };
}

async function corpusSync(shared: boolean): Promise<void> {
  const emulator = await startEmulator({ rateLimit: TRELLO_RATE_LIMIT, searchIndexLagMs: 0 });
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-bench-'));
  const other = shared ? otherClient(emulator, OTHER_CLIENT_EVERY_MS) : undefined;
  try {
    if (other) await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
    const env = credentials(emulator, dir);
    const started = performance.now();
    const result = await runCli(['sync', '--source', CORPUS, '--json'], {
      cwd: dir,
      env,
      timeoutMs: 600_000,
    });
    const wallMs = performance.now() - started;
    if (result.code !== 0) throw new Error(`sync failed (exit ${result.code}): ${result.stderr}`);
    const counts = JSON.parse(result.stdout) as { created: number; apiCalls: number };
    const stats = emulator.stats();
    const setup = SETUP_ROUTES.reduce((sum, route) => sum + (stats.byRoute[route] ?? 0), 0);
    const callRatio = counts.apiCalls / (counts.created + setup);
    const allowedPerSecond = shared ? TRELLO_PER_SECOND / 2 : TRELLO_PER_SECOND;
    const paceRatio = wallMs / 1000 / (counts.apiCalls / allowedPerSecond);
    const ownRefused = stats.rateLimited - (other?.refused ?? 0);
    const rate = (counts.apiCalls / (wallMs / 1000)) * 10;
    console.log(
      shared
        ? `corpus, the token shared with a client spending half of it (${other?.sent ?? 0} requests, one per ${OTHER_CLIENT_EVERY_MS} ms):`
        : `corpus, the token to itself: ${counts.created} cards, ${counts.apiCalls} API calls (${setup} setup: board, snapshot, lists, labels, checklists)`,
    );
    if (!shared)
      console.log(
        `  API calls ÷ (items + setup calls) = ${callRatio.toFixed(3)}; goal ≤ ${GOAL_RATIO}: ${verdict(callRatio <= GOAL_RATIO)}`,
      );
    // A run shorter than two windows starts with a burst, so its average beats the sustained rate (pacer tests: ≥ 97).
    const goal = shared ? '' : `; goal ≤ ${GOAL_RATIO}: ${verdict(paceRatio <= GOAL_RATIO)}`;
    console.log(
      `  wall ${(wallMs / 1000).toFixed(1)} s ÷ (calls ÷ ${allowedPerSecond}/s) = ${paceRatio.toFixed(3)}, on average ${rate.toFixed(1)} requests per 10 s${goal}`,
    );
    console.log(
      `  429 answers: ${ownRefused} to the sync${other ? `, ${other.refused} to the other client` : ''}; goal 0: ${verdict(stats.rateLimited === 0)}`,
    );
  } finally {
    other?.stop();
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
