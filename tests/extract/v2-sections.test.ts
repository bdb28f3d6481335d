// Extraction v2, where items come from: classes of headings and labels, person groups, numbered
// paragraphs, mixed, done, attendance and excluded sections, in each language and format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemsOf, shape, texts } from './v2-helpers.ts';

test('numbered and emoji headings, space-less Markdown headings: `3、TODO：`, `##下周计划`, `📌 Next steps`', () => {
  const items = itemsOf('weekly.md', [
    '# 周报',
    '',
    '### 3、TODO：',
    '',
    '- 修复测例',
    '',
    '##下周计划',
    '',
    '- 整合 shmem',
    '',
    '## 📌 Next steps',
    '',
    '- ship it',
  ]);
  assert.deepEqual(shape(items), [
    ['todo', 'open', '修复测例', ['3、TODO：'], 5],
    ['planned', 'open', '整合 shmem', ['下周计划'], 9],
    ['planned', 'open', 'ship it', ['📌 Next steps'], 13],
  ]);
});

test('labels act as headings: bold alone, a short line ending in a colon; a label is never an item', () => {
  const md = itemsOf('minutes.md', [
    '## Notes',
    '',
    'Discussed the release.',
    '',
    '**Action Items:**',
    '',
    '- send the agenda',
    '',
    'Plans for next week:',
    '',
    '- book the room',
    '',
    'Remarks:',
    '',
    '- the projector works',
  ]);
  assert.deepEqual(shape(md), [
    ['todo', 'open', 'send the agenda', ['Notes', 'Action Items'], 7],
    ['planned', 'open', 'book the room', ['Notes', 'Plans for next week'], 11],
  ]);
  const rst = itemsOf('protokoll.rst', [
    'Sitzung',
    '=======',
    '',
    '**Aufgaben:**',
    '',
    '- Server bestellen',
    '',
    'Sonstiges:',
    '',
    '- Kaffee war gut',
  ]);
  assert.deepEqual(texts(rst), ['Server bestellen']);
  const text = itemsOf('notes.txt', ['Réunion', '', 'À faire :', '', '- relancer le fournisseur', '']);
  // `Réunion` alone on the first line is the document title, left out of the path.
  assert.deepEqual(shape(text), [['todo', 'open', 'relancer le fournisseur', ['À faire'], 5]]);
});

test('`Label: rest` with a plan or task-list label is one item per part, each on its own line', () => {
  const zh = itemsOf('report.md', ['# 周报', '', '下周计划：整合 shmem，修复测例']);
  assert.deepEqual(shape(zh), [
    ['planned', 'open', '整合 shmem', ['下周计划'], 3],
    ['planned', 'open', '修复测例', ['下周计划'], 3],
  ]);
  const de = itemsOf('protokoll.md', [
    '## Ziele',
    '',
    'Nächste Schritte: Raum finden (APB ist',
    'belegt; hat die SLUB was?)',
    '',
    '- WIP',
  ]);
  assert.deepEqual(shape(de), [
    ['planned', 'open', 'Raum finden (APB ist belegt', ['Ziele', 'Nächste Schritte'], 3],
    ['planned', 'open', 'hat die SLUB was?)', ['Ziele', 'Nächste Schritte'], 4],
  ]);
  assert.deepEqual(texts(itemsOf('notes.md', ['Decisions: keep the old server; buy no new one'])), []);
});

test('person groups own their items: `### Peter`, `**Luke**`, `Luke:`, `- Jan Ivar` with nested items', () => {
  const items = itemsOf('todos.md', [
    '## TODOs',
    '',
    '### Peter',
    '',
    '- fix the proof',
    '',
    '### Jan Ivar',
    '',
    '- fix the proof',
    '- write the abstract',
    '',
    '## Next steps',
    '',
    '**Luke**',
    '',
    '- rebase the branch',
    '',
    'Marina Kühn:',
    '',
    '- Kontakt aufnehmen',
    '',
    '- @lena',
    '  - review the slides',
    '  - print the posters',
  ]);
  assert.deepEqual(
    items.map((i) => [i.kind, i.text, i.owners, i.section]),
    [
      ['todo', 'fix the proof', ['Peter', 'Jan Ivar'], ['TODOs', 'Peter']],
      ['todo', 'write the abstract', ['Jan Ivar'], ['TODOs', 'Jan Ivar']],
      ['planned', 'rebase the branch', ['Luke'], ['Next steps', 'Luke']],
      ['planned', 'Kontakt aufnehmen', ['Marina Kühn'], ['Next steps', 'Marina Kühn']],
      // A label's section runs to the next heading or label: the list item group is inside it.
      ['planned', 'review the slides', ['Marina Kühn', '@lena'], ['Next steps', 'Marina Kühn']],
      ['planned', 'print the posters', ['Marina Kühn', '@lena'], ['Next steps', 'Marina Kühn']],
    ],
  );
});

