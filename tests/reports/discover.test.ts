import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { discoverReports } from '../../src/reports/discover.ts';

let root: string;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'report-sync-discover-'));
  const tree: Record<string, string> = {
    'reports/2016/uke_08.rst': 'x',
    'reports/2016/uke_09.md': 'x',
    'reports/2016/uke_10.rest': 'x',
    'reports/notes.markdown': 'x',
    'reports/plain.txt': 'x',
    'reports/image.png': 'x',
    'reports/.hidden/secret.rst': 'x',
    'other/README': 'x',
    'empty/.keep': '',
  };
  for (const [path, body] of Object.entries(tree)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), body);
  }
});
after(async () => rm(root, { recursive: true, force: true }));

test('a directory is walked for .rst .rest .md .markdown .txt; results are absolute and sorted', async () => {
  const found = await discoverReports(['reports'], root);
  assert.deepEqual(found, {
    files: [
      'reports/2016/uke_08.rst',
      'reports/2016/uke_09.md',
      'reports/2016/uke_10.rest',
      'reports/notes.markdown',
      'reports/plain.txt',
    ].map((p) => join(root, p)),
    warnings: [],
  });
});

test('files are taken as given, whatever their extension; duplicates collapse', async () => {
  const found = await discoverReports(
    ['other/README', join(root, 'other/README'), 'reports/plain.txt'],
    root,
  );
  assert.deepEqual(found.files, [join(root, 'other/README'), join(root, 'reports/plain.txt')]);
});

test('globs expand relative to the working directory', async () => {
  const found = await discoverReports(['reports/**/*.rst', 'reports/*.{md,txt}'], root);
  assert.deepEqual(found.files, [join(root, 'reports/2016/uke_08.rst'), join(root, 'reports/plain.txt')]);
});

test('a missing path, an empty directory or a glob matching nothing is a warning, not a failure', async () => {
  const found = await discoverReports(['missing.rst', 'empty', 'nothing/*.md', 'reports/plain.txt'], root);
  assert.deepEqual(found.files, [join(root, 'reports/plain.txt')]);
  assert.deepEqual(found.warnings, [
    {
      path: join(root, 'missing.rst'),
      message: 'not found; check the path (it is relative to the working directory)',
    },
    { path: join(root, 'empty'), message: 'holds no reports (.rst .rest .md .markdown .txt)' },
    { path: 'nothing/*.md', message: 'no file matches this pattern' },
  ]);
});
