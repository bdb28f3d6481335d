// A config file checked once is not checked again while it, the schema and report-sync stay
// the same; a bad one is never kept, so its error is always the check's own.
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { runCli } from '../helpers/cli.ts';

async function workspace(t: TestContext) {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-checked-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const cache = join(dir, 'cache');
  const env = { NODE_COMPILE_CACHE: cache };
  const status = () => runCli(['status', '--json'], { cwd: dir, env });
  /** The kept entries, as found in the compile cache's folder. */
  const entries = async (): Promise<string[]> => {
    const [versioned] = await readdir(cache).catch(() => []);
    if (!versioned) return [];
    const folder = join(cache, versioned, 'report-sync-config');
    return (await readdir(folder).catch(() => [])).map((name) => join(folder, name));
  };
  const writeConfig = (config: unknown) => writeFile(join(dir, 'report-sync.json'), JSON.stringify(config));
  return { dir, env, status, entries, writeConfig };
}

test('a config file checked once is used as checked while its text stays the same', async (t) => {
  const { status, entries, writeConfig } = await workspace(t);
  await writeConfig({ stateFile: 'first.json' });
  const first = await status();
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /first\.json/);
  const [entry] = await entries();
  assert.ok(entry, 'kept');

  // What was kept is what is used: a kept result changed behind its back shows.
  const kept = JSON.parse(await readFile(entry, 'utf8')) as { file: { stateFile: string } };
  kept.file.stateFile = 'from-the-entry.json';
  await writeFile(entry, JSON.stringify(kept));
  assert.match((await status()).stdout, /from-the-entry\.json/);

  // Any change to the text checks it again.
  await writeConfig({ stateFile: 'second.json' });
  assert.match((await status()).stdout, /second\.json/);
});

test('a bad config is never kept: each run gets the error naming the field and the fix', async (t) => {
  const { status, entries, writeConfig } = await workspace(t);
  await writeConfig({ lockTimeoutMs: 'soon' });
  for (let run = 0; run < 2; run++) {
    const bad = await status();
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /lockTimeoutMs: .*Fix: /);
  }
  assert.deepEqual(await entries(), []);

  await writeConfig({ lockTimeoutMs: 1000 });
  assert.equal((await status()).code, 0);
  await writeConfig({ lockTimeoutMs: 'soon' });
  assert.match((await status()).stderr, /lockTimeoutMs: /, 'bad again after a good one was kept');
});

test('a cache folder that others may write to is not used', async (t) => {
  const { dir, writeConfig } = await workspace(t);
  await writeConfig({});
  const temp = join(dir, 'tmp');
  const uid = process.getuid?.() ?? 0;
  const shared = join(temp, `report-sync-compile-cache-${uid}`);
  await mkdir(shared, { recursive: true });
  await chmod(shared, 0o777);
  const run = await runCli(['status', '--json'], { cwd: dir, env: { TMPDIR: temp } });
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(await readdir(shared), [], 'nothing cached, nothing kept');

  await chmod(shared, 0o700);
  assert.equal((await runCli(['status', '--json'], { cwd: dir, env: { TMPDIR: temp } })).code, 0);
  assert.notDeepEqual(await readdir(shared), [], 'its own folder is used');
});

test('a config whose git source URL carries a credential is checked every time, never kept', async (t) => {
  const { status, entries, writeConfig } = await workspace(t);
  const git = 'https://reports-bot:ghp_s3cretToken@github.com/org/reports.git';
  await writeConfig({ sources: [{ git, path: 'reports' }] });
  assert.equal((await status()).code, 0);
  assert.deepEqual(await entries(), [], 'no copy of the credential in the cache');

  await writeConfig({ sources: [{ git: 'https://github.com/org/reports.git', path: 'reports' }] });
  assert.equal((await status()).code, 0);
  assert.equal((await entries()).length, 1, 'the same config without it is kept');
});
