/**
 * How the cost of a sync grows with the board, at 500 and 5,000 cards:
 *
 * 1. A checkpoint of the sync state changing one card, as the applier makes
 *    two per card written: CPU and wall per checkpoint (goal: about the same
 *    at both sizes, as it writes what changed, not the state; a fraction of
 *    a millisecond, so a busy machine moves it by tens of percent).
 * 2. A first sync, in this process through the real gateway to an emulator in
 *    another process (so its CPU is not counted), unpaced: CPU per card
 *    (goal: at 5,000 cards at most 1.2× what it is at 500). A small sync
 *    first warms the JIT, so that neither size pays for it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig } from '../src/config/index.ts';
import { silentLogger } from '../src/log/logger.ts';
import { openStateFile } from '../src/state/store.ts';
import { newCardRecord, type SyncState } from '../src/state/sync-state.ts';
import { syncStateSchema } from '../src/state/sync-state-schema.ts';
import { runSync } from '../src/sync/run.ts';
import { requireTrelloAccess } from '../src/config/index.ts';
import { createTrelloGateway } from '../src/trello/gateway.ts';
import { PROJECT_ROOT } from '../tests/helpers/cli.ts';

const SIZES = [500, 5_000] as const;
const CHECKPOINTS = 2_000;
const ROUNDS = 5;
const GOAL = 1.2;
const ITEMS_PER_REPORT = 4;

const cpuMs = (since?: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

function stateWith(cards: number): SyncState {
  const state: SyncState = {
    board: null,
    install: null,
    settingsHash: null,
    cards: {},
    reports: {},
    unresolvedOwners: [],
  };
  for (let i = 0; i < cards; i++) {
    state.cards[`item-${i}`] = newCardRecord(
      {
        cardId: `${i}`.padStart(24, '0'),
        kind: 'todo',
        title: `Bestille disker til rack ${i}`,
        written: {
          name: `Bestille disker til rack ${i}`,
          bodyHash: 'a'.repeat(24),
          sourcesHash: 'c'.repeat(24),
          descShape: 'b'.repeat(24),
          idList: 'l'.repeat(24),
          idLabels: ['t'.repeat(24)],
          idMembers: [],
          due: null,
          dueComplete: false,
          checklist: null,
        },
        sources: [`reports/2024/uke-${i % 52}.md`],
      },
      '2024-05-01T10:00:00.000Z',
    );
  }
  return state;
}

/** CPU and wall per checkpoint, each renaming one card of a state of `cards` cards. */
async function checkpointCost(cards: number): Promise<{ cpu: number; wall: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-scale-'));
  try {
    const file = await openStateFile(join(dir, 'state.json'), {
      schema: syncStateSchema,
      lockTimeoutMs: 1_000,
      logger: silentLogger(),
    });
    const state = file.track(stateWith(cards));
    await file.checkpoint(state); // the run's first save writes the whole file
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < CHECKPOINTS; i++) {
      const key = `item-${(i * 7) % cards}`;
      const card = state.cards[key];
      if (card) state.cards[key] = { ...card, title: `${card.title} (${i})` };
      await file.checkpoint(state);
    }
    const result = { cpu: cpuMs(cpu) / CHECKPOINTS, wall: (performance.now() - started) / CHECKPOINTS };
    await file.release();
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function startEmulator(): Promise<{ process: ChildProcess; ready: Record<string, string> }> {
  const child = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'src/cli/main.ts'), 'emulator', '--no-rate-limit'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn' },
    },
  );
  if (!child.stdout) throw new Error('no emulator output');
  const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  return { process: child, ready: JSON.parse(line) as Record<string, string> };
}

