// Every parser and the extraction walk are bounded in depth and size (issue 15, findings 6 and 10).
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { compileRules, extractReport } from '../../src/extract/index.ts';
import type { ListItem, Outline, Section } from '../../src/parse/outline.ts';
import { loadReports } from '../../src/reports/load.ts';

const rules = compileRules();

function outlineOf(root: Section): Outline {
  return { format: 'text', title: null, titleIsSection: false, metadata: { fields: {} }, root };
}

// Before the bound the walk recursed once per level and overflowed the stack, which no catch stopped.
test('an outline nested deeper than any parser builds is refused by the walk naming the line, not a stack overflow', () => {
  let section: Section = { title: 'Next steps', level: 2000, line: 2000, blocks: [], sections: [] };
  for (let i = 1999; i >= 1; i--)
    section = { title: `Part ${i}`, level: i, line: i, blocks: [], sections: [section] };
  let item: ListItem = { text: 'TODO: leaf', line: 10_001, blocks: [], children: [] };
  for (let i = 10_000; i >= 1; i--) item = { text: `step ${i}`, line: i, blocks: [], children: [item] };
  const list: Section = {
    title: '',
    level: 0,
    line: 1,
    blocks: [{ type: 'list', ordered: false, items: [item], line: 1 }],
    sections: [],
  };
  for (const root of [{ title: '', level: 0, line: 1, blocks: [], sections: [section] }, list]) {
    assert.throws(
      () => extractReport(outlineOf(root), rules),
      (error: Error & { code?: string; line?: number }) =>
        error.code === 'nesting-too-deep' && typeof error.line === 'number' && error.line > 50,
    );
  }
});

test('2 MB of YAML front matter is not parsed: the report is read without its fields, with a warning', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-bounds-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const yaml = Array.from({ length: 55_000 }, (_, i) => `key${i}: [a, {b: c}, "value ${i}"]`).join('\n');
  assert.ok(yaml.length > 1_900_000 && yaml.length < 2_090_000);
  await writeFile(join(dir, 'big.md'), `---\n${yaml}\n---\n\n# Week 1\n\nTODO: renew the certificate\n`);
  const { reports } = await loadReports(['big.md'], { cwd: dir, rules, now: () => performance.now() });
  const [report] = reports;
  assert.deepEqual(
    report?.items.map((i) => i.text),
    ['renew the certificate'],
    'read, not skipped at the parse budget',
  );
  assert.deepEqual(report?.metadata.fields, {});
  assert.match(
    report?.warnings[0]?.message ?? '',
    /^front matter is larger than 64 KiB; its fields are ignored/,
  );
});
