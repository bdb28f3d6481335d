import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, PROJECT_ROOT } from './helpers/cli.ts';

const version = (JSON.parse(readFileSync(`${PROJECT_ROOT}package.json`, 'utf8')) as { version: string })
  .version;

test('no arguments prints the help and exits 0', async () => {
  const run = await runCli([]);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /Usage: report-sync/);
});

test('--help lists the commands on stdout', async () => {
  const run = await runCli(['--help']);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /Usage: report-sync \[options\] \[command\]/);
});

test('--version prints the package version', async () => {
  const run = await runCli(['--version']);
  assert.equal(run.code, 0);
  assert.equal(run.stdout.trim(), version);
});

test('an unknown command is a usage error (exit 2) that points to the help', async () => {
  const run = await runCli(['frobnicate']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /unknown command 'frobnicate'/);
  assert.match(run.stderr, /--help/);
});

test('a bad LOG_LEVEL is a configuration error that lists the levels (exit 2)', async () => {
  const run = await runCli(['--version'], { env: { LOG_LEVEL: 'verbose' } });
  assert.equal(run.code, 2);
  assert.match(
    run.stderr,
    /LOG_LEVEL: expected one of trace, debug, info, warn, error, fatal, silent \(got "verbose"\)/,
  );
  assert.equal(run.stdout, '');
});

test('LOG_LEVEL is read from .env in the working directory', async () => {
  const cwd = await mkdtemp(join(tmpdir(), 'report-sync-cli-'));
  await writeFile(join(cwd, '.env'), 'LOG_LEVEL=loud\n');
  const run = await runCli(['--version'], { cwd, env: { LOG_LEVEL: undefined } });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /got "loud"/);
});