/** CPU of this process per card made by a first sync of `cards` cards. */
async function firstSyncCpuPerCard(cards: number): Promise<{ perCard: number; created: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-scale-'));
  const emulator = await startEmulator();
  try {
    await mkdir(join(dir, 'reports'));
    for (let r = 0; r < cards / ITEMS_PER_REPORT; r++) {
      const items = [
        `- Migrere tjeneste ${r} til ny klynge`,
        `- Oppdatere sertifikater for tjeneste ${r}`,
        `- TODO: Bestille disker til rack ${r}`,
        `- TODO: Rydde logger på node ${r}`,
      ];
      await writeFile(
        join(dir, 'reports', `r${r}.md`),
        `# Uke ${r}\n\n## Planlagte aktiviteter\n\n${items.join('\n')}\n`,
      );
    }
    const { ready } = emulator;
    const env = {
      TRELLO_API_KEY: ready['key'],
      TRELLO_API_TOKEN: ready['token'],
      TRELLO_API_URL: ready['url'],
      TRELLO_BOARD: ready['shortLink'],
      REPORT_SYNC_STATE_FILE: join(dir, 'state.json'),
      REPORT_SYNC_SOURCES: 'reports',
    };
    const { config } = await loadConfig({ cwd: dir, env });
    const access = requireTrelloAccess(config);
    const logger = silentLogger();
    const gateway = createTrelloGateway({ ...config.trello, ...access, requestsPer10s: 1_000_000, logger });
    const cpu = process.cpuUsage();
    const result = await runSync(config, access, { gateway, logger, now: () => new Date() });
    const spent = cpuMs(cpu);
    if (result.counts.created !== cards) throw new Error(`made ${result.counts.created} cards, not ${cards}`);
    return { perCard: spent / cards, created: result.counts.created };
  } finally {
    emulator.process.kill();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Each size's median over ROUNDS rounds, the sizes taken in turn within a
 * round: one round's 0.2 ms moves by tens of percent with what else the
 * machine does (a GC, a neighbour's burst), and a ratio of two single rounds
 * reads that noise as growth.
 */
async function checkpointMedians(): Promise<{ cpu: number; wall: number }[]> {
  const rounds: { cpu: number; wall: number }[][] = SIZES.map(() => []);
  for (let round = 0; round < ROUNDS; round++)
    for (const [index, cards] of SIZES.entries()) rounds[index]?.push(await checkpointCost(cards));
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  return rounds.map((r) => ({ cpu: median(r.map((x) => x.cpu)), wall: median(r.map((x) => x.wall)) }));
}

export async function run(): Promise<void> {
  // Warm-ups: the JIT, not the size, would make the first measured size look dearer.
  await checkpointCost(SIZES[0]);
  await firstSyncCpuPerCard(100);
  const checkpoints = await checkpointMedians();
  const rows: { cards: number; checkpoint: { cpu: number; wall: number }; perCard: number }[] = [];
  for (const [index, cards] of SIZES.entries()) {
    const checkpoint = checkpoints[index] ?? { cpu: NaN, wall: NaN };
    rows.push({ cards, checkpoint, perCard: (await firstSyncCpuPerCard(cards)).perCard });
  }
  console.log(
    `cost by board size (checkpoints: median of ${ROUNDS} rounds of ${CHECKPOINTS} of one changed card, sizes in turn; first sync: unpaced, emulator in another process):`,
  );
  console.log('    cards  checkpoint CPU  checkpoint wall  first-sync CPU per card');
  for (const r of rows) {
    console.log(
      `  ${String(r.cards).padStart(7)} ${r.checkpoint.cpu.toFixed(3).padStart(11)} ms ${r.checkpoint.wall.toFixed(2).padStart(13)} ms ${r.perCard.toFixed(2).padStart(18)} ms`,
    );
  }
  const [small, large] = rows;
  if (!small || !large) return;
  const checkpointRatio = large.checkpoint.cpu / small.checkpoint.cpu;
  const syncRatio = large.perCard / small.perCard;
  console.log(
    `  ${large.cards} ÷ ${small.cards}: checkpoint CPU ${checkpointRatio.toFixed(2)} (in proportion to what changed: ${verdict(checkpointRatio <= GOAL)}); first-sync CPU per card ${syncRatio.toFixed(2)} (goal ≤ ${GOAL}: ${verdict(syncRatio <= GOAL)})`,
  );
}
