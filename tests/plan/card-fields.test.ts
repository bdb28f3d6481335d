/** The card-field table: each field report-sync owns, read from a card, recorded as written and sent to Trello. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CARD_FIELDS, plannedIds, type WantedFields } from '../../src/plan/card-fields.ts';
import {
  changedOnBoard,
  newCardRequest,
  untouched,
  updateRequest,
  writtenCard,
} from '../../src/plan/card-values.ts';
import type { TrelloCard } from '../../src/trello/types.ts';

const want: WantedFields = {
  name: 'Bestille disker',
  desc: 'Fra uke 12\n\n`report-sync:item:0123456789abcdef`',
  descShape: 'shape',
  list: { name: 'TODO', id: 'l1' },
  labels: [
    { name: 'TODO', color: 'red', id: 'lb1' },
    { name: 'Uke 12', color: null, id: null },
  ],
  idMembers: ['m2', 'm1'],
};
const ids = { list: () => 'l-new', labels: () => ['lb1', 'lb-new'] };

const card: TrelloCard = {
  id: 'c1',
  name: want.name,
  desc: want.desc,
  idList: 'l1',
  idLabels: ['lb-new', 'lb1'],
  idMembers: ['m1', 'm2'],
  closed: false,
  pos: 1,
  url: '',
  shortUrl: '',
  dateLastActivity: '',
};
const written = writtenCard(want, { list: () => 'l1', labels: () => ['lb1', 'lb-new'] });

/** One edit a person could make to each field. */
const EDITS: Record<string, Partial<TrelloCard>> = {
  name: { name: 'Renamed' },
  desc: { desc: 'Rewritten' },
  idList: { idList: 'l9' },
  idLabels: { idLabels: ['lb1'] },
  idMembers: { idMembers: ['m3'] },
};

test('every field in the table has an edit in this test', () => {
  assert.deepEqual(
    CARD_FIELDS.map((f) => f.name),
    Object.keys(EDITS),
  );
});

test('a card as written is untouched; labels and members in another order are the same', () => {
  assert.equal(untouched(card, written), true);
});

for (const [name, edit] of Object.entries(EDITS)) {
  test(`a person changing ${name} is noticed in ${name} alone`, () => {
    const edited = { ...card, ...edit };
    assert.deepEqual(
      CARD_FIELDS.filter((f) => changedOnBoard(f, edited, written)).map((f) => f.name),
      [name],
    );
    assert.equal(untouched(edited, written), false);
  });
}

test('a new card sends every field and records each as written; the checklist comes later', () => {
  assert.deepEqual(newCardRequest(want, ids), {
    name: want.name,
    desc: want.desc,
    idList: 'l-new',
    idLabels: ['lb1', 'lb-new'],
    idMembers: ['m2', 'm1'],
  });
  assert.deepEqual(writtenCard(want, ids), {
    name: want.name,
    descHash: written.descHash,
    descShape: 'shape',
    idList: 'l-new',
    idLabels: ['lb-new', 'lb1'],
    idMembers: ['m1', 'm2'],
    checklist: null,
  });
});

test('an update sends and records only the fields it names; lists and labels to be created have stand-ins', () => {
  assert.deepEqual(updateRequest(want, ['name', 'idLabels'], plannedIds), {
    request: { name: want.name, idLabels: ['lb1', '?Uke 12'] },
    written: { name: want.name, idLabels: ['?Uke 12', 'lb1'] },
  });
});
