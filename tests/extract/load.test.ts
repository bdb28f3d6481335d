// The load edge on real files in a temp folder: discovery, skipped files, per-report warnings, content hashes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileRules } from '../../src/extract/index.ts';
import { loadReport, loadReports } from '../../src/reports/load.ts';

const rules = compileRules();
const PLAN = '# Week 3\n\n## Next steps\n\n- Renew the certificate\n';

async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-load-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

test('reports load in path order; a skipped file is a warning naming it, the others still load', async () => {
  const dir = await folder({
    'b.md': PLAN,
    'a.rst': 'Plan\n====\n\n- TODO: order disks\n',
    'c.md': new Uint8Array([0x41, 0, 0x42]),
    'notes.pdf': 'x',
  });
  const { reports, warnings } = await loadReports(['.'], { cwd: dir, rules });
  assert.deepEqual(
    reports.map((r) => [r.path, r.format, r.items.map((i) => i.text)]),
    [
      [join(dir, 'a.rst'), 'rst', ['order disks']],
      [join(dir, 'b.md'), 'markdown', ['Renew the certificate']],
    ],
  );
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0]?.path, join(dir, 'c.md'));
  assert.match(warnings[0]?.message ?? '', /skipped: .*NUL/);
});

test('a report mixing UTF-8 with a Latin-1 byte is skipped with a warning naming the line, not read garbled', async () => {
  const bytes = new TextEncoder().encode('# Notes\n\n- TODO: call the caf\u00e9\n- r\u00e9sum\u00e9 TODO\n');
  const latin1 = Uint8Array.from([...bytes.slice(0, 19), 0xe9, ...bytes.slice(19)]);
  const dir = await folder({ 'notes.md': latin1 });
  const { report, warnings } = await loadReport(join(dir, 'notes.md'), { rules });
  assert.equal(report, null);
  assert.match(warnings[0]?.message ?? '', /^skipped: mixes UTF-8 with another encoding \(.* line 3\)/);
});

test('the content hash is equal for equal text and changes with any edit', async () => {
  const dir = await folder({ 'one.md': PLAN, 'two.md': PLAN, 'three.md': PLAN.replace('Renew', 'Revoke') });
  const hash = async (name: string) => (await loadReport(join(dir, name), { rules })).report?.contentHash;
  assert.match((await hash('one.md')) ?? '', /^[0-9a-f]{64}$/);
  assert.equal(await hash('one.md'), await hash('two.md'));
  assert.notEqual(await hash('one.md'), await hash('three.md'));
});
