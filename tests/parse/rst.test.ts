import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { flattenOutline, parseReport, type Outline, type ParseResult } from '../../src/parse/index.ts';
import { stripRstInline } from '../../src/parse/rst/inline.ts';
import { SHARED } from '../helpers/cli.ts';

function rst(text: string): ParseResult & { outline: Outline } {
  const result = parseReport(text, { path: 'report.rst' });
  assert.ok(result.outline, JSON.stringify(result.warnings));
  return { ...result, outline: result.outline };
}

describe('RST inline markup becomes plain text (contract §1)', () => {
  const cases: [string, string][] = [
    ['**TODO:** renew the certificate', 'TODO: renew the certificate'],
    ['*emphasis* and ``literal *kept*``', 'emphasis and literal *kept*'],
    ['`default role`', 'default role'],
    ['see `Trello <https://trello.com/norcams>`_ now', 'see Trello now'],
    ['`<https://example.org>`_', 'https://example.org'],
    ['anonymous `ref`__ and name_ and `phrase ref`_', 'anonymous ref and name and phrase ref'],
    [':doc:`../../plans/production`', '../../plans/production'],
    [':doc:`Production plan <../plans/production>`', 'Production plan'],
    ['`text`:title-reference: suffix role', 'text suffix role'],
    ['an _`inline target` here', 'an inline target here'],
    ['footnote [1]_ and citation [CIT2002]_', 'footnote 1 and citation CIT2002'],
    ['|version| substitution', 'version substitution'],
    ['escaped \\*not emphasis\\* and a\\ b', 'escaped *not emphasis* and ab'],
    ['2*3*4 and a lone * and (*) stay', '2*3*4 and a lone * and (*) stay'],
    ['snake_case_name is not a reference', 'snake_case_name is not a reference'],
    ['unclosed **strong and `role', 'unclosed **strong and `role'],
    ['  spread\n  over   lines\t ', 'spread over lines'],
  ];
  for (const [raw, plain] of cases) test(JSON.stringify(raw), () => assert.equal(stripRstInline(raw), plain));
});

test('a bullet indented under an item (workshop 2018 style) nests under that item', () => {
  const { outline } = rst(
    [
      '* spørre brukere (nettskjema)',
      '   - hvordan fikk de høre om uh-iaas',
      '   - hva savner du',
      '* eksempler',
      '  lage et repo på github',
      '',
    ].join('\n'),
  );
  assert.deepEqual(flattenOutline(outline).items, [
    { text: 'spørre brukere (nettskjema)', depth: 1, line: 1 },
    { text: 'hvordan fikk de høre om uh-iaas', depth: 2, line: 2 },
    { text: 'hva savner du', depth: 2, line: 3 },
    { text: 'eksempler lage et repo på github', depth: 1, line: 4 },
  ]);
});

test('section levels follow the order adornment styles first appear; a skipped level is a warning, not a section', () => {
  const result = rst(
    [
      'Top',
      '===',
      '',
      'Sub',
      '---',
      '',
      'Deep',
      '~~~~',
      '',
      'Again',
      '-----',
      '',
      'Skip',
      '^^^^',
      '',
      'text',
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    flattenOutline(result.outline).sections.map((s) => [s.title, s.level, s.line]),
    [
      ['Top', 1, 1],
      ['Sub', 2, 4],
      ['Deep', 3, 7],
      ['Again', 2, 10],
    ],
  );
  assert.deepEqual(result.warnings, [
    {
      line: 13,
      message: 'title level inconsistent: "Skip" uses an adornment style that skips a level; not a section',
    },
  ]);
});

test('the document title is a lone top-level section with nothing before it', () => {
  assert.equal(rst('Title\n=====\n\nSub\n---\n\ntext\n').outline.title, 'Title');
  assert.equal(rst('Intro first.\n\nTitle\n=====\n\ntext\n').outline.title, null);
  const twoTops = rst('One\n===\n\nx\n\nTwo\n===\n\ny\n').outline;
  assert.equal(twoTops.title, null);
  assert.equal(twoTops.titleIsSection, false);
});

test('literal blocks and code directives keep their text raw and hold no list items', () => {
  const { outline } = rst(
    'Steps::\n\n  - TODO: not an item\n\n.. code-block:: sh\n\n   - echo no\n\nAfter.\n',
  );
  assert.deepEqual(outline.root.blocks, [
    { type: 'paragraph', text: 'Steps:', line: 1 },
    { type: 'literal', text: '- TODO: not an item', line: 3 },
    { type: 'literal', text: '- echo no', line: 7 },
    { type: 'paragraph', text: 'After.', line: 9 },
  ]);
});

test('admonition content is report text; comments, targets and unknown directives are not', () => {
  const { outline } = rst(
    '.. note:: TODO: renew the certificate\n\n.. toctree::\n\n   hidden\n\n..\n   - commented\n\n.. _x: http://x\n',
  );
  assert.deepEqual(outline.root.blocks, [
    { type: 'paragraph', text: 'TODO: renew the certificate', line: 1 },
  ]);
});

test('list items keep their further paragraphs as blocks and nested lists as children', () => {
  const { outline } = rst('- Item text\n\n  More about it.\n\n  1. first step\n  2. second step\n');
  const list = outline.root.blocks[0];
  assert.ok(list?.type === 'list');
  assert.deepEqual(list.items[0], {
    text: 'Item text',
    line: 1,
    blocks: [{ type: 'paragraph', text: 'More about it.', line: 3 }],
    children: [
      { text: 'first step', line: 5, blocks: [], children: [] },
      { text: 'second step', line: 6, blocks: [], children: [] },
    ],
  });
});

const docutilsAvailable = spawnSync('python3', ['-c', 'import docutils'], { stdio: 'ignore' }).status === 0;

test(
  'constructs beyond the corpus (tables, directives, enumerations, block quotes) agree with live docutils',
  { skip: !docutilsAvailable && 'python3 with docutils is not installed' },
  () => {
    const fixture = fileURLToPath(new URL('fixtures/constructs.rst', import.meta.url));
    const run = spawnSync('python3', [`${SHARED}tools/rst-outline.py`, fixture], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const docutils = JSON.parse(run.stdout) as ReturnType<typeof flattenOutline>;
    const ours = flattenOutline(rst(readFileSync(fixture, 'utf8')).outline);
    assert.deepEqual(ours.sections, docutils.sections);
    assert.deepEqual(ours.items, docutils.items);
  },
);
