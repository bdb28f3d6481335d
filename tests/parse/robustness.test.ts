/** Bad input never crashes the parse layer: odd encodings and line endings parse, failures become warnings. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flattenOutline, parseReport, type ReportFormat } from '../../src/parse/index.ts';

const SAMPLES: Record<ReportFormat, string> = {
  rst: 'Title\n=====\n\nSection\n-------\n\n- item one\n\n  - nested\n- item two\n',
  markdown: '# Title\n\n## Section\n\n- item one\n  - nested\n- item two\n',
  text: 'Title\n=====\n\nSection\n-------\n\n- item one\n  - nested\n- item two\n',
};

function flat(text: string, format: ReportFormat): ReturnType<typeof flattenOutline> {
  const result = parseReport(text, { path: 'report', format });
  assert.ok(result.outline, JSON.stringify(result.warnings));
  return flattenOutline(result.outline);
}

for (const format of ['rst', 'markdown', 'text'] as const) {
  describe(`${format}: encodings and line endings`, () => {
    const reference = flat(SAMPLES[format], format);

    test('the sample has sections and nested items (so the comparisons below mean something)', () => {
      assert.ok(reference.sections.length >= 2);
      assert.deepEqual(
        reference.items.map((i) => [i.text, i.depth]),
        [
          ['item one', 1],
          ['nested', 2],
          ['item two', 1],
        ],
      );
    });

    test('a UTF-8 byte order mark changes nothing', () => {
      assert.deepEqual(flat(`\uFEFF${SAMPLES[format]}`, format), reference);
    });

    test('CRLF and lone CR line endings read like LF, with the same line numbers', () => {
      assert.deepEqual(flat(SAMPLES[format].replace(/\n/g, '\r\n'), format), reference);
      assert.deepEqual(flat(SAMPLES[format].replace(/\n/g, '\r'), format), reference);
    });

    test('tabs in indentation nest like spaces', () => {
      const tabbed = flat(SAMPLES[format].replace(/^ {2}- nested/m, '\t- nested'), format);
      assert.deepEqual(
        tabbed.items.map((i) => [i.text, i.depth]),
        reference.items.map((i) => [i.text, i.depth]),
      );
    });
  });

  describe(`${format}: failures are warnings`, () => {
    test('a parser exception skips the report with a warning naming the reason', () => {
      let calls = 0;
      const failingClock = (): number => {
        if (++calls > 2) throw new Error('clock unavailable');
        return 0;
      };
      const result = parseReport(SAMPLES[format], { path: 'report', format, now: failingClock });
      assert.equal(result.outline, null);
      assert.deepEqual(result.warnings, [
        {
          code: 'parser-failed',
          message: `skipped: the ${format} parser failed (clock unavailable); check the file's markup`,
        },
      ]);
    });

    test('a parse over its time budget gives up with a warning saying how far it got', () => {
      let now = 0;
      const slowClock = (): number => (now += 40);
      const result = parseReport(SAMPLES[format], {
        path: 'report',
        format,
        now: slowClock,
        timeBudgetMs: 100,
      });
      assert.equal(result.outline, null);
      assert.equal(result.warnings.length, 1);
      assert.match(
        result.warnings[0]?.message ?? '',
        /^skipped: parsing took longer than 100 ms \(reached line \d+\)/,
      );
      assert.ok((result.warnings[0]?.line ?? 0) >= 1);
    });

    test('within its budget the same clock lets the parse finish', () => {
      let now = 0;
      const result = parseReport(SAMPLES[format], {
        path: 'report',
        format,
        now: () => (now += 40),
        timeBudgetMs: 10_000,
      });
      assert.ok(result.outline);
    });
  });
}

test('lists nested deeper than the limit are kept as literal text, with a warning', () => {
  const deep = Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}\n`).join('\n');
  const result = parseReport(deep, { path: 'deep.rst' });
  assert.ok(result.outline);
  const items = flattenOutline(result.outline).items;
  assert.deepEqual(
    items.slice(0, 50).map((i) => [i.text, i.depth]),
    Array.from({ length: 50 }, (_, i) => [`level ${i + 1}`, i + 1]),
  );
  assert.ok(items.every((i) => i.depth <= 51));
  assert.deepEqual(result.warnings, [
    {
      code: 'nesting-too-deep',
      line: 101,
      message: 'nested more than 50 levels deep; the rest is kept as literal text',
      fix: 'indent the lists less deeply',
    },
  ]);
});
