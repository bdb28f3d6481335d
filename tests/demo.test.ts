import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT, runCli } from './helpers/cli.ts';

const freshFolder = () => mkdtemp(join(tmpdir(), 'report-sync-demo-'));

test('demo on a fresh folder syncs the examples to a local board, and a second run changes nothing', async () => {
  const cwd = await freshFolder();
  const first = await runCli(['demo', '--no-serve', '--port', '0'], { cwd });
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^19 created, 0 updated, .* 0 errors, \d+ API calls$/m);
  assert.match(first.stdout, /^Board: http:\/\/127\.0\.0\.1:\d+\/b\/[A-Za-z0-9]{8}$/m);
  assert.ok((await stat(join(cwd, '.report-sync/demo-state.json'))).isFile());
  const second = await runCli(['demo', '--no-serve', '--port', '0'], { cwd });
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /^0 created, 0 updated, 0 sources added, 19 unchanged, .* 0 API calls$/m);
});

test('demo serves the board view with the cards until interrupted, then exits 0', async () => {
  const cwd = await freshFolder();
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'src/cli/main.ts'), 'demo', '--port', '0'], {
    cwd,
    env: { PATH: process.env['PATH'], LOG_LEVEL: 'warn' },
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let boardUrl: string | undefined;
  const env: Record<string, string> = {};
  for await (const line of createInterface({ input: child.stdout })) {
    boardUrl ??= /^Board: (\S+)$/.exec(line)?.[1];
    const exported = /^ {2}export (\w+)=(.*)$/.exec(line);
    if (exported) env[exported[1] ?? ''] = (exported[2] ?? '').replace(/^'(.*)'$/, '$1');
    if (line.includes('npx report-sync status')) break;
  }
  assert.ok(boardUrl, 'the demo printed the board address');
  const page = await fetch(boardUrl);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /Oppgradere til Openstack Newton/);
  assert.match(html, /undersøke om cumulus støtter aktiv-aktiv LACP/);

  // The environment it printed takes the other commands to the same board and state.
  const digest = await runCli(['digest', '--since', '30d', '--format', 'json'], { cwd, env });
  assert.equal(digest.code, 0, digest.stderr);
  const sections = (JSON.parse(digest.stdout) as { sections: Record<string, unknown[]> }).sections;
  assert.equal(sections['new']?.length, 19);
  const dryRun = await runCli(['sync', '--dry-run'], { cwd, env });
  assert.equal(dryRun.code, 0, dryRun.stderr);
  assert.match(dryRun.stdout, /: 0 actions, 19 cards unchanged$/m);
  child.kill('SIGINT');
  assert.equal(await exited, 0);
});
