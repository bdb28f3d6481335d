// Contract §2 on hand-built outlines: what becomes an item, of which kind, with which checklist and section.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileRules, extractItems } from '../../src/extract/index.ts';
import type { Item } from '../../src/extract/index.ts';
import { parseReport } from '../../src/parse/index.ts';
import type { Outline } from '../../src/parse/outline.ts';
import { item, list, literal, para, report, section } from './outline-builders.ts';

const rules = compileRules();
/** Items as compared here: a checked checklist entry reads `[x] text`. */
const brief = (items: Item[]) =>
  items.map((i) => ({
    kind: i.kind,
    text: i.text,
    checklist: i.checklist.map((c) => (c.checked ? `[x] ${c.text}` : c.text)),
    section: i.section,
    line: i.line,
  }));
const extract = (outline: Outline) => extractItems(outline, rules);
/** Items of a Markdown report, parsed as a sync run parses it. */
const fromMarkdown = (lines: string[]) => {
  const { outline } = parseReport(lines.join('\n'), { path: 'notes.md' });
  assert.ok(outline);
  return extract(outline);
};

test('markers in paragraphs and list items anywhere are todo items; nested items of a marked item are its checklist', () => {
  const outline = report(
    [
      section('Network', 5, [
        list(
          item('consensus on the simple design', 7),
          item('check LACP support in cumulus TODO', 8),
          item('plain parent', 9, { children: [item('FIXME: nested marker', 10)] }),
          item('TODO: order disks', 11, {
            children: [item('two for osl', 12), item('two for bgo', 13)],
            blocks: [para('Budget is approved.', 14)],
          }),
        ),
        para('TODO(ann): write the SLA', 16),
      ]),
    ],
    { title: 'Workshop' },
  );
  const items = extract(outline);
  assert.deepEqual(brief(items), [
    { kind: 'todo', text: 'check LACP support in cumulus', checklist: [], section: ['Network'], line: 8 },
    { kind: 'todo', text: 'nested marker', checklist: [], section: ['Network'], line: 10 },
    {
      kind: 'todo',
      text: 'order disks',
      checklist: ['two for osl', 'two for bgo'],
      section: ['Network'],
      line: 11,
    },
    { kind: 'todo', text: 'write the SLA', checklist: [], section: ['Network'], line: 16 },
  ]);
  assert.equal(items[2]?.description, 'Budget is approved.');
});

test('markers never come from headings or literal blocks', () => {
  const outline = report([
    section('FIXME: a heading', 3, [
      literal('TODO: inside code\nx = 1 # FIXME - later', 5),
      para('Nothing to do.', 8),
    ]),
  ]);
  assert.deepEqual(extract(outline), []);
});

test('task boxes are todo items anywhere; a checked box is a done item, its nested entries still its checklist', () => {
  const outline = report([
    section('Notes', 1, [
      list(
        item('migrate the wiki', 3, { task: 'open' }),
        item('upgrade ceph', 4, {
          task: 'done',
          children: [item('restart the monitors', 5, { task: 'open' })],
        }),
        item('TODO: open task with a marker too', 6, { task: 'open' }),
      ),
    ]),
    section('Next steps', 8, [
      list(
        item('rotate the keys', 9, { task: 'done' }),
        item('write the runbook', 10, {
          children: [item('done part', 11, { task: 'done' }), item('open part', 12)],
        }),
      ),
    ]),
  ]);
  const items = extract(outline);
  assert.deepEqual(brief(items), [
    { kind: 'todo', text: 'migrate the wiki', checklist: [], section: ['Notes'], line: 3 },
    { kind: 'todo', text: 'upgrade ceph', checklist: ['restart the monitors'], section: ['Notes'], line: 4 },
    { kind: 'todo', text: 'open task with a marker too', checklist: [], section: ['Notes'], line: 6 },
    { kind: 'todo', text: 'rotate the keys', checklist: [], section: ['Next steps'], line: 9 },
    {
      kind: 'planned',
      text: 'write the runbook',
      checklist: ['[x] done part', 'open part'],
      section: ['Next steps'],
      line: 10,
    },
  ]);
  assert.deepEqual(
    items.map((i) => i.status),
    ['open', 'done', 'open', 'done', 'open'],
  );
});

