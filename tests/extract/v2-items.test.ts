// Extraction v2, what an item is: tables with task/owner/due/status columns, status tags, owners,
// and the text that is no item (docs/extraction.md, "Not items").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemKey } from '../../src/extract/index.ts';
import { itemsOf, texts } from './v2-helpers.ts';

test('a Markdown table with task, owner, due and status columns: one todo per row, anywhere', () => {
  const items = itemsOf('protokoll-2018-10-25.md', [
    '## Sonstiges',
    '',
    '| Aufgabe | Wer | Bis | Stand |',
    '|---|---|---|---|',
    '| Server bestellen | Anna | KW 47 | offen |',
    '| Kabel prüfen | Bob, Eva | 15.11. | erledigt |',
    '',
    '| Action | Description | Owner |',
    '|---|---|---|',
    '| 88.1 | Umzug planen | Kari |',
  ]);
  assert.deepEqual(
    items.map((i) => [i.kind, i.status, i.text, i.owners, i.due, i.line]),
    [
      ['todo', 'open', 'Server bestellen', ['Anna'], '2018-11-23', 5],
      ['todo', 'done', 'Kabel prüfen', ['Bob', 'Eva'], null, 6],
      // A task cell that only numbers the row takes its text from the next column.
      ['todo', 'open', 'Umzug planen', ['Kari'], null, 10],
    ],
  );
});

test('a table without a task column outside a task section gives only the cells that start with a marker', () => {
  const items = itemsOf('notes.md', [
    '## Status',
    '',
    '| Area | Note |',
    '|---|---|',
    '| DNS | TODO(kari): move the zone |',
    '| Mail | fine |',
  ]);
  assert.deepEqual(
    items.map((i) => [i.kind, i.text, i.owners, i.line]),
    [['todo', 'move the zone', ['kari'], 5]],
  );
});

test('in a plan or task list, a table without a task column gives its first column that is no id', () => {
  const items = itemsOf('notes.md', [
    '## Next steps',
    '',
    '| # | Thing | When |',
    '|---|---|---|',
    '| 1 | order disks | Friday |',
  ]);
  assert.deepEqual(texts(items), ['order disks']);
  assert.deepEqual(
    texts(itemsOf('notes.md', ['## Status', '', '| Name | Hours |', '|---|---|', '| Kari | 4 |'])),
    [],
  );
});

test('RST grid and simple tables are tables too, their header above `===`', () => {
  const grid = itemsOf('cr.rst', [
    'Actions',
    '=======',
    '',
    '+--------------------+-------------+',
    '| Tâche              | Responsable |',
    '+====================+=============+',
    '| Relancer le devis  | Camille     |',
    '+--------------------+-------------+',
  ]);
  assert.deepEqual(
    grid.map((i) => [i.text, i.owners, i.line]),
    [['Relancer le devis', ['Camille'], 7]],
  );
  const simple = itemsOf('referat.rst', [
    'Oppfølging',
    '==========',
    '',
    '===========  =========',
    'Oppgave      Ansvarlig',
    '===========  =========',
    'Bytte disk   Kari',
    '===========  =========',
  ]);
  assert.deepEqual(
    simple.map((i) => [i.text, i.owners]),
    [['Bytte disk', ['Kari']]],
  );
});

test('status tags mark done or open and are removed, so the item keeps its key', () => {
  const items = itemsOf('tasks.md', [
    '## Tasks',
    '',
    '- Release notes DONE',
    '- Fix the build (done)',
    '- Update the docs - Done',
    '- Server umziehen (erledigt)',
    '- Rapport [ferdig]',
    '- Migrer la base (fait)',
    '- 整理文档（已完成）',
    '- ✅ Rotate keys',
    '- Write tests WIP',
    '- Port the CLI (en cours)',
    '- Refactor 🚧',
  ]);
  assert.deepEqual(
    items.map((i) => [i.text, i.status]),
    [
      ['Release notes', 'done'],
      ['Fix the build', 'done'],
      ['Update the docs', 'done'],
      ['Server umziehen', 'done'],
      ['Rapport', 'done'],
      ['Migrer la base', 'done'],
      ['整理文档', 'done'],
      ['Rotate keys', 'done'],
      ['Write tests', 'open'],
      ['Port the CLI', 'open'],
      ['Refactor', 'open'],
    ],
  );
  assert.equal(items[0]?.key, itemKey('Release notes'));
  assert.equal(items[0]?.kind, 'planned');
});

test('owners: a marker owner, @handles, and with a roster a trailing (…) or a leading `Name:`', () => {
  const people = { Trond: 'trond_f', 'Anne Berg': 'anneb' };
  const items = itemsOf(
    'notes.md',
    [
      '## Action items',
      '',
      '- TODO(raymond): write the SLA',
      '- ACTION Marina Kühn: Kontakt aufnehmen',
      '- review the PR @lena',
      '- rotate keys (Trond og Anne Berg)',
      '- Trond: call the vendor',
      '- mail backlog@intersectmbo.org',
      '- Hege: svarer STI',
    ],
    people,
  );
  assert.deepEqual(
    items.map((i) => [i.text, i.owners]),
    [
      ['write the SLA', ['raymond']],
      ['Kontakt aufnehmen', ['Marina Kühn']],
      ['review the PR @lena', ['@lena']],
      ['rotate keys (Trond og Anne Berg)', ['Trond', 'Anne Berg']],
      ['Trond: call the vendor', ['Trond']],
      ['mail backlog@intersectmbo.org', []],
      ['Hege: svarer STI', []],
    ],
  );
});

test('not items: link-only text, the next meeting, placeholders, and text with nothing left', () => {
  const items = itemsOf('minutes.md', [
    '## Next steps',
    '',
    '- Node.js Project Calendar: https://nodejs.org/calendar',
    '- [Last meeting](https://x.org/m) action items',
    '- https://example.org/board',
    '- JSON mit XSLT parsen: [https://x.org/e.json](https://x.org/e.json)',
    '- Next meeting (Sep 26) - checkpoint',
    '- Neste møte: 12. mai',
    '- Prochaine réunion le 3 juin',
    '- TBD',
    '- N/A',
    '- ingen',
    '- 暂无',
    '- **Kevin**: -',
    '- WIP',
    '- …',
    '- Follow up on the UI changes.',
    '  [Minutes](https://x.org/551) on GitHub Discussions.',
  ]);
  assert.deepEqual(
    items.map((i) => [i.text, i.description]),
    [
      ['JSON mit XSLT parsen: https://x.org/e.json', ''],
      ['Follow up on the UI changes.', 'Minutes on GitHub Discussions.'],
    ],
  );
});

test('a task with a link is an item; a trailing link-only line moves to its description', () => {
  const items = itemsOf('notes.rst', [
    'Gjøremål',
    '========',
    '',
    '- Les veiledningen:',
    '  http://docs.uh-iaas.no',
  ]);
  assert.deepEqual(
    items.map((i) => [i.text, i.title, i.description]),
    [['Les veiledningen:', 'Les veiledningen', 'http://docs.uh-iaas.no']],
  );
});
