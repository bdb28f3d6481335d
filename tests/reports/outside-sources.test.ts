/** A source reads what lies in it, each file once: symlinks and git paths that lead elsewhere are refused. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { SourceSpec } from '../../src/config/index.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { discoverReports } from '../../src/reports/discover.ts';
import { findReports } from '../../src/reports/find.ts';
import { createGitFixture } from '../worker/git-fixture.ts';

async function workspace(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-outside-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A file of the host, outside every source, holding a TODO that must never become a card. */
async function hostFile(dir: string): Promise<string> {
  const path = join(dir, 'host', 'secret-notes.txt');
  await mkdir(join(dir, 'host'));
  await writeFile(path, 'TODO: rotate the root password\n');
  return path;
}

const gitSpec = (url: string, path: string): SourceSpec => ({
  kind: 'git',
  url,
  branch: 'main',
  path,
  urlTemplate: null,
});

test('a symlink committed to a git report repository that points at a host file is refused with a warning', async (t) => {
  const dir = await workspace(t);
  const host = await hostFile(dir);
  const repo = createGitFixture();
  t.after(() => rm(repo.dir, { recursive: true, force: true }));
  repo.commit({ 'reports/week1.md': '# Week 1\n\nTODO: real item\n' }, 'reports', {
    'reports/notes.txt': host,
  });

  const found = await findReports([gitSpec(repo.url, 'reports')], {
    baseDir: dir,
    cacheDir: join(dir, 'cache'),
    urlTemplate: null,
    logger: silentLogger(),
  });
  assert.deepEqual(
    found.reports.map((r) => r.displayPath),
    ['reports/week1.md'],
  );
  const refused = found.warnings.find((w) => w.code === 'outside-source');
  assert.ok(refused, JSON.stringify(found.warnings));
  assert.match(refused.report ?? '', /notes\.txt$/);
  assert.match(refused.message, new RegExp(`is a symlink to ${host}, outside `));
});

test('a git source path that is absolute or climbs out of the clone fails that source, and the others still resolve', async (t) => {
  const dir = await workspace(t);
  await hostFile(dir);
  await mkdir(join(dir, 'local'));
  await writeFile(join(dir, 'local', 'a.md'), '# A\n\nTODO: local item\n');
  const repo = createGitFixture();
  t.after(() => rm(repo.dir, { recursive: true, force: true }));
  repo.commit({ 'reports/week1.md': '# Week 1\n\nTODO: real item\n' }, 'reports', {
    linked: join(dir, 'host'),
  });

  const specs: SourceSpec[] = [
    gitSpec(repo.url, '../../..'),
    gitSpec(repo.url, join(dir, 'host')),
    gitSpec(repo.url, 'linked'),
    { kind: 'path', pattern: 'local', urlTemplate: null },
  ];
  const found = await findReports(specs, {
    baseDir: dir,
    cacheDir: join(dir, 'cache'),
    urlTemplate: null,
    logger: silentLogger(),
  });
  assert.deepEqual(
    found.reports.map((r) => r.displayPath),
    ['local/a.md'],
  );
  assert.equal(found.failed.length, 3);
  const reasons = found.warnings.filter((w) => w.code === 'source-failed').map((w) => w.message);
  assert.match(reasons[0] ?? '', /path "\.\.\/\.\.\/\.\." leads out of the repository/);
  assert.match(reasons[1] ?? '', /is absolute/);
  assert.match(reasons[2] ?? '', /path "linked" leads out of the repository/);
});

test('a symlink loop lists each file once', async (t) => {
  const dir = await workspace(t);
  await mkdir(join(dir, 'reports'));
  await writeFile(join(dir, 'reports', 'week1.md'), '# Week 1\n');
  await symlink('.', join(dir, 'reports', 'loop'));
  await symlink('week1.md', join(dir, 'reports', 'again.md'));

  const found = await discoverReports(['reports', 'reports/**/*.md'], dir);
  assert.equal(found.files.length, 1, JSON.stringify(found.files));
});

test('a symlink to a device or to a FIFO among the reports is named in a warning, never read', async (t) => {
  const dir = await workspace(t);
  await mkdir(join(dir, 'reports'));
  await writeFile(join(dir, 'reports', 'week1.md'), '# Week 1\n');
  await symlink('/dev/zero', join(dir, 'reports', 'zero.md'));
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  await symlink(join(dir, 'fifo'), join(dir, 'reports', 'pipe.md'));

  for (const pattern of ['reports', 'reports/*.md']) {
    const found = await discoverReports([pattern], dir);
    assert.deepEqual(found.files, [join(dir, 'reports', 'week1.md')]);
    assert.deepEqual(
      found.warnings.map((w) => [w.path, w.message]),
      [
        [
          join(dir, 'reports', 'pipe.md'),
          'is a FIFO (named pipe), not a regular file; only regular files are read as reports; skipped',
        ],
        [
          join(dir, 'reports', 'zero.md'),
          'is a device, not a regular file; only regular files are read as reports; skipped',
        ],
      ],
      pattern,
    );
  }
});

test('a linked folder inside a source that leads out of it is refused for each file in it; one that stays in is read once', async (t) => {
  const dir = await workspace(t);
  const host = await hostFile(dir);
  await mkdir(join(dir, 'reports', '2024'), { recursive: true });
  await writeFile(join(dir, 'reports', '2024', 'week1.md'), '# Week 1\n');
  await symlink(join(dir, 'host'), join(dir, 'reports', 'host-link'));
  await symlink('2024', join(dir, 'reports', 'this-year'));

  for (const pattern of ['reports', 'reports/**/*.{md,txt}']) {
    const found = await discoverReports([pattern], dir);
    assert.deepEqual(found.files, [join(dir, 'reports', '2024', 'week1.md')], pattern);
    assert.deepEqual(
      found.warnings.map((w) => [w.path, w.code]),
      [[join(dir, 'reports', 'host-link', 'secret-notes.txt'), 'outside-source']],
      pattern,
    );
    assert.match(found.warnings[0]?.message ?? '', new RegExp(`is a symlink to ${host}, outside `));
  }
});