test('plan section: top-level items are items, nested items at any depth are the checklist, intro paragraphs are not items', () => {
  const outline = report([
    section('Planlagte aktiviteter', 10, [
      para('Aktiviteter neste uke.', 12),
      list(
        item('Oppgradere til Newton', 14),
        item('August/september:', 15, {
          children: [
            item('Finne brukere', 16),
            item('Drift:', 17, { children: [item('DNS', 18, { children: [item('Heat?', 19)] })] }),
          ],
        }),
        item('Support TODO', 20),
      ),
    ]),
  ]);
  assert.deepEqual(brief(extract(outline)), [
    {
      kind: 'planned',
      text: 'Oppgradere til Newton',
      checklist: [],
      section: ['Planlagte aktiviteter'],
      line: 14,
    },
    {
      kind: 'planned',
      text: 'August/september:',
      checklist: ['Finne brukere', 'Drift:', 'DNS', 'Heat?'],
      section: ['Planlagte aktiviteter'],
      line: 15,
    },
    { kind: 'todo', text: 'Support', checklist: [], section: ['Planlagte aktiviteter'], line: 20 },
  ]);
});

test('plan section: an ordinary subsection is one item, a plan-headed subsection is a plan section of its own', () => {
  const follow = section(
    'Følge opp pilotbrukere',
    30,
    [para('Ringe rundt.', 32), list(item('UiB', 33, { children: [item('fysikk', 34)] }))],
    [section('Detaljer', 36, [para('Mer tekst.', 38), list(item('UiO', 39))])],
  );
  const outline = report(
    [
      section(
        'Arbeidsplan høst 2018',
        20,
        [para('Intro.', 21)],
        [
          section('Videre arbeid med dev02 testanlegg', 24, [para('Vi fortsetter.', 26)]),
          follow,
          section('Uprioriterte oppgaver:', 40, [list(item('Rydde i wiki', 42))]),
          section('Todo', 44, [list(item('Bestille disker', 46))]),
        ],
      ),
    ],
    { title: 'Uke 30' },
  );
  const items = extract(outline);
  assert.deepEqual(brief(items), [
    {
      kind: 'planned',
      text: 'Videre arbeid med dev02 testanlegg',
      checklist: [],
      section: ['Arbeidsplan høst 2018'],
      line: 24,
    },
    {
      kind: 'planned',
      text: 'Følge opp pilotbrukere',
      checklist: ['UiB', 'fysikk', 'UiO'],
      section: ['Arbeidsplan høst 2018'],
      line: 30,
    },
    {
      kind: 'planned',
      text: 'Rydde i wiki',
      checklist: [],
      section: ['Arbeidsplan høst 2018', 'Uprioriterte oppgaver:'],
      line: 42,
    },
    {
      kind: 'todo',
      text: 'Bestille disker',
      checklist: [],
      section: ['Arbeidsplan høst 2018', 'Todo'],
      line: 46,
    },
  ]);
  assert.equal(items[0]?.description, 'Vi fortsetter.');
  assert.equal(items[1]?.description, 'Ringe rundt.\n\nMer tekst.');
});

test('plan section with only paragraphs: each paragraph is an item named by its first sentence', () => {
  const outline = report([
    section('Nächste Schritte', 5, [
      para('Wir migrieren die Datenbank am 3. März. Danach folgt die Doku.', 7),
      literal('TODO: not this', 9),
      para('Monitoring einrichten.', 12),
    ]),
  ]);
  const items = extract(outline);
  assert.deepEqual(
    items.map((i) => [i.kind, i.text, i.description, i.line]),
    [
      ['planned', 'Wir migrieren die Datenbank am 3. März.', 'Danach folgt die Doku.', 7],
      ['planned', 'Monitoring einrichten.', '', 12],
    ],
  );
});

