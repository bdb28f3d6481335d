// Checkpoint cost of the state store: 1,000 sequential checkpoints of a 1,000-card payload (about 1 MB),
// each changing one card as a sync does, against the time a 1,000-card sync needs at Trello's rate limit.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { silentLogger } from '../src/log/logger.ts';
import { openStateFile } from '../src/state/store.ts';

const CARDS = 1_000;
/** Trello's limit per token (D): no sync can be faster. */
const TRELLO_REQUESTS_PER_10S = 100;
const cardSchema = z.object({
  cardId: z.string().nullable(),
  title: z.string(),
  descHash: z.string(),
  sources: z.array(z.string()),
});
const schema = z.object({ board: z.object({ id: z.string() }), cards: z.record(z.string(), cardSchema) });
type Payload = z.infer<typeof schema>;

function initialPayload(): Payload {
  const cards: Payload['cards'] = {};
  for (let i = 0; i < CARDS; i++) {
    cards[`item-${i}`] = {
      cardId: null,
      title: `Planned activity number ${i} with a realistic title length`,
      descHash: 'e'.repeat(64),
      sources: Array.from({ length: 16 }, (_, s) => `reports/2024/week-${s}/status-report-${i}.rst`),
    };
  }
  return { board: { id: 'b'.repeat(24) }, cards };
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'state-bench-'));
  try {
    const path = join(dir, 'state.json');
    const payload = initialPayload();
    const bytes = JSON.stringify(payload).length;
    const state = await openStateFile(path, { schema, lockTimeoutMs: 1_000, logger: silentLogger() });

    const started = performance.now();
    for (let i = 0; i < CARDS; i++) {
      const key = `item-${i}`;
      const card = payload.cards[key];
      if (card) payload.cards[key] = { ...card, cardId: `${i}`.padStart(24, '0') };
      await state.checkpoint(payload);
    }
    await state.release();
    const storeMs = performance.now() - started;

    const rewriteStarted = performance.now();
    for (let i = 0; i < CARDS; i++)
      await writeFileAtomic(join(dir, 'rewrite.json'), JSON.stringify(payload), { fsync: true });
    const rewriteMs = performance.now() - rewriteStarted;

    const syncMs = (CARDS / TRELLO_REQUESTS_PER_10S) * 10_000;
    const pct = (ms: number): string => `${((ms / syncMs) * 100).toFixed(1)}%`;
    console.log(`payload: ${CARDS} cards, ${(bytes / 1e6).toFixed(2)} MB`);
    console.log(
      `sync of ${CARDS} cards at ${TRELLO_REQUESTS_PER_10S} req/10 s: at least ${(syncMs / 1000).toFixed(0)} s`,
    );
    console.log(
      `store checkpoints (journal): ${(storeMs / CARDS).toFixed(2)} ms each, ${(storeMs / 1000).toFixed(2)} s = ${pct(storeMs)} of the sync (goal < 10%)`,
    );
    console.log(
      `whole-file rewrite, for comparison: ${(rewriteMs / CARDS).toFixed(2)} ms each = ${pct(rewriteMs)}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
