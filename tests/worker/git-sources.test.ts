import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveUrlTemplate, resolveSources } from '../../src/reports/sources.ts';
import type { SourceSpec } from '../../src/config/index.ts';
import { redactUrls } from '../../src/reports/git.ts';
import { createGitFixture } from './git-fixture.ts';
import { captureLogs } from './log-capture.ts';

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'report-sync-sources-'));
  const local = join(dir, 'local');
  mkdirSync(local);
  writeFileSync(join(local, 'week1.md'), '# Week 1\n\nTODO: write tests\n');
  return { baseDir: dir, cacheDir: join(dir, 'cache') };
}

/** The value, asserted present (narrows without a non-null assertion). */
function present<T>(value: T | undefined): T {
  assert.ok(value !== undefined);
  return value;
}

const gitSpec = (url: string, path = 'reports'): SourceSpec => ({
  kind: 'git',
  url,
  branch: 'main',
  path,
  urlTemplate: null,
});
const localSpec: SourceSpec = { kind: 'path', pattern: 'local/*.md', urlTemplate: null };

test('a git source is cloned, and new commits are picked up on the next resolve', async () => {
  const repo = createGitFixture();
  repo.commit({ 'reports/2024-01.md': '# January\n\nTODO: first\n' }, 'first report');
  const ws = workspace();
  const { logger } = captureLogs();

  const first = await resolveSources([gitSpec(repo.url), localSpec], { ...ws, logger });
  assert.deepEqual(first.failed, []);
  assert.equal(first.patterns.length, 2);
  const git = present(first.patterns[0]);
  assert.equal(git.pattern, 'reports');
  assert.deepEqual(readdirSync(join(git.root, 'reports')), ['2024-01.md']);
  assert.deepEqual(first.patterns[1], {
    root: ws.baseDir,
    pattern: 'local/*.md',
    urlTemplate: null,
    origin: 'local/*.md',
  });

  repo.commit({ 'reports/2024-02.md': '# February\n\nTODO: second\n' }, 'second report');
  // What someone left in the cache is discarded: the cache is ours.
  writeFileSync(join(git.root, 'reports', '2024-01.md'), 'edited by hand');
  writeFileSync(join(git.root, 'reports', 'stray.md'), 'left behind');

  const second = await resolveSources([gitSpec(repo.url)], { ...ws, logger });
  assert.deepEqual(second.failed, []);
  assert.equal(second.patterns[0]?.root, git.root, 'the clone lives in a stable directory');
  assert.deepEqual(readdirSync(join(git.root, 'reports')).sort(), ['2024-01.md', '2024-02.md']);
  assert.equal(readFileSync(join(git.root, 'reports', '2024-01.md'), 'utf8'), '# January\n\nTODO: first\n');
});

test('a broken git URL is reported and skipped while a local source still resolves', async () => {
  const ws = workspace();
  const { logger } = captureLogs();
  const broken = gitSpec('file:///nonexistent/report-sync/missing.git');

  const result = await resolveSources([broken, localSpec], { ...ws, logger });
  assert.deepEqual(
    result.patterns.map((p) => p.pattern),
    ['local/*.md'],
  );
  assert.equal(result.failed.length, 1);
  assert.equal(result.failed[0]?.spec, broken);
  assert.match(present(result.failed[0]).reason, /git clone failed/);
  assert.deepEqual(readdirSync(ws.cacheDir), [], 'no half-made clone (or lock) is left');
});

test('a missing directory, locally or inside the repository, is a failed source', async () => {
  const repo = createGitFixture();
  repo.commit({ 'docs/a.md': '# A\n' }, 'docs only');
  const ws = workspace();
  const { logger } = captureLogs();
  const specs: SourceSpec[] = [
    { kind: 'path', pattern: 'missing/**/*.md', urlTemplate: null },
    gitSpec(repo.url, 'reports/*.md'),
    localSpec,
  ];

  const result = await resolveSources(specs, { ...ws, logger });
  assert.deepEqual(
    result.failed.map((f) => f.origin),
    ['missing/**/*.md', `${repo.url}#main:reports/*.md`],
  );
  assert.match(present(result.failed[0]).reason, /missing does not exist/);
  assert.equal(result.patterns.length, 1);
});

test('credentials in a git URL never reach the result or the log', async () => {
  const ws = workspace();
  const { logger, text } = captureLogs();
  // Port 1 on localhost refuses at once: a real git failure with a URL that carries a token.
  const url = 'https://someone:s3cr3t-token@127.0.0.1:1/org/reports.git';

  const result = await resolveSources([gitSpec(url)], { ...ws, logger });
  assert.equal(result.failed.length, 1);
  assert.equal(result.failed[0]?.origin, 'https://***@127.0.0.1:1/org/reports.git#main:reports');
  assert.doesNotMatch(present(result.failed[0]).reason, /s3cr3t/);
  assert.doesNotMatch(text(), /s3cr3t/);
  // git hides passwords in its own messages today; a message that quotes one is still redacted.
  assert.equal(
    redactUrls("fatal: unable to access 'https://bot:ghp_abc@github.com/o/r.git/' and ssh://me@host/x"),
    "fatal: unable to access 'https://***@github.com/o/r.git/' and ssh://***@host/x",
  );
});

test('source links are derived for GitHub and GitLab https URLs only', () => {
  assert.equal(
    deriveUrlTemplate('https://github.com/norcams/iaas.git', 'master'),
    'https://github.com/norcams/iaas/blob/master/{path}#L{line}',
  );
  assert.equal(
    deriveUrlTemplate('https://token@gitlab.com/group/sub/project', 'release/2.0'),
    'https://gitlab.com/group/sub/project/-/blob/release/2.0/{path}#L{line}',
  );
  assert.equal(deriveUrlTemplate('git@github.com:norcams/iaas.git', 'main'), null);
  assert.equal(deriveUrlTemplate('https://git.example.org/norcams/iaas.git', 'main'), null);
});
