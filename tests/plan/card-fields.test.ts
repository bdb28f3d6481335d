/** The card-field table: each field report-sync owns, read from a card, recorded as written and sent to Trello. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CARD_FIELDS, plannedIds, type WantedFields } from '../../src/plan/card-fields.ts';
import { withDescParts } from '../../src/plan/description.ts';
import {
  changedFields,
  leftAlone,
  newCardRequest,
  takenSince,
  updateRequest,
  writtenCard,
} from '../../src/plan/card-values.ts';
import { descHash } from '../../src/plan/hash.ts';
import { joinDescription } from '../../src/plan/render.ts';
import type { TrelloCard } from '../../src/trello/types.ts';

const descParts = {
  head: 'From Uke 12 (2024-03-18) › Gjøremål · 1 report',
  body: 'Fra uke 12',
  tail: '**Sources**\n- Uke 12 (2024-03-18) · Gjøremål · `uke_12.rst:4`\n\n`report-sync:item:0123456789abcdef`',
};
const want: WantedFields = {
  name: 'Bestille disker',
  desc: joinDescription(descParts),
  descParts,
  descShape: 'shape',
  list: { name: 'TODO', id: 'l1' },
  labels: [
    { name: 'TODO', color: 'red', id: 'lb1' },
    { name: 'Uke 12', color: null, id: null },
  ],
  idMembers: ['m2', 'm1'],
  due: '2024-03-22T12:00:00.000Z',
  dueComplete: false,
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
  // Trello may send the instant in another form than the one recorded.
  due: '2024-03-22T12:00:00Z',
  dueComplete: false,
};
const written = writtenCard(want, { list: () => 'l1', labels: () => ['lb1', 'lb-new'] });

/** One edit a person could make to each field. */
const EDITS: Record<string, Partial<TrelloCard>> = {
  name: { name: 'Renamed' },
  desc: { desc: want.desc.replace('Fra uke 12', 'Ola tar denne; disker fra Dell') },
  sources: { desc: want.desc.replace('- Uke 12', '- Uke 11') },
  idList: { idList: 'l9' },
  idLabels: { idLabels: ['lb1'] },
  idMembers: { idMembers: ['m3'] },
  due: { due: '2024-03-29T12:00:00.000Z' },
  dueComplete: { dueComplete: true },
};

test('every field in the table has an edit in this test', () => {
  assert.deepEqual(
    CARD_FIELDS.map((f) => f.name),
    Object.keys(EDITS),
  );
});

test('a card as written is untouched; labels and members in another order, a due date in another form, are the same', () => {
  assert.deepEqual(changedFields(card, written), []);
});

for (const [name, edit] of Object.entries(EDITS)) {
  test(`a person changing ${name} is noticed in ${name} alone`, () => {
    assert.deepEqual(changedFields({ ...card, ...edit }, written), [name]);
  });
}

test('a card a person moved holds its done state too: dueComplete is left with the list', () => {
  assert.deepEqual(leftAlone(['idList']), ['idList', 'dueComplete']);
  const moved = { ...card, idList: 'l9' };
  assert.deepEqual(takenSince(['sources', 'idList', 'dueComplete'], moved, written), [
    'idList',
    'dueComplete',
  ]);
});

test('a new card sends every field and records each as written; the checklist comes later', () => {
  assert.deepEqual(newCardRequest(want, ids), {
    name: want.name,
    desc: want.desc,
    idList: 'l-new',
    idLabels: ['lb1', 'lb-new'],
    idMembers: ['m2', 'm1'],
    due: want.due,
    dueComplete: false,
  });
  assert.deepEqual(writtenCard(want, ids), {
    name: want.name,
    bodyHash: descHash(descParts.body),
    sourcesHash: written.sourcesHash,
    descShape: 'shape',
    idList: 'l-new',
    idLabels: ['lb-new', 'lb1'],
    idMembers: ['m1', 'm2'],
    due: want.due,
    dueComplete: false,
    checklist: null,
  });
});

test('an update sends and records only the fields it names; lists and labels to be created have stand-ins', () => {
  assert.deepEqual(updateRequest(want, ['name', 'idLabels'], plannedIds, card), {
    request: { name: want.name, idLabels: ['lb1', '?Uke 12'] },
    written: { name: want.name, idLabels: ['?Uke 12', 'lb1'] },
    byField: { name: { name: want.name }, idLabels: { idLabels: ['?Uke 12', 'lb1'] } },
  });
});

test("new sources on a card whose body a person edited keep the person's text", () => {
  const edited = { ...card, desc: card.desc.replace('Fra uke 12', 'Ola tar denne') };
  const more = {
    ...descParts,
    tail: descParts.tail.replace('`uke_12.rst:4`', '`uke_12.rst:4`\n- Uke 13 · `uke_13.rst:2`'),
  };
  const next = { ...want, descParts: more, desc: joinDescription(more) };
  const { request } = updateRequest(next, ['sources'], plannedIds, edited);
  assert.equal(request.desc, joinDescription({ ...more, body: 'Ola tar denne' }));
});

test('a record from before the description had parts: untouched cards are read as written, edited ones as edited', () => {
  const { bodyHash: _b, sourcesHash: _s, ...rest } = written;
  const legacy = { ...rest, bodyHash: null, sourcesHash: null, descHash: descHash(card.desc) };
  assert.deepEqual(changedFields(card, legacy), []);
  assert.equal(withDescParts(legacy, card).bodyHash, written.bodyHash);
  assert.deepEqual(changedFields({ ...card, desc: 'Notes' }, legacy), ['desc', 'sources']);
});
