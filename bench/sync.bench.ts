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
 * 2. The no-op rerun on 1,000 generated reports (goal < 0.5 s): the board is
 *    filled once in-process at an unlimited pace, then the rerun is timed both
 *    in-process (the sync's own work) and as a CLI process, what a person or a
 *    cron job waits for (adds Node's start-up and loading the modules; the
 *    median of a few runs, as a process's time varies with the machine's load).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config/index.ts';
import { startEmulator, TRELLO_RATE_LIMIT } from '../src/emulator/index.ts';
import { silentLogger } from '../src/log/logger.ts';
import { runSync } from '../src/sync/run.ts';
import { requireTrelloAccess } from '../src/sync/settings.ts';
import { createTrelloGateway } from '../src/trello/gateway.ts';
import { CORPUS, runCli } from '../tests/helpers/cli.ts';

const GOAL_RATIO = 1.05;
const GOAL_NOOP_MS = 500;
/** Trello's limit per token (D). */
const TRELLO_PER_SECOND = 10;
/** The second client's pace: half the token's budget. */
const OTHER_CLIENT_EVERY_MS = 200;
const WINDOW_MS = 10_000;
const GENERATED_REPORTS = 1000;
const CLI_RUNS = 5;

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
  await noopRerun();
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

async function noopRerun(): Promise<void> {
  // Limits far above any run's, reported in the headers: the first sync that fills the board goes unpaced.
  const unlimited = { windowMs: WINDOW_MS, perToken: 1e9, perKey: 1e9 };
  const emulator = await startEmulator({ rateLimit: unlimited, searchIndexLagMs: 0 });
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-bench-'));
  try {
    await generateReports(join(dir, 'reports'), GENERATED_REPORTS);
    const env = { ...credentials(emulator, dir), REPORT_SYNC_SOURCES: 'reports' };
    const { config } = await loadConfig({ cwd: dir, env });
    const access = requireTrelloAccess(config);
    const logger = silentLogger();
    const unpaced = createTrelloGateway({
      apiUrl: config.trello.apiUrl,
      key: access.key,
      token: access.token,
      logger,
    });
    const first = await runSync(config, access, { gateway: unpaced, logger, now: () => new Date() });

    const gateway = createTrelloGateway({
      apiUrl: config.trello.apiUrl,
      key: access.key,
      token: access.token,
      logger,
    });
    const started = performance.now();
    const rerun = await runSync(config, access, { gateway, logger, now: () => new Date() });
    const inProcessMs = performance.now() - started;
    const cliTimes: number[] = [];
    for (let i = 0; i < CLI_RUNS; i++) {
      const cliStarted = performance.now();
      const cli = await runCli(['sync', '--json'], { cwd: dir, env });
      cliTimes.push(performance.now() - cliStarted);
      if (cli.code !== 0) throw new Error(`sync failed (exit ${cli.code}): ${cli.stderr}`);
      const { apiCalls } = JSON.parse(cli.stdout) as { apiCalls: number };
      if (apiCalls !== 0) throw new Error(`the no-op rerun as a CLI process made ${apiCalls} API calls`);
    }
    cliTimes.sort((a, b) => a - b);
    const cliMs = cliTimes[Math.floor(CLI_RUNS / 2)] ?? Number.NaN;
    console.log(
      `${GENERATED_REPORTS} generated reports, ${first.counts.created} cards: no-op rerun ${rerun.counts.apiCalls} API calls`,
    );
    console.log(
      `  in-process ${inProcessMs.toFixed(0)} ms; goal < ${GOAL_NOOP_MS} ms: ${verdict(inProcessMs < GOAL_NOOP_MS)}`,
    );
    console.log(
      `  as a CLI process (with Node start-up) median ${cliMs.toFixed(0)} ms of ${CLI_RUNS} (${cliTimes.map((t) => t.toFixed(0)).join(', ')}); goal < ${GOAL_NOOP_MS} ms: ${verdict(cliMs < GOAL_NOOP_MS)}`,
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

/** Weekly reports: three long-running activities each week, and two TODOs of their own. */
async function generateReports(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const ongoing = ['Oppgradere OpenStack', 'Følge opp pilotbrukere', 'Dokumentere driftsrutiner'];
  for (let i = 0; i < count; i++) {
    const year = 2000 + Math.floor(i / 52);
    const week = (i % 52) + 1;
    const lines = [
      `# Uke ${week} ${year}`,
      '',
      'Status denne uken.',
      '',
      '## Planlagte aktiviteter',
      '',
      ...ongoing.map((a) => `- ${a}`),
      '',
      '## Notater',
      '',
      `- TODO: Bestille disker til rack ${i}`,
      `- Rydde logger på node ${i} TODO`,
      '',
    ];
    await writeFile(join(dir, `${year}_uke_${String(week).padStart(2, '0')}.md`), lines.join('\n'));
  }
}
