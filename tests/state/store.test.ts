import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
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
    // The holder sees that its journal was written behind its back, and folds nothing into the file.
    await assert.rejects(state.release(), /journal\) was written by another process/);
  });

  it('folds the journal into the file once it outgrows the file, or 64 KiB for a small file', async () => {
    for (const [entries, descLength, threshold] of [
      [10, 100, 64 * 1024], // a 1.5 KB file: the journal may reach 64 KiB
      [200, 1_000, 0], // a 220 KB file: the journal may reach the file's size
    ] as const) {
      await rm(dir, { recursive: true, force: true });
      const state = await openStateFile(path, options);
      await state.checkpoint(payloadWith(1, entries, descLength));
      const limit = Math.max(threshold, (await stat(path)).size);
      let folds = 0;
      let journalBefore = 0;
      for (let n = 2; n <= 400; n++) {
        await state.checkpoint(payloadWith(n, entries, descLength));
        const journal = await stat(`${path}.journal`).then(
          (s) => s.size,
          () => 0,
        );
        assert.ok(journal <= limit, `journal of ${journal} bytes after save ${n}, over ${limit}`);
        if (journal < journalBefore) {
          folds++;
          const onDisk = JSON.parse(await readFile(path, 'utf8')) as { serial: number };
          assert.equal(onDisk.serial, n, 'the fold wrote the whole state as of this save');
        }
        journalBefore = journal;
      }
      assert.ok(folds >= 1, `folded at least once (${entries} entries)`);
      await state.release();
      assert.deepEqual((await readStateFile(path, options))?.data, payloadWith(400, entries, descLength));
    }
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
  it('refuses to write a journal line holding a secret, and keeps what was saved', async () => {
    const secret = 'f'.repeat(64);
    const state = await openStateFile(path, { ...options, secrets: [secret] });
    await state.checkpoint(payloadWith(1, 3));
    await state.checkpoint(payloadWith(2, 3)); // the journal exists: the next save would be a line in it
    const leaky = payloadWith(3, 3);
    leaky.cards['item-0'] = { cardId: 'c', title: `token ${secret}`, desc: '' };
    await assert.rejects(state.checkpoint(leaky), (error: unknown) => {
      assert.ok(error instanceof StateError);
      assert.match(error.message, /Refusing to save .*Trello key or token/);
      assert.ok(!error.message.includes(secret));
      return true;
    });
    assert.ok(!(await readFile(`${path}.journal`, 'utf8')).includes(secret));
    await state.release();
    for (const file of [path, `${path}.bak`]) {
      const text = await readFile(file, 'utf8').catch(() => '');
      assert.ok(!text.includes(secret), file);
    }
    assert.deepEqual((await readStateFile(path, options))?.data, payloadWith(2, 3));
  });

  it('refuses to copy a state file already holding a secret to .bak, and says how to clean it', async () => {
    const secret = 'e'.repeat(64);
    await saveAll([{ ...payloadWith(1, 3), board: { id: secret } }]); // written without the secret list
    const before = await readFile(path, 'utf8');
    const state = await openStateFile(path, { ...options, secrets: [secret] });
    await assert.rejects(state.checkpoint(payloadWith(2, 3)), (error: unknown) => {
      assert.ok(error instanceof StateError);
      assert.ok(error.message.includes(`Refusing to copy ${path} to ${path}.bak`));
      assert.match(
        error.message,
        /Remove it from .*state\.json, or move .*state\.json and .*state\.json\.journal away/,
      );
      assert.ok(!error.message.includes(secret));
      return true;
    });
    await state.release();
    await assert.rejects(stat(`${path}.bak`), { code: 'ENOENT' });
    assert.equal(await readFile(path, 'utf8'), before);
  });
});

describe('a run whose lock is lost', () => {
  it('saves nothing more, leaves its journal, and says so on release', async () => {
    const state = await openStateFile(path, options);
    await state.checkpoint(payloadWith(1, 10));
    await state.checkpoint(payloadWith(2, 10));
    const file = await readFile(path, 'utf8');
    const journal = await readFile(`${path}.journal`, 'utf8');
    await rm(`${path}.lock`, { recursive: true }); // as the "locked" message advises, wrongly, during a run

    await assert.rejects(state.checkpoint(payloadWith(3, 10)), (error: unknown) => {
      assert.ok(error instanceof StateError);
      assert.ok(error.message.includes(`Lost the lock on the state file ${path}: ${path}.lock was removed`));
      return true;
    });
    await assert.rejects(state.release(), /Lost the lock .*did not fold its journal into it/);
    assert.equal(await readFile(path, 'utf8'), file, 'the state file was not rewritten');
    assert.equal(await readFile(`${path}.journal`, 'utf8'), journal, 'the journal was left');
    await state.release(); // a second release is a no-op

    const next = await openStateFile(path, options);
    assert.deepEqual(next.data, payloadWith(2, 10), 'every save made under the lock is still there');
    await next.release();
  });
});

