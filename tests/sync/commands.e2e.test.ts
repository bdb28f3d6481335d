import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Warning } from '../../src/warnings.ts';
import { CORPUS } from '../helpers/cli.ts';
import { countsOf, syncHarness } from './e2e-helpers.ts';

type Harness = Awaited<ReturnType<typeof syncHarness>>;

async function seeds(h: Harness): Promise<string> {
  const dir = join(h.dir, 'reports');
  await cp(`${CORPUS}seeds`, dir, { recursive: true });
  return dir;
}

test('sync --dry-run prints the plan per card and changes nothing, on Trello or on disk', async (t) => {
  const h = await syncHarness(t);
  await seeds(h);
  const run = await h.cli(['sync', '--source', 'reports', '--dry-run']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^create +\[Planned\] Oppgradere til Openstack Newton +— new item$/m);
  // The board's own `To Do` list serves the TODO kind: none is made beside it.
  assert.match(run.stdout, /^create list +Planned/m);
  assert.doesNotMatch(run.stdout, /^create list +TODO/m);
  assert.match(run.stdout, /^create +\[To Do\] DNS/m);
  assert.equal(h.emulator.stats().writes, 0);
  assert.deepEqual((await readdir(h.dir)).sort(), ['reports']);
});

test('sync --json prints exactly the summary keys', async (t) => {
  const h = await syncHarness(t);
  await seeds(h);
  const counts = countsOf(await h.cli(['sync', '--source', 'reports', '--json']));
  assert.deepEqual(Object.keys(counts), [
    'created',
    'updated',
    'sourcesAdded',
    'unchanged',
    'completed',
    'reopened',
    'doneWithoutCard',
    'archived',
    'commented',
    'skipped',
    'leftToPeople',
    'conflicts',
    'foreign',
    'apiCalls',
    'errors',
  ]);
  assert.ok(counts.created > 0);
  assert.equal(counts.apiCalls, h.emulator.stats().total);
});

test('sync --json carries the warnings of the run, each with its code; they are logged too', async (t) => {
  const h = await syncHarness(t);
  await seeds(h);
  const run = await h.cli(['sync', '--source', 'reports', '--source', 'nowhere', '--json']);
  assert.equal(run.code, 0, run.stderr);
  const out = JSON.parse(run.stdout) as { created: number; warnings?: Warning[] };
  assert.ok(out.created > 0);
  assert.deepEqual(
    out.warnings?.map((w) => w.code),
    ['source-failed'],
  );
  assert.match(out.warnings?.[0]?.message ?? '', /^source \S*nowhere skipped: \S*nowhere does not exist/);
  assert.match(run.stderr, /source \S*nowhere skipped/);
});

test('a missing board, key or token is a configuration error naming the setting and the fix (exit 2)', async (t) => {
  const h = await syncHarness(t);
  await seeds(h);
  const run = await h.cli(['sync', '--source', 'reports'], {
    env: { TRELLO_BOARD: undefined, TRELLO_API_TOKEN: undefined },
  });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /board: set "board" in the config file, TRELLO_BOARD/);
  assert.match(run.stderr, /TRELLO_API_TOKEN/);
  assert.doesNotMatch(run.stderr, /TRELLO_API_KEY \(/);
  assert.equal(h.emulator.stats().total, 0);
  // plan keeps the code of a configuration error; only --detailed-exitcode gives 2 another meaning.
  const plan = await h.cli(['plan', '--source', 'reports'], { env: { TRELLO_API_KEY: undefined } });
  assert.equal(plan.code, 2);
  assert.match(plan.stderr, /TRELLO_API_KEY/);
  // doctor reports a broken config as a failed check.
  await writeFile(join(h.dir, 'report-sync.json'), '{"vanished": "sometimes"}');
  const doctor = await h.cli(['doctor']);
  assert.equal(doctor.code, 1);
  assert.match(doctor.stdout, /^FAIL {2}config: invalid configuration[^]*vanished/m);
});

