// Checkpoints that cost what changed: a tracked payload's saves write the entries assigned
// since the last one, and a file exactly as written is read back without a schema pass.
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { z } from 'zod';
import { silentLogger } from '../../src/log/logger.ts';
import { openStateFile, readStateFile } from '../../src/state/store.ts';
import { payloadWith, type TestPayload, testPayloadSchema } from './payload.ts';

const options = { schema: testPayloadSchema, lockTimeoutMs: 1_000, logger: silentLogger() };
let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'state-tracked-'));
  path = join(dir, 'state.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const journalLines = async () =>
  (await readFile(`${path}.journal`, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { ops: unknown[] });

describe('a tracked payload', () => {
  it('saves only the entries assigned since the last save, and folds to the same state', async () => {
    const state = await openStateFile(path, options);
    const live = state.track(structuredClone(payloadWith(0, 1_000)));
    await state.checkpoint(live); // the first save of a run: the whole file
    live.cards['item-7'] = { cardId: 'x'.repeat(24), title: 'Renamed', desc: 'd' };
    await state.checkpoint(live);
    Reflect.deleteProperty(live.cards, 'item-8');
    live.counter = 2;
    await state.checkpoint(live);
    live.cards = Object.fromEntries(Object.entries(live.cards).filter(([key]) => key !== 'item-9'));
    await state.checkpoint(live);
    assert.deepEqual(
      (await journalLines()).map((line) => line.ops),
      [
        [{ set: ['cards', 'item-7'], value: { cardId: 'x'.repeat(24), title: 'Renamed', desc: 'd' } }],
        [{ set: ['counter'], value: 2 }, { del: ['cards', 'item-8'] }],
        [{ del: ['cards', 'item-9'] }],
      ],
      'each line holds what changed, a replaced container its difference',
    );
    const expected = JSON.parse(JSON.stringify(live)) as TestPayload;
    assert.deepEqual((await readStateFile(path, options))?.data, expected, 'replayed');
    await state.release();
    assert.deepEqual((await readStateFile(path, options))?.data, expected, 'folded');
  });

  it('refuses a change made inside an entry, which it could not see', async () => {
    const state = await openStateFile(path, options);
    const live = state.track(structuredClone(payloadWith(0, 3)));
    await state.checkpoint(live);
    const card = live.cards['item-1'];
    assert.ok(card);
    assert.throws(() => {
      card.title = 'changed in place';
    }, TypeError);
    await state.release();
  });
});

describe('reading a state file', () => {
  // A schema that marks what it parsed: a file read without a schema pass carries no mark.
  const marking = testPayloadSchema.transform((payload) => ({ ...payload, counter: payload.counter + 1000 }));
  const marked = { ...options, schema: marking as unknown as z.ZodType<TestPayload> };

  it('skips the schema pass for a file exactly as written, and not for one edited by hand', async () => {
    const state = await openStateFile(path, options);
    await state.checkpoint(payloadWith(1, 3));
    await state.release();
    assert.equal((await readStateFile(path, marked))?.data.counter, 1, 'its checksum holds: no schema pass');

    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"Item 1 v1"', '"Item 1 edited"'));
    assert.equal((await readStateFile(path, marked))?.data.counter, 1001, 'edited: checked in full');
    await writeFile(path, text.replace('"title":"Item 1 v1"', '"title":1'));
    await assert.rejects(readStateFile(path, options), /data\.cards\.item-1\.title: /);
  });
});

describe('the summary in a state file head', () => {
  const summarize = (p: TestPayload) => ({ counter: p.counter, cards: Object.keys(p.cards).length });
  const saveAll = async () => {
    const state = await openStateFile(path, { ...options, summarize });
    await state.checkpoint(payloadWith(1, 3));
    await state.release();
  };

  it('is read back for a file exactly as written, whose payload is built only when asked, without its schema', async () => {
    const state = await openStateFile(path, { ...options, summarize });
    await state.checkpoint(payloadWith(1, 3));
    await state.checkpoint(payloadWith(2, 3)); // a journal line, folded in on release
    await state.release();
    let schemaLoads = 0;
    const loading = {
      ...options,
      summarize,
      schema: async () => (schemaLoads++, testPayloadSchema),
    };
    const again = await openStateFile(path, loading);
    assert.deepEqual(again.summary, { counter: 2, cards: 3 });
    assert.equal(again.data?.counter, 2);
    assert.equal(schemaLoads, 0, 'trusted: no schema loaded');
    await again.checkpoint(payloadWith(3, 3));
    assert.equal(
      again.summary,
      undefined,
      'once saved, the summary read describes a payload that is no more',
    );
    await again.release();

    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"Item 1 v1"', '"Item 1 edited"'));
    const edited = await openStateFile(path, loading);
    assert.equal(edited.summary, undefined, 'edited: no summary');
    assert.equal(schemaLoads, 1, 'edited: checked in full');
    await edited.release();
  });

  it('is read with the file; a payload changed behind the lock since is refused, not used', async () => {
    await saveAll();
    const state = await openStateFile(path, { ...options, summarize });
    assert.deepEqual(state.summary, { counter: 1, cards: 3 });
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"Item 1 v1"', '"Item 1 edited"'));
    assert.throws(() => state.data, /was changed by something else while this run held its lock/);
    await state.release();
  });

  it('is not trusted while a journal follows the file (a run stopped before it folded it in)', async () => {
    const state = await openStateFile(path, { ...options, summarize });
    await state.checkpoint(payloadWith(1, 3));
    await state.checkpoint(payloadWith(2, 3));
    const crashed = join(dir, 'crashed.json');
    await copyFile(path, crashed);
    await copyFile(`${path}.journal`, `${crashed}.journal`);
    await state.release();
    const read = await openStateFile(crashed, { ...options, summarize });
    assert.equal(read.summary, undefined);
    assert.equal(read.data?.counter, 2, 'the journal replayed');
    await read.release();
  });
});
