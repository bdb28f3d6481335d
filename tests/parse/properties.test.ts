/**
 * Whatever the input, the parse layer returns an outline, well formed, within
 * its time budget: random text, markup soup, and real corpus reports mutated.
 * The bound is the parse layer's own budget (real clock, default 2 s): a
 * parse that gave up would return no outline, and the property would fail.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  parseReport,
  type Block,
  type ListItem,
  type ReportFormat,
  type Section,
} from '../../src/parse/index.ts';
import { splitLines } from '../../src/parse/source-text.ts';
import { CORPUS } from '../helpers/cli.ts';

const RUNS = 120;

const TOKENS: Record<ReportFormat, string[]> = {
  rst: [
    '\n',
    '\n\n',
    '  ',
    '   ',
    '\t',
    '- ',
    '* ',
    '1. ',
    '#. ',
    '(a) ',
    'i) ',
    '====',
    '----',
    '~~~',
    '**',
    '*',
    '``',
    '`',
    '`_',
    '__',
    ':doc:`',
    '<http://x>',
    '.. ',
    '.. note:: ',
    '.. code:: ',
    '::',
    '| ',
    '+---+---+',
    '=== ===',
    ':field: ',
    '>>> ',
    '\\',
    'TODO: ',
    'text',
    'Å',
    '中文',
    '[1]_',
    '|sub|',
  ],
  markdown: [
    '\n',
    '\n\n',
    '  ',
    '    ',
    '\t',
    '- ',
    '* ',
    '1. ',
    '- [ ] ',
    '- [x] ',
    '# ',
    '## ',
    '---',
    '```',
    '`',
    '**',
    '_',
    '[link](http://x)',
    '![img](x)',
    '<div>',
    '> ',
    '| a | b |',
    '|---|',
    'title: x',
    '\\',
    'TODO: ',
    'text',
    '中文',
  ],
  text: [
    '\n',
    '\n\n',
    '  ',
    '\t',
    '- ',
    '* ',
    '+ ',
    '• ',
    '1. ',
    '1) ',
    'a) ',
    '====',
    '----',
    '~~~~',
    'TODO: ',
    'Heading',
    'A sentence.',
    'lead-in:',
    'x'.repeat(90),
    '中文',
  ],
};

const CORPUS_FILES: Record<ReportFormat, string[]> = {
  rst: [
    'reports/workshop/2016_workshop_1.rst',
    'reports/2015/2015_uke_42.rst',
    'reports/change/week_22.rst',
    'seeds/001_704dc26c4333c099.txt',
  ],
  markdown: ['seeds/003_9266378be0443682.txt'],
  text: ['seeds/004_67b3dc9cc46bd61c.txt'],
};

/** Soup of the format's own markup, where parsers are most likely to trip. */
const markupSoup = (format: ReportFormat): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...TOKENS[format]), { maxLength: 200 }).map((parts) => parts.join(''));

type Mutation = {
  at: number;
  length: number;
  kind: 'delete' | 'duplicate' | 'indent' | 'insert';
  token: string;
};

/** A real report with slices deleted, duplicated, indented or interrupted by markup. */
const mutatedReport = (format: ReportFormat): fc.Arbitrary<string> =>
  fc
    .record({
      file: fc.constantFrom(...CORPUS_FILES[format]),
      mutations: fc.array(
        fc.record({
          at: fc.nat(),
          length: fc.nat({ max: 400 }),
          kind: fc.constantFrom('delete', 'duplicate', 'indent', 'insert'),
          token: fc.constantFrom(...TOKENS[format]),
        }),
        { minLength: 1, maxLength: 8 },
      ),
    })
    .map(({ file, mutations }) => mutations.reduce(mutate, readFileSync(`${CORPUS}${file}`, 'utf8')));

function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  const slice = text.slice(at, at + m.length);
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at) + slice + slice + text.slice(at + m.length);
    case 'indent':
      return text.slice(0, at) + slice.replace(/\n/g, '\n   ') + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.token + text.slice(at);
  }
}

/** The outline is well formed: levels nest by one, lines point into the text, texts are collapsed. */
function assertWellFormed(text: string, format: ReportFormat): void {
  const result = parseReport(text, { path: 'fuzz', format, now: () => performance.now() });
  assert.ok(result.outline, `no outline: ${JSON.stringify(result.warnings)}`);
  const lastLine = Math.max(1, splitLines(text).length);
  const checkLine = (line: number): void =>
    assert.ok(Number.isInteger(line) && line >= 1 && line <= lastLine, `line ${line} of ${lastLine}`);
  const checkText = (t: string): void =>
    assert.equal(t, t.replace(/\s+/g, ' ').trim(), 'text is whitespace-collapsed');
  const visitItem = (item: ListItem): void => {
    checkLine(item.line);
    checkText(item.text);
    item.blocks.forEach(visitBlock);
    item.children.forEach(visitItem);
  };
  const visitBlock = (block: Block): void => {
    checkLine(block.line);
    if (block.type === 'paragraph') checkText(block.text);
    if (block.type === 'list') block.items.forEach(visitItem);
  };
  const visitSection = (section: Section): void => {
    section.blocks.forEach(visitBlock);
    for (const sub of section.sections) {
      assert.equal(sub.level, section.level + 1);
      checkLine(sub.line);
      checkText(sub.title);
      visitSection(sub);
    }
  };
  visitSection(result.outline.root);
}

for (const format of ['rst', 'markdown', 'text'] as const) {
  test(`${format}: any string parses to a well-formed outline`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => assertWellFormed(text, format)),
      { numRuns: RUNS },
    );
  });

  test(`${format}: markup soup parses to a well-formed outline`, () => {
    fc.assert(
      fc.property(markupSoup(format), (text) => assertWellFormed(text, format)),
      { numRuns: RUNS },
    );
  });

  test(`${format}: mutated corpus reports parse to a well-formed outline`, () => {
    fc.assert(
      fc.property(mutatedReport(format), (text) => assertWellFormed(text, format)),
      { numRuns: RUNS },
    );
  });
}
