/**
 * The no-op rerun as a process, what a scheduled worker or cron pays many
 * times a day, against a bare `node -e 0` measured in the same run
 * (interleaved, medians), at 1,000 and 10,000 generated reports; its peak
 * memory; `extract` over the same reports; the state file's size.
 *
 * Goals (issue 14): the no-op at 1,000 reports within 7× `node -e 0` and
 * under 80 MiB peak; at 10,000 reports a no-op and `extract` cost at most
 * 1.2× per report what they cost at 1,000; the state file grows linearly.
 * The board is a FakeGateway filled in this process: a no-op sends no
 * request, so its state need only say the board is synced.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../src/config/index.ts';
import { silentLogger } from '../src/log/logger.ts';
import { SETTLED_AFTER_MS } from '../src/reports/fingerprint.ts';
import { runSync } from '../src/sync/run.ts';
import { requireTrelloAccess } from '../src/config/index.ts';
import { PROJECT_ROOT } from '../tests/helpers/cli.ts';
import { FakeGateway } from '../tests/helpers/fake-gateway.ts';

const SIZES = [1_000, 10_000] as const;
const RUNS = 7;
const GOAL_RATIO = 7;
const GOAL_PEAK_MIB = 80;
const GOAL_SCALE = 1.2;
const BUILT = join(PROJECT_ROOT, 'dist/cli/main.js');
const SOURCE = join(PROJECT_ROOT, 'src/cli/main.ts');
const RAM_DISK = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
/** Prints the process's own peak memory and CPU when it exits: a preload, the same for every process measured. */
const USAGE = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('USAGE '+JSON.stringify({rssKiB:u.maxRSS,cpuMs:(u.userCPUTime+u.systemCPUTime)/1000})+'\\n')})`;

interface Run {
  wallMs: number;
  rssKiB: number;
  stdout: string;
}

function measure(args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', USAGE, ...args], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const usage = /^USAGE (.*)$/m.exec(stderr)?.[1];
      if (code !== 0 || !usage) reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ wallMs, rssKiB: (JSON.parse(usage) as { rssKiB: number }).rssKiB, stdout });
    });
  });
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Weekly reports: three long-running activities shared by all, and four items of each week's own. */
async function generateReports(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const ongoing = ['Oppgradere OpenStack', 'Følge opp pilotbrukere', 'Dokumentere driftsrutiner'];
  for (let i = 0; i < count; i++) {
    const lines = [
      `# Uke ${(i % 52) + 1} ${2000 + Math.floor(i / 52)}`,
      '',
      '## Planlagte aktiviteter',
      '',
      ...ongoing.map((a) => `- ${a}`),
      `- Migrere tjeneste ${i} til ny klynge`,
      `- Oppdatere sertifikater for tjeneste ${i}`,
      '',
      '## Notater',
      '',
      `- TODO: Bestille disker til rack ${i}`,
      `- Rydde logger på node ${i} TODO`,
      '',
    ];
    await writeFile(join(dir, `r${String(i).padStart(5, '0')}.md`), lines.join('\n'));
  }
}

interface Size {
  reports: number;
  cards: number;
  stateBytes: number;
  nodeMs: number;
  builtMs: number;
  sourceMs: number;
  builtPeakMiB: number;
  extractMs: number;
}

