import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { StateError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { openStateFile, readStateFile, type StateFileOptions } from '../../src/state/store.ts';
import { payloadWith, type TestPayload, testPayloadSchema } from './payload.ts';

const options: StateFileOptions<TestPayload> = {
  schema: testPayloadSchema,
  lockTimeoutMs: 1_000,
  logger: silentLogger(),
};

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'state-store-'));
  path = join(dir, 'nested', 'state.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function saveAll(
  payloads: TestPayload[],
  extra: Partial<StateFileOptions<TestPayload>> = {},
): Promise<void> {
  const state = await openStateFile(path, { ...options, ...extra });
  for (const payload of payloads) await state.checkpoint(payload);
  await state.release();
}

describe('state file store', () => {
  it('starts empty, creates the folder, and reads back what was saved', async () => {
    const state = await openStateFile(path, options);
    assert.equal(state.data, null);
    assert.equal(state.serial, 0);
    await state.checkpoint(payloadWith(1, 20));
    await state.release();

    const again = await openStateFile(path, options);
    assert.deepEqual(again.data, payloadWith(1, 20));
    await again.release();
  });

  it('counts saves in serial, across runs, and keeps the lineage', async () => {
    const first = await openStateFile(path, options);
    const lineage = first.lineage;
    for (let n = 1; n <= 3; n++) await first.checkpoint(payloadWith(n, 10));
    assert.equal(first.serial, 3);
    await first.release();

    const second = await openStateFile(path, options);
    assert.equal(second.serial, 3);
    assert.equal(second.lineage, lineage);
    await second.checkpoint(payloadWith(4, 10));
    assert.equal(second.serial, 4);
    await second.release();
    const envelope = JSON.parse(await readFile(path, 'utf8')) as {
      serial: number;
      lineage: string;
      schemaVersion: number;
    };
    assert.deepEqual([envelope.serial, envelope.lineage, envelope.schemaVersion], [4, lineage, 1]);
  });

  it('gives two files different lineages', async () => {
    await saveAll([payloadWith(1, 2)]);
    const other = await openStateFile(join(dir, 'other.json'), options);
    const mine = await readStateFile(path, options);
    assert.notEqual(other.lineage, mine?.lineage);
    await other.release();
  });

  it('does not write when nothing changed', async () => {
    await saveAll([payloadWith(1, 10)]);
    const state = await openStateFile(path, options);
    await state.checkpoint(payloadWith(1, 10));
    assert.equal(state.serial, 1);
    await state.release();
    await assert.rejects(stat(`${path}.bak`), { code: 'ENOENT' });
  });

  it('writes the state, its journal and its backup readable by the owner only', async () => {
    await saveAll([payloadWith(1, 10)]);
    const state = await openStateFile(path, options);
    await state.checkpoint(payloadWith(2, 10));
    await state.checkpoint(payloadWith(3, 10));
    for (const file of [path, `${path}.journal`, `${path}.bak`]) {
      assert.equal((await stat(file)).mode & 0o777, 0o600, file);
    }
    await state.release();
  });

  it('copies the previous state to .bak before the first write of a run', async () => {
    await saveAll([payloadWith(1, 10), payloadWith(2, 10)]);
    await saveAll([payloadWith(3, 10), payloadWith(4, 10)]);
    const backup = await readStateFile(`${path}.bak`, options);
    assert.equal(backup?.serial, 2);
    assert.deepEqual(backup?.data, payloadWith(2, 10));
  });

  it('saves later checkpoints as journal lines, replayed on read and folded in on release', async () => {
    const state = await openStateFile(path, options);
    for (let n = 1; n <= 5; n++) await state.checkpoint(payloadWith(n, 50));
    const journal = await readFile(`${path}.journal`, 'utf8');
    assert.equal(
      journal.trim().split('\n').length,
      4,
      'the first save rewrites the file, the next four append',
    );
    assert.deepEqual(
      (await readStateFile(path, options))?.data,
      payloadWith(5, 50),
      'a reader replays the journal',
    );
    await state.release();
    await assert.rejects(stat(`${path}.journal`), { code: 'ENOENT' });
    assert.deepEqual((await readStateFile(path, options))?.data, payloadWith(5, 50));
  });

  it('skips a journal line cut short by a crash', async () => {
    const state = await openStateFile(path, options);
    await state.checkpoint(payloadWith(1, 10));
    await state.checkpoint(payloadWith(2, 10));
    await writeFile(`${path}.journal`, '{"serial":3,"lin', { flag: 'a' });
    const read = await readStateFile(path, options);
    assert.equal(read?.serial, 2);
    assert.deepEqual(read?.data, payloadWith(2, 10));
    await state.release();
  });

  it('refuses to save a payload holding a secret', async () => {
    const secret = 'f'.repeat(64);
    const state = await openStateFile(path, { ...options, secrets: [secret] });
    const leaky = { ...payloadWith(1, 3), board: { id: secret } };
    await assert.rejects(state.checkpoint(leaky), (error: unknown) => {
      assert.ok(error instanceof StateError);
      assert.ok(!error.message.includes(secret));
      return true;
    });
    await state.release();
    await assert.rejects(stat(path), { code: 'ENOENT' });
  });
});

describe('a state file that cannot be read', () => {
  async function assertRefusedAndUntouched(content: string, expected: RegExp): Promise<void> {
    await saveAll([payloadWith(1, 2)]);
    await writeFile(path, content);
    await assert.rejects(openStateFile(path, options), (error: unknown) => {
      assert.ok(error instanceof StateError);
      assert.match(error.message, expected);
      assert.ok(error.message.includes(path), 'names the file');
      assert.ok(error.message.includes(`${path}.bak`), 'offers the backup');
      return true;
    });
    assert.equal(await readFile(path, 'utf8'), content, 'bytes unchanged');
    const retry = await openStateFile(path, { ...options, lockTimeoutMs: 0 }).catch((e: unknown) => e);
    assert.ok(retry instanceof StateError && !/locked/.test(retry.message), 'the lock was released');
  }

  it('is reported when it is not JSON', () => assertRefusedAndUntouched('{"serial": 3, ', /not valid JSON/));

  it('is reported when the envelope is wrong', () =>
    assertRefusedAndUntouched(
      '{"schemaVersion":1,"serial":"x","lineage":"l","savedAt":"","data":{}}',
      /serial/,
    ));

  it('is reported with the path of the payload problem', () =>
    assertRefusedAndUntouched(
      '{"schemaVersion":1,"serial":1,"lineage":"l","savedAt":"","data":{"counter":1,"board":null,"cards":{"a":{"cardId":7}}}}',
      /data\.cards\.a\.cardId/,
    ));

  it('is refused when written by a newer version', async () => {
    await saveAll([payloadWith(1, 2)], { schemaVersion: 3 });
    const before = await readFile(path, 'utf8');
    await assert.rejects(
      openStateFile(path, { ...options, schemaVersion: 2 }),
      /newer report-sync.*Upgrade/s,
    );
    assert.equal(await readFile(path, 'utf8'), before);
  });

  it('is reported when a complete journal line is damaged', async () => {
    const state = await openStateFile(path, options);
    await state.checkpoint(payloadWith(1, 10));
    await state.checkpoint(payloadWith(2, 10));
    await writeFile(`${path}.journal`, 'garbage\n', { flag: 'a' });
    await assert.rejects(readStateFile(path, options), /state\.json\.journal cannot be read \(line 2/);
    await state.release().catch(() => undefined);
  });
});
