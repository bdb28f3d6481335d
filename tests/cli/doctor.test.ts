import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syncHarness } from '../sync/e2e-helpers.ts';

type Harness = Awaited<ReturnType<typeof syncHarness>>;

async function harness(t: Parameters<typeof syncHarness>[0]): Promise<Harness> {
  const h = await syncHarness(t);
  await mkdir(join(h.dir, 'reports'));
  await writeFile(join(h.dir, 'reports', 'week-1.md'), '# Week 1\n\nTODO: order the new switches\n');
  return h;
}

/** doctor's line for one check, and its fix line when there is one. */
function check(stdout: string, name: string): { line: string; fix: string | undefined } {
  const lines = stdout.split('\n');
  const at = lines.findIndex((l) => l.slice(6).startsWith(`${name}:`));
  assert.ok(at >= 0, `no "${name}" check in:\n${stdout}`);
  const rest = lines.slice(at + 1);
  const end = rest.findIndex((l) => /^(pass|FAIL) {2}/.test(l));
  const fix = rest.slice(0, end < 0 ? undefined : end).find((l) => l.startsWith('      fix: '));
  return { line: lines[at] ?? '', fix: fix?.slice(11) };
}

test('doctor fails a state file whose folder cannot be written, naming where to set another', async (t) => {
  const h = await harness(t);
  await writeFile(join(h.dir, 'not-a-folder'), '');
  const run = await h.cli(['doctor', '--source', 'reports', '--state', 'not-a-folder/state/state.json']);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  const state = check(run.stdout, 'state file');
  assert.match(
    state.line,
    /^FAIL {2}state file: .*not-a-folder\/state\/state\.json cannot be saved: a part of .* is a file, not a folder$/,
  );
  assert.match(state.fix ?? '', /REPORT_SYNC_STATE_FILE, or --state/);

  const fresh = await h.cli(['doctor', '--source', 'reports', '--state', 'new/deeper/state.json']);
  assert.equal(fresh.code, 0, fresh.stdout);
  assert.match(check(fresh.stdout, 'state file').line, /^pass {2}state file: .*\(not created yet\)$/);
});

test(
  'doctor fails a state folder this user may not write (as a non-root user)',
  { skip: process.getuid?.() === 0 && 'root may write anywhere' },
  async (t) => {
    const h = await harness(t);
    await mkdir(join(h.dir, 'locked'));
    await chmod(join(h.dir, 'locked'), 0o555);
    t.after(() => chmod(join(h.dir, 'locked'), 0o755));
    const run = await h.cli(['doctor', '--source', 'reports', '--state', 'locked/state.json']);
    assert.equal(run.code, 1);
    assert.match(check(run.stdout, 'state file').line, /this user cannot write in .*locked \(EACCES\)/);
  },
);

test('doctor fails an API URL without /1 with the URL to use, before asking Trello anything', async (t) => {
  const h = await harness(t);
  const run = await h.cli(['doctor', '--source', 'reports'], {
    env: { TRELLO_API_URL: h.emulator.url.replace(/\/1$/, '') },
  });
  assert.equal(run.code, 1);
  const config = check(run.stdout, 'config');
  assert.match(config.line, /^FAIL {2}config: TRELLO_API_URL: http:\/\/127\.0\.0\.1:\d+ does not end in \/1/);
  assert.equal(config.fix, `use ${h.emulator.url} (for Trello: https://api.trello.com/1)`);
  assert.equal(h.emulator.stats().total, 0);

  const sync = await h.cli(['sync', '--source', 'reports'], {
    env: { TRELLO_API_URL: h.emulator.url.replace(/\/1$/, '') },
  });
  assert.equal(sync.code, 2);
  assert.match(sync.stderr, /does not end in \/1/);
  assert.doesNotMatch(sync.stderr, /was not found/);
});

test("doctor's fix for a 401 says which of key and token is wrong, and where to get a new one", async (t) => {
  const h = await harness(t);
  const badKey = await h.cli(['doctor', '--source', 'reports'], { env: { TRELLO_API_KEY: '0'.repeat(32) } });
  assert.equal(badKey.code, 1);
  const key = check(badKey.stdout, 'board access');
  assert.match(key.line, /401 invalid key/);
  assert.match(
    key.fix ?? '',
    /^the key is wrong .*set TRELLO_API_KEY to .*https:\/\/trello\.com\/power-ups\/admin/,
  );
  assert.doesNotMatch(key.fix ?? '', /TRELLO_API_TOKEN/);

  const badToken = await h.cli(['doctor', '--source', 'reports'], {
    env: { TRELLO_API_TOKEN: `ATTA${'0'.repeat(60)}` },
  });
  assert.equal(badToken.code, 1);
  const token = check(badToken.stdout, 'board access');
  assert.match(token.line, /401 invalid token/);
  assert.match(
    token.fix ?? '',
    /^the key is right, the token is not .*set TRELLO_API_TOKEN to a new token, generated with the "Token" link/,
  );
});

test("sync's own 401 says which of key and token is refused, with the fix doctor gives", async (t) => {
  const h = await harness(t);
  for (const [env, refused, other] of [
    [{ TRELLO_API_KEY: '0'.repeat(32) }, 'invalid key', 'TRELLO_API_TOKEN'],
    [{ TRELLO_API_TOKEN: `ATTA${'0'.repeat(60)}` }, 'invalid token', 'TRELLO_API_KEY'],
  ] as const) {
    const sync = await h.cli(['sync', '--source', 'reports'], { env });
    assert.equal(sync.code, 1, sync.stderr);
    const said = /^report-sync: (Trello refused the credentials for .*)$/m.exec(sync.stderr)?.[1] ?? '';
    assert.match(said, new RegExp(`\\(401 ${refused}\\)\\. Fix: `));
    assert.doesNotMatch(said, new RegExp(other), `${refused}: only the refused credential is named`);
    const doctor = check((await h.cli(['doctor', '--source', 'reports'], { env })).stdout, 'board access');
    assert.equal(`${said.split('. Fix: ')[1]}`, `${doctor.fix ?? ''}.`, 'one fix, in one place');
  }
});

test("doctor puts a configuration error's fix on its fix line", async (t) => {
  const h = await harness(t);
  await writeFile(join(h.dir, 'report-sync.json'), JSON.stringify({ vanished: 'sometimes' }));
  const run = await h.cli(['doctor']);
  assert.equal(run.code, 1);
  const config = check(run.stdout, 'config');
  assert.match(config.line, /^FAIL {2}config: invalid configuration in /);
  assert.equal(config.fix, 'use one of "keep", "comment", "archive"');
});
