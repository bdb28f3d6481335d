import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flattenOutline, parseReport, type Outline } from '../../src/parse/index.ts';

function text(body: string): Outline {
  const result = parseReport(body, { path: 'notes.txt', format: 'text' });
  assert.ok(result.outline);
  return result.outline;
}

test('underlined lines and short standalone lines followed by text are headings', () => {
  const outline = text(
    'Status report\n=============\n\nDone this week.\n\nNext steps\n\n- order disks\n- write docs\n\nNotes\n-----\n\nNothing.\n',
  );
  assert.deepEqual(
    flattenOutline(outline).sections.map((s) => [s.title, s.level, s.line]),
    [
      ['Status report', 1, 1],
      ['Next steps', 2, 6],
      ['Notes', 3, 11],
    ],
  );
  assert.equal(outline.title, 'Status report');
});

test('a line ending in . , ; or :, a marker line, a long line, or a line before a heading is not a heading', () => {
  const long = 'x'.repeat(81);
  const outline = text(
    `Done.\n\nTODO: order disks\n\nPlans:\n\n${long}\n\nCaption\n\nHeading\n\nBody text here\n`,
  );
  assert.deepEqual(
    flattenOutline(outline).sections.map((s) => s.title),
    ['Heading'],
  );
  assert.deepEqual(
    outline.root.blocks.map((b) => b.type === 'paragraph' && b.text),
    ['Done.', 'TODO: order disks', 'Plans:', long, 'Caption'],
  );
});

test('a marker line with any separator the extraction accepts (： – —) is not a heading either', () => {
  for (const line of ['TODO： 订购磁盘', 'FIXME – rotate the keys', 'TODO(ann) — call the vendor']) {
    const outline = text(`Notes\n\n${line}\n\nMore text here.\n`);
    assert.deepEqual(
      flattenOutline(outline).sections.map((s) => s.title),
      ['Notes'],
      line,
    );
  }
});

test('list markers (- * + • 1. 1) a)) nest by indent; indented lines continue an item', () => {
  const outline = text(
    'Tasks\n\n- first\n  continued here\n  * nested star\n    1) deeper\n• bullet dot\n+ plus\n\n1. numbered\na) lettered\n',
  );
  assert.deepEqual(flattenOutline(outline).items, [
    { text: 'first continued here', depth: 1, line: 3 },
    { text: 'nested star', depth: 2, line: 5 },
    { text: 'deeper', depth: 3, line: 6 },
    { text: 'bullet dot', depth: 1, line: 7 },
    { text: 'plus', depth: 1, line: 8 },
    { text: 'numbered', depth: 1, line: 10 },
    { text: 'lettered', depth: 1, line: 11 },
  ]);
});

test('an unindented line after a list ends it and starts a paragraph', () => {
  const outline = text('- one\n- two\nclosing words\n');
  assert.deepEqual(
    outline.root.blocks.map((b) => b.type),
    ['list', 'paragraph'],
  );
});
