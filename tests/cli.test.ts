import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