test('a task list without a list: numbered paragraph lines are items (the number dropped), else each paragraph', () => {
  const numbered = itemsOf('minutes.md', [
    '## Action items',
    '',
    'Agreed today:',
    '1、 更新文档',
    '说明在 wiki',
    '② send the slides',
    '(3) book the room',
    ':four: order pizza',
    '5️⃣ clean up',
  ]);
  assert.deepEqual(
    numbered.map((i) => [i.text, i.description, i.line]),
    [
      ['更新文档', '说明在 wiki', 4],
      ['send the slides', '', 6],
      ['book the room', '', 7],
      ['order pizza', '', 8],
      ['clean up', '', 9],
    ],
  );
  const prose = itemsOf('minutes.md', [
    '## Oppfølging',
    '',
    'Kari sender referatet. Det tar en dag.',
    '',
    'Ola bestiller rom.',
  ]);
  assert.deepEqual(
    prose.map((i) => [i.text, i.description]),
    [
      ['Kari sender referatet.', 'Det tar en dag.'],
      ['Ola bestiller rom.', ''],
    ],
  );
});

test('a mixed actions-and-decisions section keeps only items with an owner, a marker or a task box', () => {
  const items = itemsOf(
    'minutes.md',
    [
      '## Action items and decisions',
      '',
      '- We keep the old server',
      '- @anna to order disks',
      '- TODO: renew the domain',
      '- [ ] update the wiki',
      '- Trond: call the vendor',
    ],
    { Trond: 'trond_f' },
  );
  assert.deepEqual(texts(items), [
    '@anna to order disks',
    'renew the domain',
    'update the wiki',
    'Trond: call the vendor',
  ]);
});

test('done sections give done items of their section kind; checked boxes anywhere are done todos', () => {
  const items = itemsOf('status.md', [
    '## Fullført',
    '',
    '- Oppgradert til Newton',
    '- TODO: skriv rapport',
    '',
    '## Action items',
    '',
    '### Erledigt',
    '',
    '- Server bestellt',
    '',
    '## Notes',
    '',
    '- [x] backups verified',
    '- [X] ☑ doubled',
  ]);
  assert.deepEqual(shape(items), [
    ['planned', 'done', 'Oppgradert til Newton', ['Fullført'], 3],
    ['todo', 'done', 'skriv rapport', ['Fullført'], 4],
    ['todo', 'done', 'Server bestellt', ['Action items', 'Erledigt'], 10],
    ['todo', 'done', 'backups verified', ['Notes'], 14],
    ['todo', 'done', 'doubled', ['Notes'], 15],
  ]);
  assert.ok(items.every((i) => i.due === null));
});

test('attendance lists give nothing, task boxes included; excluded sections read as no class', () => {
  const items = itemsOf('minutes.md', [
    '## Attendees',
    '',
    '* [ ] Jane Doe',
    '* [x] John Roe',
    '',
    '## Deltakere',
    '',
    'TODO: not even a marker here',
    '',
    '## Upcoming Meetings',
    '',
    '- Calendar: https://example.org/calendar',
    '- TODO: book the room for June',
    '',
    '## 参会人员',
    '',
    '- [ ] 王波',
  ]);
  assert.deepEqual(shape(items), [['todo', 'open', 'book the room for June', ['Upcoming Meetings'], 13]]);
});

test('a plan subsection that is no person group is one item; a classed one follows its class', () => {
  const items = itemsOf('report.rst', [
    'Kommende aktiviteter',
    '====================',
    '',
    'Møte om IP-adresser',
    '-------------------',
    '',
    'Vi møter UNINETT.',
    '',
    '- avklare adresser',
    '',
    'Gjøremål',
    '--------',
    '',
    '- bestille kabler',
  ]);
  assert.deepEqual(
    items.map((i) => [i.kind, i.text, i.description, i.checklist.map((c) => c.text)]),
    [
      ['planned', 'Møte om IP-adresser', 'Vi møter UNINETT.', ['avklare adresser']],
      ['todo', 'bestille kabler', '', []],
    ],
  );
});
