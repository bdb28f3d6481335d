/**
 * A digest report-sync wrote, saved among the reports, is read (it counts as
 * a report read) but never for items, with an info line — not a warning.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { compileRules } from '../../src/extract/index.ts';
import { loadReports } from '../../src/reports/load.ts';
import { runCli } from '../helpers/cli.ts';
import { captureLogs } from '../worker/log-capture.ts';

const BODY = '## Action items\n\n- TODO: order disks\n- [ ] renew the certificates\n';

async function folder(t: TestContext, files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-digest-skip-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

test('a file whose first line is the digest mark gives no item; the same text without it gives its items', async (t) => {
  const dir = await folder(t, {
    'digest.md': `<!-- report-sync digest: written by report-sync, never read for items -->\n\n${BODY}`,
    'digest.rst': `.. report-sync digest: written by report-sync, never read for items\n\nAction items\n============\n\n- TODO: order disks\n`,
    'week-2.md': BODY,
  });
  const { logger, lines } = captureLogs();
  const loaded = await loadReports([dir], { cwd: dir, rules: compileRules(), logger });
  assert.deepEqual(
    loaded.reports.map((r) => [r.path.split('/').at(-1), r.items.length]),
    [
      ['digest.md', 0],
      ['digest.rst', 0],
      ['week-2.md', 2],
    ],
  );
  assert.deepEqual(loaded.warnings, []);
  const skipped = lines().filter((l) => String(l['msg']).startsWith('skipped for items: a digest'));
  assert.deepEqual(
    skipped.map((l) => [l['level'], String(l['path']).split('/').at(-1)]),
    [
      [30, 'digest.md'],
      [30, 'digest.rst'],
    ],
  );
});

test('`report-sync extract` of a folder holding only a digest has read a report: 0 items, exit 0', async (t) => {
  const dir = await folder(t, { 'digest.md': `<!-- report-sync digest -->\n\n${BODY}` });
  const run = await runCli(['extract', dir], { cwd: dir, env: { LOG_LEVEL: 'info' } });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '0 items (0 done) in 1 report\n');
  assert.match(run.stderr, /skipped for items: a digest report-sync wrote/);
});
