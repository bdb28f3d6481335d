import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../src/log/logger.ts';
import { checkoutRepository } from '../../src/reports/git.ts';
import { createGitFixture } from './git-fixture.ts';
import { serveGitOverHttp } from './git-http-server.ts';

const PASSWORD = 's3cret-pass-4711';

/** Every file under `dir`, as bytes decoded leniently: the password must be in none of them. */
async function filesHolding(dir: string, secret: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const holding: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if ((await readFile(path, 'latin1')).includes(secret)) holding.push(path);
  }
  return holding;
}

/** A repository with one report, served behind basic auth as bot:PASSWORD, and an empty cache for its clones. */
async function protectedRepository(t: TestContext) {
  const repo = createGitFixture();
  repo.commit({ 'reports/week-1.md': '# Week 1\n\nTODO: order the new switches\n' }, 'week 1');
  const server = await serveGitOverHttp(t, repo.dir, { username: 'bot', password: PASSWORD });
  const cacheRoot = await mkdtemp(join(tmpdir(), 'report-sync-git-cache-'));
  t.after(() => rm(cacheRoot, { recursive: true, force: true }));
  const urlWith = (password: string) => `${server.origin.replace('://', `://bot:${password}@`)}/remote.git`;
  return { repo, server, urlWith, options: { cacheRoot, logger: silentLogger() } };
}

test('a git password stays out of the cached clone (its .git/config included), and pulls still use it', async (t) => {
  const { repo, server, urlWith, options } = await protectedRepository(t);
  const url = urlWith(PASSWORD);

  const first = await checkoutRepository(url, 'main', options);
  assert.match(await readFile(join(first.dir, 'reports/week-1.md'), 'utf8'), /order the new switches/);
  // As a clone made by an older report-sync had it: the URL stored with its password.
  execFileSync('git', ['remote', 'set-url', 'origin', url], { cwd: first.dir });
  repo.commit({ 'reports/week-2.md': '# Week 2\n\nTODO: rack the new switches\n' }, 'week 2');
  const second = await checkoutRepository(url, 'main', options);
  assert.match(await readFile(join(second.dir, 'reports/week-2.md'), 'utf8'), /rack the new switches/);

  assert.ok(server.refused() > 0 && server.admitted() > 0, 'the server asked for the credential, and got it');
  const remote = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: second.dir });
  assert.equal(remote.toString().trim(), `${server.origin}/remote.git`, 'the remote is stored bare');
  assert.deepEqual(await filesHolding(options.cacheRoot, PASSWORD), []);
});

test('a wrong git password fails the source with a message that does not quote it', async (t) => {
  const { urlWith, options } = await protectedRepository(t);
  const wrong = 'wrong-pass-0815';
  await assert.rejects(checkoutRepository(urlWith(wrong), 'main', options), (error: Error) => {
    assert.match(error.message, /^git clone failed: /);
    assert.equal(error.message.includes(wrong), false, error.message);
    return true;
  });
});
