// Bad input, read as a sync run reads it: each case ends (by the parse budget or a limit) with a warning
// naming the file and, where there is one, the line; the other reports of the run are still read.
// No timing is asserted: the bound is the parse budget and the limits of src/parse/limits.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileRules } from '../../src/extract/index.ts';
import { loadReports } from '../../src/reports/load.ts';

const rules = compileRules();
const GOOD = '# Weekly\n\n## Next steps\n\n- Renew the certificate\n';

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-bad-'));
  await writeFile(join(dir, 'good.md'), GOOD);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

async function load(dir: string, maxBytes?: number) {
  const loaded = await loadReports([dir], { cwd: dir, rules, ...(maxBytes ? { maxBytes } : {}) });
  const good = loaded.reports.find((r) => r.path.endsWith('good.md'));
  assert.deepEqual(
    good?.items.map((i) => i.text),
    ['Renew the certificate'],
    'the other report is still read',
  );
  const warnings = [
    ...loaded.warnings,
    ...loaded.reports.flatMap((r) => r.warnings.map((w) => ({ path: r.path, ...w }))),
  ];
  return { ...loaded, warnings };
}

test('a 5 MB single line: over the size limit it is skipped naming the file; under a raised one it is read or stopped at line 1', async () => {
  const line = `TODO: ${'rotate the keys and then '.repeat(210_000)}`;
  assert.ok(line.length > 5_000_000);
  const dir = await folder({ 'huge.md': `## Action items\n\n${line}\n` });
  const limited = await load(dir);
  assert.ok(
    limited.warnings.some((w) => w.path.endsWith('huge.md') && /larger than the 2 MiB limit/.test(w.message)),
  );
  const raised = await load(dir, 8 * 1024 * 1024);
  const huge = raised.reports.find((r) => r.path.endsWith('huge.md'));
  if (huge) {
    // Read within the budget: one todo, its title cut to 120 characters.
    assert.equal(huge.items.length, 1);
    assert.ok((huge.items[0]?.title.length ?? 0) <= 120);
  } else {
    const warning = raised.warnings.find((w) => w.path.endsWith('huge.md'));
    assert.match(warning?.message ?? '', /parsing took longer than/);
    assert.equal(warning?.line, 3);
  }
});

test('a 10,000-row table gives the first 1,000 rows, with a warning naming the line where reading stopped', async () => {
  const rows = Array.from({ length: 10_000 }, (_, i) => `| Order part ${i + 1} | Anna |`);
  const dir = await folder({
    'table.md': ['## Action items', '', '| Task | Owner |', '|---|---|', ...rows, ''].join('\n'),
  });
  const { reports, warnings } = await load(dir);
  const table = reports.find((r) => r.path.endsWith('table.md'));
  assert.equal(table?.items.length, 1000);
  assert.deepEqual(table?.items[999]?.owners, ['Anna']);
  const warning = warnings.find((w) => w.path.endsWith('table.md'));
  assert.equal(warning?.line, 1005, 'the first row not read');
  assert.match(warning?.message ?? '', /table at line 3 has more than 1000 rows/);
});

test('lists nested hundreds deep: Markdown is skipped naming the line, plain text and RST read with a warning', async () => {
  const nest = (levels: number, indent: (i: number) => string) =>
    Array.from({ length: levels }, (_, i) => `${indent(i)}- level ${i + 1}`).join('\n');
  const dir = await folder({
    'deep.md': `## Next steps\n\n${nest(300, (i) => '  '.repeat(i))}\n\n## Later\n\n- more\n`,
    'deep.txt': `Next steps\n\n${nest(300, (i) => ' '.repeat(i))}\n`,
    'deep.rst': `Next steps\n==========\n\n${nest(300, (i) => '  '.repeat(i)).replace(/\n/g, '\n\n')}\n`,
  });
  const { reports, warnings } = await load(dir);
  const md = warnings.find((w) => w.path.endsWith('deep.md'));
  assert.match(md?.message ?? '', /^skipped: lists or quotes are nested too deep/);
  assert.equal(typeof md?.line, 'number');
  assert.ok(!reports.some((r) => r.path.endsWith('deep.md')));
  for (const name of ['deep.txt', 'deep.rst']) {
    const report = reports.find((r) => r.path.endsWith(name));
    assert.equal(report?.items[0]?.text, 'level 1', name);
    const warning = warnings.find((w) => w.path.endsWith(name));
    assert.match(warning?.message ?? '', /nested more than 50 levels deep/, name);
    assert.ok((warning?.line ?? 0) > 40, `${name}: the line where the limit was reached`);
  }
});
