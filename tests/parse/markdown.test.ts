import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flattenOutline, parseReport, type Outline, type ParseResult } from '../../src/parse/index.ts';

function md(text: string): ParseResult & { outline: Outline } {
  const result = parseReport(text, { path: 'report.md' });
  assert.ok(result.outline, JSON.stringify(result.warnings));
  return { ...result, outline: result.outline };
}

test('task list items carry their box as `task`, and their text without it', () => {
  const { outline } = md(
    '## Todo\n\n- [ ] order disks\n- [x] renew DNS\n- [X] done too\n- plain item\n  - [ ] nested task\n',
  );
  const list = outline.root.sections[0]?.blocks[0];
  assert.ok(list?.type === 'list');
  assert.deepEqual(
    list.items.map((i) => [i.text, i.task ?? null, i.line]),
    [
      ['order disks', 'open', 3],
      ['renew DNS', 'done', 4],
      ['done too', 'done', 5],
      ['plain item', null, 6],
    ],
  );
  assert.equal(list.items[3]?.children[0]?.task, 'open');
  assert.equal(list.items[3]?.children[0]?.text, 'nested task');
});

test('a single leading # heading is the document title; ## headings nest under it', () => {
  const { outline } = md(
    '# Week 42 report\n\nIntro.\n\n## Plans\n\n1. **Upgrade** the [cluster](http://x)\n2. Write `docs`\n\n### Details\n\ntext\n',
  );
  assert.equal(outline.title, 'Week 42 report');
  assert.equal(outline.titleIsSection, true);
  assert.equal(outline.metadata.week, 42);
  assert.deepEqual(flattenOutline(outline), {
    sections: [
      { title: 'Week 42 report', level: 1, line: 1 },
      { title: 'Plans', level: 2, line: 5 },
      { title: 'Details', level: 3, line: 10 },
    ],
    items: [
      { text: 'Upgrade the cluster', depth: 1, line: 7 },
      { text: 'Write docs', depth: 1, line: 8 },
    ],
  });
});

test('two # headings, or a first heading that is no #, make no document title; text before the only # does not matter', () => {
  assert.equal(md('# One\n\n# Two\n').outline.title, null);
  assert.equal(md('## Intro\n\n# One\n').outline.titleIsSection, false);
  const { outline } = md('pdf in Markdown überführt\n\n# **Planungstreffen**\n\n### Aufgaben\n');
  assert.equal(outline.title, 'Planungstreffen');
  assert.equal(outline.titleIsSection, true);
});

test('a # heading is the title beside a front matter title only when the two are the same', () => {
  const same = md('---\ntitle: Weekly\n---\n# Weekly\n\n## Next steps\n').outline;
  assert.deepEqual([same.title, same.titleIsSection], ['Weekly', true]);
  const other = md("---\ntitle: 'HS MØTE 11. SEPT 2020'\n---\n# HS møte 04/09-20\n").outline;
  assert.deepEqual([other.title, other.titleIsSection], ['HS MØTE 11. SEPT 2020', false]);
});

test('a heading without a space after the #s is a heading when it is CJK or has a class', () => {
  const { outline } = md(
    '# Report\n\n##下周计划\n\n- a\n\n##Next steps\n\n- b\n\n##hashtag\n\n```\n##下周 in code\n```\n',
  );
  assert.deepEqual(
    flattenOutline(outline).sections.map((s) => s.title),
    ['Report', '下周计划', 'Next steps'],
  );
  assert.ok(JSON.stringify(outline).includes('"text":"##hashtag"'), 'no class, no CJK: text');
  assert.ok(JSON.stringify(outline).includes('##下周 in code'), 'a code block is left as written');
});

test('front matter gives the title, author and date; its lines keep their numbers in the body', () => {
  const { outline, warnings } = md(
    '---\ntitle: Status\nauthor: Kari\ndate: 2024-05-02\ntags: [a, b]\n---\n\n## Next steps\n\n- write the plan\n',
  );
  assert.deepEqual(warnings, []);
  assert.equal(outline.title, 'Status');
  assert.equal(outline.titleIsSection, false);
  assert.equal(outline.metadata.author, 'Kari');
  assert.equal(outline.metadata.date, '2024-05-02');
  assert.deepEqual(outline.metadata.fields['tags'], ['a', 'b']);
  assert.deepEqual(flattenOutline(outline).items, [{ text: 'write the plan', depth: 1, line: 10 }]);
});

test('malformed front matter is a warning naming the line; the body still parses', () => {
  const { outline, warnings } = md('---\ntitle: [unclosed\n---\n\n- item\n');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]?.message ?? '', /front matter is not valid YAML .*; its fields are ignored/);
  assert.equal(typeof warnings[0]?.line, 'number');
  assert.deepEqual(outline.metadata.fields, {});
  assert.deepEqual(flattenOutline(outline).items, [{ text: 'item', depth: 1, line: 5 }]);
});

test('code blocks are literal, HTML is dropped, block quotes flattened, tables kept with their header', () => {
  const { outline } = md(
    '```\n- TODO: not an item\n```\n\n<!-- TODO: hidden -->\n\n> quoted *text*\n\n| **a** | b |\n|---|---|\n| TODO: cell | x |\n| [y](http://y) | `z` |\n',
  );
  assert.deepEqual(outline.root.blocks, [
    { type: 'literal', text: '- TODO: not an item', line: 1 },
    { type: 'paragraph', text: 'quoted text', line: 7 },
    {
      type: 'table',
      header: ['a', 'b'],
      rows: [
        { cells: ['TODO: cell', 'x'], line: 11 },
        { cells: ['y', 'z'], line: 12 },
      ],
      line: 9,
      cellBlocks: [],
    },
  ]);
});

test('a paragraph keeps its source lines, link and code texts, and whether it is bold alone', () => {
  const { outline } = md('**Action Items:**\n\nFollow up on [the minutes](http://m)\nwith `@team` today\n');
  assert.deepEqual(outline.root.blocks, [
    { type: 'paragraph', text: 'Action Items:', line: 1, bold: true },
    {
      type: 'paragraph',
      text: 'Follow up on the minutes with @team today',
      line: 3,
      lines: ['Follow up on the minutes', 'with @team today'],
      links: ['the minutes'],
      code: ['@team'],
    },
  ]);
});

test('front matter that parses but cannot resolve (an alias to no anchor) is a warning too', () => {
  const { outline, warnings } = md('---\nlayout: *post\n---\n\n- item\n');
  assert.match(warnings[0]?.message ?? '', /front matter is not valid YAML \(Unresolved alias/);
  assert.deepEqual(flattenOutline(outline).items, [{ text: 'item', depth: 1, line: 5 }]);
});
