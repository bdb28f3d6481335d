import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFromPath, sniffFormat } from '../../src/parse/detect.ts';
import { parseReport } from '../../src/parse/index.ts';

test('the extension decides for .rst, .rest, .md and .markdown; other names are sniffed', () => {
  assert.equal(formatFromPath('a/b/report.rst'), 'rst');
  assert.equal(formatFromPath('minutes.REST'), 'rst');
  assert.equal(formatFromPath('REPORT.MD'), 'markdown');
  assert.equal(formatFromPath('x.markdown'), 'markdown');
  assert.equal(formatFromPath('notes.txt'), undefined);
  assert.equal(formatFromPath('.rst'), undefined);
});

test('sniffing: RST adornments, Markdown headings or front matter, else plain text', () => {
  assert.equal(sniffFormat('Uke 42\n======\n\n- item\n'), 'rst');
  assert.equal(sniffFormat('=======\nTitle\n=======\n'), 'rst');
  assert.equal(sniffFormat('Some text with `a link <http://x>`_.\n'), 'rst');
  assert.equal(sniffFormat('## Heading\n\ntext\n'), 'markdown');
  assert.equal(sniffFormat('---\ntitle: x\n---\nbody\n'), 'markdown');
  assert.equal(sniffFormat('Titre\n\nUn paragraphe.\n\n- point\n'), 'text');
});

test('an explicit format overrides the extension', () => {
  const result = parseReport('# not a heading in RST\n', { path: 'x.md', format: 'rst' });
  assert.equal(result.outline?.format, 'rst');
  assert.deepEqual(result.outline?.root.sections, []);
});