test('task-list section: every top-level item is a todo, nested items its checklist', () => {
  const outline = report([
    section('Todo-liste', 3, [
      para('Huskeliste fra møtet.', 5),
      list(
        item('Sikkerhet(Mikael/Trond)', 7, { children: [item('Må på plass før 1.bruker', 8)] }),
        item('SLA', 9),
      ),
    ]),
  ]);
  assert.deepEqual(brief(extract(outline)), [
    {
      kind: 'todo',
      text: 'Sikkerhet(Mikael/Trond)',
      checklist: ['Må på plass før 1.bruker'],
      section: ['Todo-liste'],
      line: 7,
    },
    { kind: 'todo', text: 'SLA', checklist: [], section: ['Todo-liste'], line: 9 },
  ]);
});

test('section paths leave out the document title but keep every other heading', () => {
  const nested = section(
    'Veien fra pilot til produksjon',
    40,
    [],
    [section('Hardware', 44, [list(item('teste cache TODO', 46))])],
  );
  assert.deepEqual(extract(report([nested], { title: 'Workshop 2' }))[0]?.section, [
    'Veien fra pilot til produksjon',
    'Hardware',
  ]);
  assert.deepEqual(extract(report([nested]))[0]?.section, ['Veien fra pilot til produksjon', 'Hardware']);
  const beforeHeadings = report([], { blocks: [para('FIXME: intro marker', 2)] });
  assert.deepEqual(extract(beforeHeadings)[0]?.section, []);
});

test('a document title that is itself a plan heading makes the whole report a plan', () => {
  const outline = report([section('Q3 launch', 5, [list(item('ship it', 6))])], {
    title: 'Roadmap',
    blocks: [list(item('hire two people', 3))],
  });
  assert.deepEqual(brief(extract(outline)), [
    { kind: 'planned', text: 'hire two people', checklist: [], section: [], line: 3 },
    { kind: 'planned', text: 'Q3 launch', checklist: ['ship it'], section: [], line: 5 },
  ]);
});

test('the same normalised text twice in a report is one item: the first occurrence stands', () => {
  const outline = report([
    section('Notater', 1, [list(item('**Bestille** disker TODO', 2))]),
    section('Planlagt fremdrift', 5, [
      list(item('bestille disker.', 6, { children: [item('fra Dell', 7)] }), item('Finne brukere', 8)),
    ]),
  ]);
  assert.deepEqual(brief(extract(outline)), [
    { kind: 'todo', text: '**Bestille** disker', checklist: [], section: ['Notater'], line: 2 },
    { kind: 'planned', text: 'Finne brukere', checklist: [], section: ['Planlagt fremdrift'], line: 8 },
  ]);
});

test('item records carry title, owners from a roster, and the key of their normalised text', () => {
  const withRoster = compileRules({ people: { Trond: 'trond_f', Raymond: 'raymondk' } });
  const outline = report([
    section('Todo', 1, [
      list(item('Brukerdokumentasjon (Trond).', 2)),
      para('TODO(raymond): Sette opp dev-rigg i Oslo', 4),
    ]),
  ]);
  const [first, second] = extractItems(outline, withRoster);
  assert.equal(first?.title, 'Brukerdokumentasjon (Trond)');
  assert.deepEqual(first?.owners, ['Trond']);
  assert.deepEqual(second?.owners, ['Raymond']);
  assert.equal(second?.text, 'Sette opp dev-rigg i Oslo');
  assert.notEqual(first?.key, second?.key);
  assert.deepEqual(extract(outline)[0]?.owners, []);
});