test('plan --detailed-exitcode exits 2 with changes and 0 without; apply does the saved plan, and refuses one made from an older state', async (t) => {
  const h = await syncHarness(t);
  const reports = await seeds(h);
  const detailed = ['--detailed-exitcode', '--source', 'reports'];
  const planned = await h.cli(['plan', ...detailed, '--out', 'plan.json']);
  assert.equal(planned.code, 2, planned.stderr);
  assert.equal(h.emulator.stats().writes, 0);
  const stale = await h.cli(['plan', '--source', 'reports', '--out', 'stale.json']);
  assert.equal(stale.code, 0, 'without the flag, a plan with changes exits 0');

  const applied = await h.cli(['apply', 'plan.json', '--json']);
  assert.equal(applied.code, 0, applied.stderr);
  const counts = JSON.parse(applied.stdout) as { created: number };
  const saved = JSON.parse(await readFile(join(h.dir, 'plan.json'), 'utf8')) as {
    plan: { actions: { type: string }[] };
  };
  assert.equal(counts.created, saved.plan.actions.filter((a) => a.type === 'create').length);

  const refused = await h.cli(['apply', 'stale.json']);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /was made from state serial 0 .*make a new plan/s);
  const writes = h.emulator.stats().writes;

  const nothing = await h.cli(['plan', ...detailed]);
  assert.equal(nothing.code, 0, nothing.stderr);
  assert.match(nothing.stdout, /Nothing changed/);
  assert.equal(h.emulator.stats().writes, writes);

  await writeFile(join(reports, 'new.md'), '# Uke 32\n\n## Planlagte aktiviteter\n\n- Bestille nye disker\n');
  const more = await h.cli(['plan', ...detailed]);
  assert.equal(more.code, 2);
  assert.match(more.stdout, /create +\[Planned\] Bestille nye disker/);
});

test('status shows items, cards, tombstones and the last run; doctor passes each check or says the fix', async (t) => {
  const h = await syncHarness(t);
  await seeds(h);
  await h.cli(['sync', '--source', 'reports']);
  const status = await h.cli(['status', '--json']);
  assert.equal(status.code, 0, status.stderr);
  const parsed = JSON.parse(status.stdout) as { items: number; cards: number; lastRun: { created: number } };
  assert.equal(parsed.cards, parsed.items);
  assert.equal(parsed.lastRun.created, parsed.cards);
  assert.match((await h.cli(['status'])).stdout, /Tombstones: +0 archived, 0 deleted/);

  const healthy = await h.cli(['doctor', '--source', 'reports']);
  assert.equal(healthy.code, 0, healthy.stdout + healthy.stderr);
  assert.match(healthy.stdout, /^pass {2}board access: "report-sync"/m);
  assert.match(healthy.stdout, /^pass {2}list "TODO": found/m);

  const badToken = await h.cli(['doctor', '--source', 'reports'], {
    env: { TRELLO_API_TOKEN: 'ATTA0000wrong' },
  });
  assert.equal(badToken.code, 1);
  assert.match(badToken.stdout, /^FAIL {2}board access: .*\n +fix: /m);
});

test('the key and token appear in no state file, plan file or log line', async (t) => {
  const h = await syncHarness(t);
  await seeds(h);
  const debug = { env: { LOG_LEVEL: 'debug' } };
  const runs = [
    await h.cli(['plan', '--source', 'reports', '--out', 'plan.json'], debug),
    await h.cli(['sync', '--source', 'reports'], debug),
    await h.cli(['sync', '--source', 'reports', '--dry-run'], debug),
    await h.cli(['doctor', '--source', 'reports'], debug),
    await h.cli(['sync', '--source', 'reports'], {
      env: { ...debug.env, TRELLO_API_TOKEN: `${h.emulator.token}x` },
    }),
  ];
  const files = await Promise.all(
    (await readdir(h.dir))
      .filter((f) => f !== 'reports')
      .map((f) => readFile(join(h.dir, f), 'utf8').catch(() => '')),
  );
  const everything = [...runs.flatMap((r) => [r.stdout, r.stderr]), ...files].join('\n');
  assert.ok(everything.includes('"level":20') || everything.includes('DEBUG'), 'debug logs were captured');
  for (const secret of [h.emulator.key, h.emulator.token]) assert.equal(everything.includes(secret), false);
});
