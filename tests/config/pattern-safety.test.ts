/** Configured heading patterns run over every heading: one that backtracks without bound is a config error, not a hung run. */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { loadConfig } from '../../src/config/index.ts';
import { ConfigError } from '../../src/errors.ts';
import { runCli } from '../helpers/cli.ts';

async function folderWith(t: TestContext, files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-patterns-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const withPlan = (plan: unknown) => JSON.stringify({ extraction: { headings: { plan } } });

async function refusal(cwd: string): Promise<string> {
  const error = await loadConfig({ cwd, env: {} }).then(
    () => assert.fail('expected a ConfigError'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ConfigError, String(error));
  return error.message;
}

// Before the check, this heading kept `extract` spinning at full CPU, deaf to SIGTERM: the run was killed at the timeout.
test('a heading pattern with a repeat inside a repeat stops extract with a config error naming the setting', async (t) => {
  const cwd = await folderWith(t, {
    'report-sync.json': withPlan({ extend: ['planned (\\w+\\s?)+$'] }),
    'report.md': `# Uke 1\n\n## planned ${'a'.repeat(40)}!\n\n- write the report\n`,
  });
  const run = await runCli(['extract', 'report.md'], { cwd, timeoutMs: 120_000 });
  assert.equal(run.signal, null, 'extract was killed: it hung on the heading');
  assert.equal(run.code, 2, run.stderr);
  assert.match(
    run.stderr,
    /extraction\.headings\.plan\.extend\[0\] "planned \(\\\\w\+\\\\s\?\)\+\$" can take time growing exponentially with a heading's length/,
  );
  assert.match(
    run.stderr,
    /Fix: write it so that each character of a heading can be matched in one way only/,
  );
});

test('replacing lists and the deprecated keys are checked too, each named as written', async (t) => {
  const replaced = await folderWith(t, { 'report-sync.json': withPlan(['sprint goals', '(a|a)*$']) });
  assert.match(
    await refusal(replaced),
    /^extraction\.headings\.plan\[1\] "\(a\|a\)\*\$" can take time growing exponentially/,
  );
  const quadratic = await folderWith(t, {
    'report-sync.json': JSON.stringify({ extraction: { taskListHeadings: ['\\d+\\s*\\d+x'] } }),
  });
  assert.match(
    await refusal(quadratic),
    /^extraction\.taskListHeadings\[0\] .* growing with the square of a heading's length/,
  );
});

test('plain phrases, optional words and searched patterns pass, and so do defaults copied into a list', async (t) => {
  const cwd = await folderWith(t, {
    'report-sync.json': withPlan({
      extend: [
        'sprint goals',
        'mål for neste periode',
        'plans? (and goals )?for',
        '.*oppgaver',
        'next\\s+steps?',
        'next steps?',
      ],
    }),
  });
  const { config } = await loadConfig({ cwd, env: {} });
  assert.ok(config.extraction.headings.plan.includes('sprint goals'));
});
