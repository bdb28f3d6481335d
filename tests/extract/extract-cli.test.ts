// `report-sync extract` as a user runs it: a real process over real files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Item } from '../../src/extract/item.ts';
import { runCli } from '../helpers/cli.ts';

interface JsonOutput {
  reports: {
    path: string;
    format: string;
    title: string | null;
    date: string | null;
    items: Item[];
    warnings: unknown[];
  }[];
}

async function tempDir(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-extract-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

const NOTES = [
  '# Notes',
  '',
  '## Next steps',
  '',
  '- Renew the certificate (Ann)',
  '  - order it',
  '- TODO(ann): call the vendor',
  '',
  '## Later',
  '',
  '- Move the wiki (Ann)',
  '',
].join('\n');

test('table output lists kind, status, title, due date, owners and file:line of every item, for people', async () => {
  const run = await runCli([
    'extract',
    'tests/fixtures/reports/uke-12-crlf-bom.rst',
    'tests/fixtures/reports/weekly-2024-w14.md',
  ]);
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.match(lines[0] ?? '', /^KIND\s+STATUS\s+TITLE\s+DUE\s+OWNERS\s+LOCATION$/);
  const row = (pattern: RegExp) =>
    assert.ok(
      lines.some((l) => pattern.test(l)),
      `${pattern}\n${run.stdout}`,
    );
  row(
    /^planned\s+open\s+Flytte DNS til nye servere\s+-\s+-\s+tests\/fixtures\/reports\/uke-12-crlf-bom\.rst:22$/,
  );
  row(
    /^todo\s+open\s+Who owns the staging certificates\?\s+-\s+-\s+tests\/fixtures\/reports\/weekly-2024-w14\.md:18$/,
  );
  row(/^todo\s+done\s+Book the load test window\s+-\s+-\s+tests\/fixtures\/reports\/weekly-2024-w14\.md:42$/);
  row(
    /^todo\s+open\s+publish the incident review\s+-\s+dana\s+tests\/fixtures\/reports\/weekly-2024-w14\.md:30$/,
  );
  assert.match(run.stdout, /18 items \(3 done\) in 2 reports\n$/);
});

test('json output has one entry per file, in path order, with the full item record', async () => {
  const run = await runCli(['extract', '--format', 'json', 'tests/fixtures/reports']);
  assert.equal(run.code, 0, run.stderr);
  const output = JSON.parse(run.stdout) as JsonOutput;
  const paths = output.reports.map((r) => r.path);
  assert.deepEqual(paths, [...paths].sort());
  assert.equal(paths.length, 6);
  const french = output.reports.find((r) => r.path.endsWith('compte-rendu-mars.rst'));
  assert.equal(french?.format, 'rst');
  assert.equal(french?.title, "Compte rendu de l'équipe réseau, mars");
  const audit = french?.items.find((i) => i.text === 'Audit de sécurité');
  assert.deepEqual(Object.keys(audit ?? {}), [
    'kind',
    'status',
    'text',
    'title',
    'description',
    'checklist',
    'section',
    'line',
    'owners',
    'due',
    'key',
  ]);
  assert.equal(audit?.kind, 'planned');
  assert.equal(audit?.line, 38);
  assert.match(audit?.key ?? '', /^[0-9a-f]{16}$/);
  assert.deepEqual(Object.keys(output.reports[0] ?? {}), [
    'path',
    'format',
    'title',
    'date',
    'items',
    'warnings',
  ]);
  const weekly = output.reports.find((r) => r.path.endsWith('weekly-2024-w14.md'));
  assert.equal(weekly?.date, '2024-04-05');
  const migration = weekly?.items.find((i) => i.text === 'Finish the storage migration');
  assert.deepEqual(migration?.checklist[0], { text: 'copy the remaining 40 TB', checked: false });
  assert.equal(migration?.due, null);
});

test('--config supplies the people roster and extraction rules', async () => {
  const dir = await tempDir({
    'notes.md': NOTES,
    'rs.json': JSON.stringify({ people: { Ann: 'ann_b' }, extraction: { headings: { plan: ['later'] } } }),
  });
  const itemsOf = (run: { stdout: string }) =>
    (JSON.parse(run.stdout) as JsonOutput).reports[0]?.items.map((i) => [
      i.kind,
      i.text,
      i.checklist.map((entry) => entry.text),
      i.owners,
    ]);
  const defaults = await runCli(['extract', '--format', 'json', 'notes.md'], { cwd: dir });
  assert.equal(defaults.code, 0, defaults.stderr);
  assert.deepEqual(itemsOf(defaults), [
    ['planned', 'Renew the certificate (Ann)', ['order it'], []],
    ['todo', 'call the vendor', [], ['ann']],
  ]);
  const configured = await runCli(['extract', '--format', 'json', '--config', 'rs.json', 'notes.md'], {
    cwd: dir,
  });
  assert.equal(configured.code, 0, configured.stderr);
  assert.deepEqual(itemsOf(configured), [
    ['todo', 'call the vendor', [], ['Ann']],
    ['planned', 'Move the wiki (Ann)', [], ['Ann']],
  ]);
});

test('a file that cannot be read is skipped with a warning naming it; the rest still load (exit 0)', async () => {
  const dir = await tempDir({
    'good.md': NOTES,
    'broken.md': Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02, 0x0a]),
  });
  const run = await runCli(['extract', '--format', 'json', dir]);
  assert.equal(run.code, 0, run.stderr);
  const output = JSON.parse(run.stdout) as JsonOutput;
  assert.deepEqual(
    output.reports.map((r) => r.path.split('/').at(-1)),
    ['good.md'],
  );
  assert.match(run.stderr, /broken\.md/);
});

test('nothing readable exits 1 with a message naming what was given', async () => {
  const dir = await tempDir({ 'broken.md': Buffer.from([0x00, 0x00, 0xff]) });
  const binary = await runCli(['extract', dir]);
  assert.equal(binary.code, 1);
  assert.match(binary.stderr, /no report could be read/);
  const missing = await runCli(['extract', join(dir, 'nowhere', '*.md')]);
  assert.equal(missing.code, 1);
  assert.equal(missing.stdout, '');
});

test('a bad flag or a bad config is a usage error (exit 2)', async () => {
  const format = await runCli(['extract', '--format', 'xml', 'tests/fixtures/reports']);
  assert.equal(format.code, 2);
  assert.match(format.stderr, /xml/);
  const noSources = await runCli(['extract']);
  assert.equal(noSources.code, 2);
  const dir = await tempDir({
    'bad.json': JSON.stringify({ extraction: { headings: { plan: ['next (steps'] } } }),
  });
  const config = await runCli(['extract', '--config', join(dir, 'bad.json'), 'tests/fixtures/reports']);
  assert.equal(config.code, 2);
  assert.match(config.stderr, /extraction\.headings\.plan/);
  assert.match(config.stderr, /next \(steps/);
});
