import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sample, samplesOf } from '../recordings/samples.ts';
import { shapeProblems } from '../recordings/shape.ts';
import { authQuery, withEmulator } from '../helpers/emulator.ts';

type Json = Record<string, unknown>;

/** Every recorded answer of these routes, element by element: the objects of one kind Trello was recorded sending. */
const kind = (...routes: string[]) => routes.flatMap((route) => samplesOf(route).map((s) => s.response.body));
const CARDS = kind(
  'POST /1/cards',
  'PUT /1/cards/:id',
  'PUT /1/cards/:id/idlist',
  'PUT /1/cards/:id/idboard',
  'GET /1/cards/:id',
  'GET /1/actions/:id/card',
  'GET /1/boards/:id/cards',
  'GET /1/lists/:id/cards',
);
const LISTS = kind('GET /1/boards/:id/lists', 'GET /1/lists/:id', 'POST /1/lists', 'PUT /1/lists/:id');
const LABELS = kind('GET /1/boards/:id/labels', 'POST /1/labels', 'GET /1/labels/:id');
const CHECKLISTS = kind(
  'GET /1/boards/:id/checklists',
  'GET /1/cards/:id/checklists',
  'GET /1/checklists/:id',
  'POST /1/cards/:id/checklists',
  'POST /1/checklists',
);
const CHECK_ITEMS = [
  ...kind('POST /1/checklists/:id/checkitems', 'PUT /1/cards/:id/checkitem/:id'),
  ...CHECKLISTS.flatMap((c) => [c].flat().flatMap((x) => ((x as Json)['checkItems'] as unknown[]) ?? [])),
];
const ACTIONS = kind(
  'GET /1/cards/:id/actions',
  'GET /1/members/tacokit/actions',
  'POST /1/cards/:id/actions/comments',
);

/**
 * For each endpoint, the emulator's answer has the field set and value types
 * of the recorded answer, nulls included. The reference sample is the newest
 * recording of the situation the emulator's object is in (a board outside a
 * workspace with a colour background; a card with a description, a due date,
 * a label and a member where the recording has one); `due` and the like
 * follow the object's own data.
 */
