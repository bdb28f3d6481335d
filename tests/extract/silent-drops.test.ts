// Candidates are never dropped in silence, and one report cannot flood the board (issue 15, finding 11).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileRules, extractReport, resolveExtraction } from '../../src/extract/index.ts';
import { parseReport } from '../../src/parse/index.ts';
import { itemsOf, texts } from './v2-helpers.ts';

function extracted(path: string, lines: string[], rules = compileRules()) {
  const { outline } = parseReport(lines.join('\n'), { path, rules });
  assert.ok(outline);
  return extractReport(outline, rules);
}

test('consecutive marker lines in one paragraph, or continuing a list item, are an item each', () => {
  const report = [
    '# Minutes',
    '',
    'Discussed the release.',
    'TODO: renew the certificate',
    'TODO(ann): write the notes',
    '  and send them',
    '',
    '- Check the logs',
    '  TODO: rotate the keys',
  ];
  assert.deepEqual(texts(itemsOf('minutes.md', report)), [
    'renew the certificate',
    'write the notes and send them',
    'rotate the keys',
  ]);
  assert.deepEqual(texts(itemsOf('minutes.txt', ['TODO: one', 'TODO: two'])), ['one', 'two']);
});

test('a list item that opens with an HTML block keeps its text instead of vanishing', () => {
  const items = itemsOf('plan.md', [
    '# Week 1',
    '',
    '## Next steps',
    '',
    '- <script>alert(1)</script> deploy',
    '- <div>migrate the database</div>',
    '',
    '<div>TODO: an HTML block outside a list is no text of the report</div>',
  ]);
  assert.deepEqual(texts(items), ['alert(1) deploy', 'migrate the database']);
});

test('quoted lines of a plain-text report are read at any depth, as Markdown reads block quotes', () => {
  const deep = `${'> '.repeat(40)}TODO: answer the auditors`;
  assert.deepEqual(texts(itemsOf('mail.txt', ['> TODO: reply to Kari', '', deep])), [
    'reply to Kari',
    'answer the auditors',
  ]);
});

test('each rule that leaves candidates out says so once per report, with the count and the first line', () => {
  const { items, warnings } = extracted('week.md', [
    '# Week 1',
    '',
    '## Action items',
    '',
    '- TBD',
    '- Renew the certificate',
    '- N/A',
    '- Next meeting on Friday',
  ]);
  assert.deepEqual(texts(items), ['Renew the certificate']);
  assert.deepEqual(
    warnings.map((w) => [w.code, w.line, w.message]),
    [
      [
        'items-dropped',
        5,
        '2 candidate items were left out, as they are placeholders (`TBD`, `-`, `none`), not tasks (the first: "TBD")',
      ],
      [
        'items-dropped',
        8,
        '1 candidate item was left out, as they announce the next meeting (the first: "Next meeting on Friday")',
      ],
    ],
  );
});

test('a report with more items than the cap is skipped whole with a warning naming the setting', () => {
  const lines = [
    '# Export',
    '',
    '## Action items',
    '',
    ...Array.from({ length: 30 }, (_, i) => `- task ${i + 1}`),
  ];
  const rules = compileRules({ extraction: { ...resolveExtraction(), maxItemsPerReport: 25 } });
  const { outline } = parseReport(lines.join('\n'), { path: 'export.md', rules });
  assert.ok(outline);
  assert.throws(
    () => extractReport(outline, rules),
    (error: Error & { code?: string; line?: number; fix?: string }) => {
      assert.equal(error.code, 'too-many-items');
      assert.equal(error.line, 30, 'the line of item 26');
      assert.match(error.message, /more than 25 items/);
      assert.match(error.fix ?? '', /extraction\.maxItemsPerReport/);
      return true;
    },
  );
  assert.equal(extracted('export.md', lines).items.length, 30, 'under the default cap it is read');
});
