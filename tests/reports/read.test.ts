import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { readReportBytes, readReportFile } from '../../src/reports/read.ts';
import { parseReportFile } from '../../src/reports/parse-file.ts';

let dir: string;
before(async () => (dir = await mkdtemp(join(tmpdir(), 'report-sync-read-'))));
after(async () => rm(dir, { recursive: true, force: true }));

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

test('a UTF-8 byte order mark is dropped', async () => {
  const result = await readReportFile(
    await file('bom.rst', Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Uke 1\n=====\n')])),
  );
  assert.deepEqual(result, { text: 'Uke 1\n=====\n', warnings: [] });
});

test('bytes that are neither UTF-8 nor any encoding that fits are skipped, not read garbled', async () => {
  const bytes = Buffer.concat([
    Buffer.from('line one\n'),
    Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xc3, 0x28]),
  ]);
  const result = await readReportFile(await file('garbage.txt', bytes));
  assert.ok('skipped' in result, JSON.stringify(result));
  assert.match(result.skipped, /is not UTF-8, and its encoding cannot be told .*save it as UTF-8/);
});

test('a file with a NUL byte is skipped as binary', async () => {
  const result = await readReportFile(await file('binary.txt', Buffer.from([0x54, 0x4f, 0x00, 0x44, 0x4f])));
  assert.deepEqual(result, {
    skipped: 'contains NUL bytes, so it is binary or UTF-16 text; save reports as UTF-8',
  });
});

test('a file over the size limit is skipped, naming the limit', async () => {
  const path = await file('big.md', 'x'.repeat(2048 + 1));
  assert.deepEqual(await readReportFile(path, { maxBytes: 2048 }), {
    skipped: 'is larger than the 2 KiB limit for a report; split it or leave it out of the sources',
  });
  assert.ok('text' in (await readReportFile(path, { maxBytes: 4096 })));
});

test('the default limit is 2 MiB', async () => {
  const path = await file('huge.txt', Buffer.alloc(2 * 1024 * 1024 + 1, 0x61));
  assert.deepEqual(await readReportFile(path), {
    skipped: 'is larger than the 2 MiB limit for a report; split it or leave it out of the sources',
  });
});

test('a missing file or a directory is skipped with the reason', async () => {
  assert.deepEqual(await readReportFile(join(dir, 'absent.rst')), {
    skipped: 'cannot be read (no such file)',
  });
  assert.deepEqual(await readReportFile(dir), {
    skipped: 'is a directory, not a regular file; only regular files are read as reports',
  });
});

test('a symlink to /dev/zero is refused as a device, not read up to the size limit', async () => {
  const path = join(dir, 'zero.md');
  await symlink('/dev/zero', path);
  assert.deepEqual(await readReportBytes(path), {
    skipped: 'is a device, not a regular file; only regular files are read as reports',
  });
});

// Without O_NONBLOCK the open itself waits for a writer that never comes: the test times out.
test(
  'a FIFO without a writer is refused at once instead of hanging the run',
  { timeout: 60_000 },
  async () => {
    const path = join(dir, 'pipe.md');
    execFileSync('mkfifo', [path]);
    assert.deepEqual(await readReportBytes(path), {
      skipped: 'is a FIFO (named pipe), not a regular file; only regular files are read as reports',
    });
  },
);

test('parseReportFile reads and parses with warnings that carry the path', async () => {
  const bytes = Buffer.concat([
    Buffer.from('Title\r\n=====\r\n\r\n- caf'),
    Buffer.from([0xe9]),
    Buffer.from('\r\n'),
  ]);
  const path = await file('cp1252.rst', bytes);
  const parsed = await parseReportFile(path);
  assert.equal(parsed.outline?.title, 'Title');
  assert.equal(JSON.stringify(parsed.outline).includes('café'), true, 'é read as Latin-1, not U+FFFD');
  assert.equal(parsed.warnings.length, 1);
  assert.deepEqual(
    { ...parsed.warnings[0], message: undefined },
    {
      path,
      code: 'not-utf8',
      message: undefined,
      fix: 'save the file as UTF-8, so that it is read as written',
    },
  );
  assert.match(
    parsed.warnings[0]?.message ?? '',
    /^is not UTF-8: read as (?:ISO-8859-1|windows-1252) \(detected/,
  );
  const skipped = await parseReportFile(await file('nul.md', 'a\u0000b'));
  assert.equal(skipped.outline, null);
  assert.match(skipped.warnings[0]?.message ?? '', /^skipped: contains NUL bytes/);
});