test('the emulator answers each endpoint with the recorded field set and value types', async (t) => {
  const emulator = await withEmulator(t, { members: [{ username: 'kari', fullName: 'Kari Nordmann' }] });
  const call = async (method: string, path: string, params: Record<string, string> = {}) => {
    const response = await fetch(`${emulator.url}${path}?${authQuery(emulator, params)}`, { method });
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${await response.clone().text()}`);
    return (await response.json()) as unknown;
  };
  const boardId = emulator.board.id;
  const [member] = (await call('GET', `/boards/${boardId}/members`)) as Json[];
  const [label] = (await call('GET', `/boards/${boardId}/labels`)) as Json[];
  const list = (await call('POST', '/lists', { name: 'L3', idBoard: boardId })) as Json;
  const due = '2030-12-22T01:59:00.000Z';
  const created = (await call('POST', '/cards', {
    idList: String(list['id']),
    name: 'Test card',
    desc: 'testing card create',
    idLabels: String(label?.['id']),
    idMembers: String(member?.['id']),
    due,
  })) as Json;
  const cardId = String(created['id']);
  const bare = (await call('POST', '/cards', { idList: String(list['id']), name: 'no desc', due })) as Json;
  const updated = await call('PUT', `/cards/${String(bare['id'])}`, { name: 'C2-changed' });
  const moved = await call('PUT', `/cards/${String(bare['id'])}/idList`, { value: String(list['id']) });
  const onCard = (await call('POST', `/cards/${cardId}/checklists`, { name: 'ToDo' })) as Json;
  const checklist = (await call('POST', '/checklists', { name: 'C2', idCard: cardId })) as Json;
  const item = (await call('POST', `/checklists/${String(checklist['id'])}/checkItems`, {
    name: 'A',
    checked: 'false',
    pos: 'bottom',
  })) as Json;
  const itemUpdated = await call('PUT', `/cards/${cardId}/checkItem/${String(item['id'])}`, {
    state: 'complete',
  });
  const comment = await call('POST', `/cards/${cardId}/actions/comments`, { text: 'Hello, world!' });
  const newLabel = (await call('POST', '/labels', {
    name: 'Test',
    color: 'green',
    idBoard: boardId,
  })) as Json;
  const archived = (await call('POST', '/lists', { name: 'Autolist', idBoard: boardId })) as Json;
  await call('PUT', `/lists/${String(archived['id'])}/closed`, { value: 'true' });
  const doomed = (await call('POST', '/cards', { idList: String(list['id']), name: 'Autocard' })) as Json;

  const endpoints: {
    endpoint: string;
    answer: unknown;
    reference: string;
    universe: unknown[];
    dataDependent?: string[];
  }[] = [
    {
      endpoint: 'GET /boards/{id}',
      answer: await call('GET', `/boards/${boardId}`),
      reference: 'board.get.json#1',
      universe: kind('GET /1/boards/:id'),
    },
    {
      endpoint: 'GET /boards/{id}/lists',
      answer: await call('GET', `/boards/${boardId}/lists`, { filter: 'open' }),
      reference: 'board.lists.json#0',
      universe: LISTS,
    },
    {
      endpoint: 'GET /boards/{id}/labels',
      answer: await call('GET', `/boards/${boardId}/labels`, { limit: '1000' }),
      reference: 'board.labels.json#0',
      universe: LABELS,
    },
    {
      endpoint: 'GET /boards/{id}/members',
      answer: await call('GET', `/boards/${boardId}/members`),
      reference: 'board.members.json#0',
      universe: kind('GET /1/boards/:id/members'),
    },
    {
      endpoint: 'GET /boards/{id}/cards',
      answer: await call('GET', `/boards/${boardId}/cards`, { filter: 'open' }),
      reference: 'board.cards.json#1',
      universe: CARDS,
      dataDependent: ['[].due', '[].badges.due'],
    },
    {
      endpoint: 'GET /boards/{id}/checklists',
      answer: await call('GET', `/boards/${boardId}/checklists`),
      reference: 'board.checklists.json#0',
      universe: CHECKLISTS,
    },
    {
      endpoint: 'GET /cards/{id}',
      answer: await call('GET', `/cards/${String(bare['id'])}`),
      reference: 'card.get.json#0',
      universe: CARDS,
      dataDependent: ['due', 'badges.due', 'idAttachmentCover'],
    },
    { endpoint: 'POST /cards', answer: created, reference: 'card.create.json#0', universe: CARDS },
    {
      endpoint: 'PUT /cards/{id}',
      answer: updated,
      reference: 'card.update.json#0',
      universe: CARDS,
      dataDependent: ['due', 'badges.due'],
    },
    {
      endpoint: 'PUT /cards/{id}/idList',
      answer: moved,
      reference: 'card.field-routes.json#2',
      universe: CARDS,
      dataDependent: ['due', 'badges.due'],
    },
    {
      endpoint: 'POST /cards/{id}/checklists',
      answer: onCard,
      reference: 'checklist.create.json#0',
      universe: CHECKLISTS,
    },
    {
      endpoint: 'POST /checklists',
      answer: checklist,
      reference: 'checklist.create.json#1',
      universe: CHECKLISTS,
    },
    {
      endpoint: 'GET /checklists/{id}',
      answer: await call('GET', `/checklists/${String(checklist['id'])}`),
      reference: 'checkitem.update.json#2',
      universe: CHECKLISTS,
    },
    {
      endpoint: 'POST /checklists/{id}/checkItems',
      answer: item,
      reference: 'checkitem.create.json#1',
      universe: CHECK_ITEMS,
    },
    {
      endpoint: 'PUT /cards/{id}/checkItem/{id}',
      answer: itemUpdated,
      reference: 'checkitem.update.json#1',
      universe: CHECK_ITEMS,
    },
    {
      endpoint: 'POST /cards/{id}/actions/comments',
      answer: comment,
      reference: 'comment.create.json#0',
      universe: ACTIONS,
    },
    {
      endpoint: 'GET /cards/{id}/actions',
      answer: await call('GET', `/cards/${cardId}/actions`),
      reference: 'comment.create.json#8',
      universe: ACTIONS,
      dataDependent: ['[].memberCreator.avatarHash'],
    },
    {
      endpoint: 'GET /boards/{id}/actions (updateList)',
      answer: await call('GET', `/boards/${boardId}/actions`, { filter: 'updateList' }),
      reference: 'auth.invalid-token.json#1',
      universe: ACTIONS,
      dataDependent: ['[].memberCreator.avatarHash'],
    },
    {
      endpoint: 'GET /lists/{id}',
      answer: await call('GET', `/lists/${String(list['id'])}`),
      reference: 'list.cards.json#0',
      universe: LISTS,
    },
    {
      // The recording has one card, with a description: descData follows the description in this answer (R).
      endpoint: 'GET /lists/{id}/cards',
      answer: (
        (await call('GET', `/lists/${String(list['id'])}/cards`, { filter: 'open' })) as Json[]
      ).filter((c) => c['id'] === cardId),
      reference: 'list.cards.json#8',
      universe: CARDS,
    },
    { endpoint: 'POST /lists', answer: list, reference: 'list.create.json#0', universe: LISTS },
    { endpoint: 'POST /labels', answer: newLabel, reference: 'label.create.json#0', universe: LABELS },
    {
      endpoint: 'GET /labels/{id}',
      answer: await call('GET', `/labels/${String(newLabel['id'])}`),
      reference: 'label.create.json#3',
      universe: LABELS,
    },
    {
      endpoint: 'DELETE /labels/{id}',
      answer: await call('DELETE', `/labels/${String(newLabel['id'])}`),
      reference: 'label.create.json#4',
      universe: [],
    },
    {
      endpoint: 'DELETE /cards/{id}',
      answer: await call('DELETE', `/cards/${String(doomed['id'])}`),
      reference: 'card.delete.json#1',
      universe: [],
    },
  ];
  const problems = Object.fromEntries(
    endpoints
      .map(({ endpoint, answer, reference, universe, dataDependent }): [string, string[]] => [
        `${endpoint} against ${reference}`,
        shapeProblems(answer, sample(reference).response.body, { universe, dataDependent }),
      ])
      .filter(([, found]) => found.length > 0),
  );
  assert.deepEqual(problems, {});
});

test('the emulator sends the recorded rate-limit headers, with the recorded intervals and maxima', async (t) => {
  const emulator = await withEmulator(t, { realRateLimits: true });
  const response = await fetch(`${emulator.url}/cards/${'0'.repeat(24)}?${authQuery(emulator)}`);
  const recorded = sample('card.get.json#0').response.headers;
  const names = (headers: Iterable<string>) =>
    [...headers].filter((h) => h.startsWith('x-rate-limit-')).sort();
  assert.deepEqual(names(response.headers.keys()), names(Object.keys(recorded)));
  for (const name of names(Object.keys(recorded))) {
    const value = response.headers.get(name) ?? '';
    assert.match(value, /^\d+$/, name);
    if (!name.endsWith('-remaining')) assert.equal(value, recorded[name], name);
  }
});