describe('a folder or file that cannot be used', () => {
  it('says what to check when the folder cannot be made', async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'nested'), 'a file where a folder should be');
    await assert.rejects(openStateFile(path, options), (error: unknown) => {
      assert.ok(error instanceof StateError);
      assert.ok(
        error.message.includes(`Could not create the folder ${join(dir, 'nested')} for the state file`),
      );
      assert.match(
        error.message,
        /Check that the path is the one intended .*permissions.*REPORT_SYNC_STATE_FILE/,
      );
      return true;
    });
  });

  it('says what to check when the file cannot be read', async () => {
    await mkdir(path, { recursive: true }); // a folder where the file should be
    await assert.rejects(readStateFile(path, options), (error: unknown) => {
      assert.ok(error instanceof StateError);
      assert.ok(error.message.startsWith(`Could not read ${path}: `));
      assert.match(error.message, /Check that .* is a file \(not a folder\) and that this user may read it/);
      return true;
    });
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

  it('offers a way back to the backup that works as written: the journal moves away too', async () => {
    await saveAll([payloadWith(1, 10)]);
    const state = await openStateFile(path, options);
    // Save 2 rewrites the file (save 1 goes to .bak), saves 3 and 4 are journal lines.
    for (let n = 2; n <= 4; n++) await state.checkpoint(payloadWith(n, 10));
    const crashed = join(dir, 'crashed'); // the files as a crash at this moment leaves them
    await mkdir(crashed);
    for (const suffix of ['', '.journal', '.bak'])
      await copyFile(`${path}${suffix}`, join(crashed, `state.json${suffix}`));
    await state.release();
    const at = join(crashed, 'state.json');
    await writeFile(at, '{"serial": 4, '); // and then the state file is damaged

    const hint = await openStateFile(at, options).then(
      () => assert.fail('expected a failure'),
      (error: unknown) => (error as Error).message,
    );
    assert.ok(hint.includes(`move ${at}.journal away (if it exists), then copy ${at}.bak over ${at}`), hint);

    // Copying the backup alone leaves a journal that does not follow it: reported, with the fix.
    await copyFile(`${at}.bak`, at);
    await assert.rejects(openStateFile(at, options), (error: unknown) => {
      assert.ok(error instanceof StateError);
      assert.ok(
        error.message.includes(
          `The state journal ${at}.journal does not continue ${at}: its line 1 is save 3, but ${at} ends at save 1`,
        ),
        error.message,
      );
      assert.ok(error.message.includes(`Move ${at}.journal away`));
      return true;
    });
    // Both steps, as the hint says: the state of the backup.
    await rename(`${at}.journal`, `${at}.journal.old`);
    const restored = await openStateFile(at, options);
    assert.deepEqual([restored.serial, restored.data], [1, payloadWith(1, 10)]);
    await restored.release();
  });

  it('reports a journal from another state file, and how to go on without it', async () => {
    await saveAll([payloadWith(1, 10)]);
    const mine = await readStateFile(path, options);
    const otherPath = join(dir, 'other.json');
    const other = await openStateFile(otherPath, options);
    await other.checkpoint(payloadWith(5, 10));
    await other.checkpoint(payloadWith(6, 10));
    await copyFile(`${otherPath}.journal`, `${path}.journal`);
    await other.release();

    await assert.rejects(openStateFile(path, options), (error: unknown) => {
      assert.ok(error instanceof StateError);
      assert.ok(
        error.message.includes(
          `The state journal ${path}.journal does not continue ${path}: it belongs to another state file (line 1 is from the file with lineage ${other.lineage}; ${path} has lineage ${mine?.lineage})`,
        ),
        error.message,
      );
      assert.ok(error.message.includes(`Move ${path}.journal away`));
      return true;
    });
    await rename(`${path}.journal`, `${path}.journal.old`);
    assert.deepEqual((await readStateFile(path, options))?.data, payloadWith(1, 10));
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
