/**
 * The RST outline against docutils, the reference implementation, over every
 * RST report in the shared corpus (docutils-outline.jsonl, made by
 * tools/rst-outline.py).
 *
 * Agreement: per file, the entries of ours and docutils' are matched as
 * multisets (a section is its text and level, an item its text and depth);
 * the agreement is the number matched over the larger of the two counts,
 * summed over all files (so a missing and an extra entry both count against).
 *
 * One deliberate difference is normalised on docutils' side: without Sphinx,
 * docutils does not know roles such as :doc:`x` and leaves them as raw text,
 * where the extraction contract (§1) asks for `x`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { flattenOutline, parseReport } from '../../src/parse/index.ts';
import { CORPUS } from '../helpers/cli.ts';

interface OracleFile {
  path: string;
  sections: { title: string; level: number; line: number }[];
  items: { text: string; depth: number; line: number }[];
}

const oracle: OracleFile[] = readFileSync(`${CORPUS}docutils-outline.jsonl`, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as OracleFile);

/** docutils keeps unknown (Sphinx) roles verbatim; the contract strips them to their text or title. */
function withoutSphinxRoles(text: string): string {
  return text.replace(
    /:[\w.+-]+:`([^`]*)`/g,
    (_m, body: string) => /^(.*?)\s*<[^<>]+>$/.exec(body)?.[1] || body,
  );
}

function matched(
  ours: string[],
  theirs: string[],
): { matched: number; total: number; missing: string[]; extra: string[] } {
  const pool = [...ours];
  const missing: string[] = [];
  for (const entry of theirs) {
    const at = pool.indexOf(entry);
    if (at === -1) missing.push(entry);
    else pool.splice(at, 1);
  }
  return {
    matched: theirs.length - missing.length,
    total: Math.max(ours.length, theirs.length),
    missing,
    extra: pool,
  };
}

test('the RST outline agrees with docutils on the 30 RST reports of the corpus', (t) => {
  assert.equal(oracle.length, 30, 'the stored docutils outline covers the 30 RST files');
  const totals = { sections: [0, 0], items: [0, 0], lines: [0, 0] };
  for (const file of oracle) {
    const result = parseReport(readFileSync(`${CORPUS}${file.path}`, 'utf8'), { path: file.path });
    assert.ok(result.outline, `${file.path} parses`);
    assert.equal(result.outline.format, 'rst', `${file.path} is read as RST`);
    const flat = flattenOutline(result.outline);
    const comparisons = {
      sections: matched(
        flat.sections.map((s) => `${s.title} @level ${s.level}`),
        file.sections.map((s) => `${withoutSphinxRoles(s.title)} @level ${s.level}`),
      ),
      items: matched(
        flat.items.map((i) => `${i.text} @depth ${i.depth}`),
        file.items.map((i) => `${withoutSphinxRoles(i.text)} @depth ${i.depth}`),
      ),
      lines: matched(
        [...flat.sections.map((s) => `section ${s.line}`), ...flat.items.map((i) => `item ${i.line}`)],
        [...file.sections.map((s) => `section ${s.line}`), ...file.items.map((i) => `item ${i.line}`)],
      ),
    };
    for (const [kind, c] of Object.entries(comparisons)) {
      const total = totals[kind as keyof typeof totals];
      total[0] = (total[0] ?? 0) + c.matched;
      total[1] = (total[1] ?? 0) + c.total;
      if (c.missing.length + c.extra.length > 0) {
        t.diagnostic(
          `${file.path} ${kind}: docutils only ${JSON.stringify(c.missing)}; ours only ${JSON.stringify(c.extra)}`,
        );
      }
    }
  }
  const rate = ([m = 0, n = 0]: number[]): number => (n === 0 ? 1 : m / n);
  const report = (name: string, pair: number[]): string =>
    `${name}: ${pair[0]}/${pair[1]} = ${(rate(pair) * 100).toFixed(2)}%`;
  console.log(`docutils agreement over ${oracle.length} RST files`);
  console.log(`  ${report('section titles (text, level)', totals.sections)}`);
  console.log(`  ${report('list items (text, depth)', totals.items)}`);
  console.log(`  ${report('lines of sections and items (not required)', totals.lines)}`);
  assert.ok(rate(totals.sections) >= 0.995, report('sections', totals.sections));
  assert.ok(rate(totals.items) >= 0.99, report('items', totals.items));
});
