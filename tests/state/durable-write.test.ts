// Durable replacement of a file, over a file system that misbehaves on purpose:
// short writes, writes that store nothing, ENOSPC, a failing fsync, a read-only folder.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { StateError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { type FileIo, nodeFileIo, replaceFile, type WritableFile } from '../../src/state/durable-write.ts';
import { openStateFile, readStateFile } from '../../src/state/store.ts';
import { payloadWith, testPayloadSchema } from './payload.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'durable-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

interface Misbehaviour {
  /** Caps each write at this many bytes (a short write). */
  writeAtMost?: number;
  /** The n-th write (from 1) of a temp file throws this, or stores nothing when 'zero'. */
  failWrite?: { at: number; error: Error | 'zero' };
  failSync?: Error;
  failOpen?: Error;
}

/** node:fs, with the misbehaviour asked for, and a log of the calls made. */
function misbehaving(how: Misbehaviour): FileIo & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async open(path, flags, mode) {
      calls.push(`open ${flags}`);
      if (how.failOpen && flags !== 'r') throw how.failOpen;
      const real = await nodeFileIo.open(path, flags, mode);
      let writes = 0;
      const file: WritableFile = {
        async write(buffer, offset, length, position) {
          writes++;
          calls.push('write');
          if (how.failWrite?.at === writes) {
            if (how.failWrite.error === 'zero') return { bytesWritten: 0 };
            throw how.failWrite.error;
          }
          return real.write(buffer, offset, Math.min(length, how.writeAtMost ?? length), position);
        },
        async sync() {
          calls.push(flags === 'r' ? 'sync folder' : 'sync');
          if (how.failSync && flags !== 'r') throw how.failSync;
          await real.sync();
        },
        datasync: () => real.datasync(),
        stat: () => real.stat(),
        truncate: (length) => real.truncate(length),
        close: () => real.close(),
      };
      return file;
    },
    async rename(from, to) {
      calls.push('rename');
      await nodeFileIo.rename(from, to);
    },
    async remove(path) {
      calls.push('remove');
      await nodeFileIo.remove(path);
    },
  };
}

const content = 'x'.repeat(10_000);

describe('replacing a file durably', () => {
  it('writes every byte through short writes, syncs, renames, then syncs the folder', async () => {
    const target = join(dir, 'file.json');
    const io = misbehaving({ writeAtMost: 4096 });
    await replaceFile(target, content, { io });
    assert.equal(await readFile(target, 'utf8'), content);
    assert.deepEqual(io.calls, [
      'open wx',
      'write',
      'write',
      'write',
      'sync',
      'rename',
      'open r',
      'sync folder',
    ]);
  });

  for (const [what, how] of [
    ['a write stores nothing', { writeAtMost: 4096, failWrite: { at: 2, error: 'zero' } }],
    [
      'the disk fills up after a short write',
      { writeAtMost: 4096, failWrite: { at: 2, error: errno('ENOSPC') } },
    ],
    ['fsync fails', { failSync: errno('EIO') }],
  ] as const) {
    it(`leaves the old file as it was when ${what}`, async () => {
      const target = join(dir, 'file.json');
      await writeFile(target, 'the old content');
      const io = misbehaving(how);
      await assert.rejects(replaceFile(target, content, { io }), (error: NodeJS.ErrnoException) => {
        assert.ok(['ENOSPC', 'EIO'].includes(error.code ?? ''), String(error));
        return true;
      });
      assert.equal(await readFile(target, 'utf8'), 'the old content');
      assert.ok(!io.calls.includes('rename'), 'nothing was renamed over it');
      assert.deepEqual(await readdir(dir), ['file.json'], 'the temp file was removed');
    });
  }
});

describe('a state file that cannot be saved', () => {
  for (const [code, says] of [
    ['EROFS', /the file system is read-only.*Make .* writable/],
    ['EACCES', /permission denied.*Let this user write/],
    ['ENOSPC', /no space left on the device.*Free some space/],
  ] as const) {
    it(`stops saving at the first ${code}, says what to do, and keeps the last save`, async () => {
      const path = join(dir, 'state.json');
      const options = { schema: testPayloadSchema, lockTimeoutMs: 1_000, logger: silentLogger() };
      const first = await openStateFile(path, options);
      await first.checkpoint(payloadWith(1, 5));
      await first.release();

      const state = await openStateFile(path, { ...options, io: misbehaving({ failOpen: errno(code) }) });
      await assert.rejects(state.checkpoint(payloadWith(2, 5)), (error: unknown) => {
        assert.ok(error instanceof StateError);
        assert.match(error.message, new RegExp(`^Could not save the state file ${path}: `));
        assert.match(error.message, says);
        assert.match(error.message, /makes no more changes on the board/);
        return true;
      });
      await assert.rejects(state.guard(), /an earlier save failed/, 'and it lets nothing else write');
      await state.release();
      assert.deepEqual((await readStateFile(path, options))?.data, payloadWith(1, 5));
    });
  }
});