async function measureSize(reports: number): Promise<Size> {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-noop-'));
  try {
    await generateReports(join(dir, 'reports'), reports);
    const env = {
      TRELLO_API_KEY: 'bench-key',
      TRELLO_API_TOKEN: 'bench-token',
      TRELLO_API_URL: 'http://127.0.0.1:9/1', // never asked: a no-op sends nothing
      TRELLO_BOARD: new FakeGateway().boardRef.shortLink,
      REPORT_SYNC_STATE_FILE: join(dir, 'state.json'),
      REPORT_SYNC_SOURCES: 'reports',
    };
    // The first sync saves its state on a RAM disk: tens of thousands of fsyncs would make the setup, not the no-op, the bench.
    const setupState = join(await mkdtemp(join(RAM_DISK, 'report-sync-noop-')), 'state.json');
    const { config } = await loadConfig({ cwd: dir, env: { ...env, REPORT_SYNC_STATE_FILE: setupState } });
    const access = requireTrelloAccess(config);
    const first = await runSync(config, access, {
      gateway: new FakeGateway(),
      logger: silentLogger(),
      now: () => new Date(),
    });
    await copyFile(setupState, env.REPORT_SYNC_STATE_FILE);
    await rm(dirname(setupState), { recursive: true, force: true });
    // Files written just now have fingerprints too fresh to trust; the first rerun saves them once they settled.
    await sleep(SETTLED_AFTER_MS + 100);
    await measure([BUILT, 'sync', '--json'], dir, env);
    const settled = (await stat(env.REPORT_SYNC_STATE_FILE)).mtimeMs;

    const node: Run[] = [];
    const built: Run[] = [];
    const source: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      node.push(await measure(['-e', '0'], dir, env));
      built.push(await measure([BUILT, 'sync', '--json'], dir, env));
      source.push(await measure([SOURCE, 'sync', '--json'], dir, env));
    }
    for (const run of [...built, ...source]) {
      const { apiCalls, unchanged } = JSON.parse(run.stdout) as { apiCalls: number; unchanged: number };
      if (apiCalls !== 0 || unchanged === 0) throw new Error(`not a no-op: ${run.stdout}`);
    }
    if ((await stat(env.REPORT_SYNC_STATE_FILE)).mtimeMs !== settled)
      throw new Error('a no-op wrote the state');
    const extract: Run[] = [];
    for (let i = 0; i < 3; i++)
      extract.push(await measure([BUILT, 'extract', '--format', 'json', 'reports'], dir, env));
    return {
      reports,
      cards: first.counts.created,
      stateBytes: (await stat(env.REPORT_SYNC_STATE_FILE)).size,
      nodeMs: median(node.map((r) => r.wallMs)),
      builtMs: median(built.map((r) => r.wallMs)),
      sourceMs: median(source.map((r) => r.wallMs)),
      builtPeakMiB: Math.max(...built.map((r) => r.rssKiB)) / 1024,
      extractMs: median(extract.map((r) => r.wallMs)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
/** µs per report of what a process costs beyond Node's own start-up. */
const beyond = (s: Size, ms: number) => ((ms - s.nodeMs) / s.reports) * 1000;

export async function run(): Promise<void> {
  const sizes: Size[] = [];
  for (const reports of SIZES) sizes.push(await measureSize(reports));
  console.log(
    `no-op rerun as a process (median of ${RUNS}, interleaved with node -e 0), and extract (median of 3):`,
  );
  console.log(
    '  reports   cards  state MB  node -e 0  no-op dist (ratio)  no-op src (ratio)  peak MiB  extract   per report beyond node -e 0: no-op, extract',
  );
  for (const s of sizes) {
    console.log(
      `  ${String(s.reports).padStart(7)} ${String(s.cards).padStart(7)} ${(s.stateBytes / 1e6).toFixed(1).padStart(9)} ${s.nodeMs.toFixed(0).padStart(7)} ms ${s.builtMs.toFixed(0).padStart(8)} ms (${(s.builtMs / s.nodeMs).toFixed(1)}×) ${s.sourceMs.toFixed(0).padStart(8)} ms (${(s.sourceMs / s.nodeMs).toFixed(1)}×) ${s.builtPeakMiB.toFixed(0).padStart(8)} ${s.extractMs.toFixed(0).padStart(6)} ms   ${beyond(s, s.builtMs).toFixed(0)} µs, ${beyond(s, s.extractMs).toFixed(0)} µs`,
    );
  }
  const [small, large] = sizes;
  if (!small || !large) return;
  const ratio = small.builtMs / small.nodeMs;
  console.log(
    `  ${small.reports} reports: no-op within ${GOAL_RATIO}× node -e 0: ${verdict(ratio <= GOAL_RATIO)}; under ${GOAL_PEAK_MIB} MiB: ${verdict(small.builtPeakMiB < GOAL_PEAK_MIB)}`,
  );
  const noopScale = beyond(large, large.builtMs) / beyond(small, small.builtMs);
  const extractScale = beyond(large, large.extractMs) / beyond(small, small.extractMs);
  const stateScale = large.stateBytes / large.reports / (small.stateBytes / small.reports);
  console.log(
    `  per report at ${large.reports} ÷ at ${small.reports}: no-op ${noopScale.toFixed(2)}, extract ${extractScale.toFixed(2)} (goal ≤ ${GOAL_SCALE}: ${verdict(noopScale <= GOAL_SCALE && extractScale <= GOAL_SCALE)}); state bytes ${stateScale.toFixed(2)} (linear: ${verdict(stateScale <= GOAL_SCALE)})`,
  );
}