test('task-list section: paragraphs are items only without a list; other subsections have no class, markers in them still count', () => {
  assert.deepEqual(brief(fromMarkdown(['## Todo', '', 'Remember to call the vendor. Then more.', ''])), [
    { kind: 'todo', text: 'Remember to call the vendor.', checklist: [], section: ['Todo'], line: 3 },
  ]);
  const outline = report([
    section(
      'Todo',
      3,
      [
        para('Remember to call the vendor. Then more.', 5),
        list(item('Order disks', 7, { children: [item('FIXME: two for osl', 8)] })),
        para('TODO: renew the certificate', 10),
      ],
      [
        section('Background notes', 12, [
          para('Context only.', 14),
          list(item('the old vendor', 15), item('DNS TODO', 16)),
        ]),
        section('Next steps', 18, [list(item('Hire a contractor', 20))]),
      ],
    ),
  ]);
  assert.deepEqual(brief(extract(outline)), [
    { kind: 'todo', text: 'Order disks', checklist: ['two for osl'], section: ['Todo'], line: 7 },
    { kind: 'todo', text: 'renew the certificate', checklist: [], section: ['Todo'], line: 10 },
    { kind: 'todo', text: 'DNS', checklist: [], section: ['Todo', 'Background notes'], line: 16 },
    { kind: 'planned', text: 'Hire a contractor', checklist: [], section: ['Todo', 'Next steps'], line: 20 },
  ]);
});

test('a marker inside a plan item stays in that item: a checklist entry without its marker word', () => {
  const items = fromMarkdown([
    '## Next steps', // 1
    '',
    '### New hardware', // 3
    '',
    'Budget is approved.', // 5
    '',
    '- TODO: order disks', // 7
    '- rack them FIXME', // 8
    '  - [ ] label the cables', // 9
    '',
    '## Plans', // 11
    '',
    '- Move the wiki', // 13
    '  - TODO(ann): export the pages', // 14
    '  - [ ] import them', // 15
    '',
  ]);
  assert.deepEqual(brief(items), [
    {
      kind: 'planned',
      text: 'New hardware',
      checklist: ['order disks', 'rack them', 'label the cables'],
      section: ['Next steps'],
      line: 3,
    },
    {
      kind: 'planned',
      text: 'Move the wiki',
      checklist: ['export the pages', 'import them'],
      section: ['Plans'],
      line: 13,
    },
  ]);
  assert.equal(items[0]?.description, 'Budget is approved.');
});

test('a marker paragraph in a plan item body is a todo of its own, not part of the description', () => {
  const items = fromMarkdown([
    '## Next steps', // 1
    '',
    '### New hardware', // 3
    '',
    'Budget is approved.', // 5
    '',
    'TODO: order disks', // 7
    '',
    '- rack them', // 9
    '',
  ]);
  assert.deepEqual(brief(items), [
    { kind: 'planned', text: 'New hardware', checklist: ['rack them'], section: ['Next steps'], line: 3 },
    { kind: 'todo', text: 'order disks', checklist: [], section: ['Next steps', 'New hardware'], line: 7 },
  ]);
  assert.equal(items[0]?.description, 'Budget is approved.');
});

test('checked nested entries stay in every kind of checklist, marked checked', () => {
  const checkedTree = () => [
    item('open part', 4),
    item('done part', 5, { task: 'done', children: [item('under the done part', 6, { task: 'open' })] }),
    item('open task', 7, { task: 'open' }),
  ];
  const outline = report([
    section('Todo', 1, [list(item('Order disks', 3, { children: checkedTree() }))]),
    section('Next steps', 10, [], [section('New hardware', 11, [list(...checkedTree())])]),
    section('Notes', 20, [list(item('TODO: rack them', 21, { children: checkedTree() }))]),
  ]);
  const entries = ['open part', '[x] done part', 'under the done part', 'open task'];
  assert.deepEqual(
    brief(extract(outline)).map((i) => [i.text, i.checklist]),
    [
      ['Order disks', entries],
      ['New hardware', entries],
      ['rack them', entries],
    ],
  );
});
