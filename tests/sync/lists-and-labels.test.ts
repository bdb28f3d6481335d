/** Lists and labels: found by name (or as a person renamed them), created only when a card needs them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarker } from '../../src/plan/marker.ts';
import { FakeGateway } from '../helpers/fake-gateway.ts';
import { emptySyncState, item, plan, report, settings, sync, unchanged, writes } from './core-helpers.ts';

const web01 = item('Patch server web01 kernel');
const other = item('Oppgradere til Openstack Newton');

test('a list a person archived: its cards are tombstoned, not moved out or reopened, and no list is made', async () => {
  const gw = new FakeGateway();
  const reports = [report('r.rst', [web01, other])];
  const first = await sync(gw, emptySyncState(), reports);
  const listId = first.state.cards[web01.key]?.written.idList;
  const list = gw.lists.find((l) => l.id === listId);
  assert.ok(list);
  list.closed = true;
  const lists = gw.lists.length;
  const next = await sync(gw, first.state, unchanged(reports));
  assert.deepEqual(writes(next.plan), []);
  assert.equal(gw.lists.length, lists);
  for (const card of gw.cards) assert.equal(card.idList, listId);
  assert.equal(next.state.cards[web01.key]?.tombstone?.reason, 'archived');
  // Later runs leave them alone too.
  const again = await sync(gw, next.state, unchanged(reports));
  assert.deepEqual(writes(again.plan), []);
});

test('a list a person renamed is still the list: new cards go there, no second list, nothing moved', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('r.rst', [web01])]);
  const listId = first.state.cards[web01.key]?.written.idList;
  const list = gw.lists.find((l) => l.id === listId);
  assert.ok(list);
  list.name = 'Next up';
  const lists = gw.lists.length;
  const next = await sync(gw, first.state, [report('r.rst', [web01, other])]);
  assert.equal(gw.lists.length, lists);
  assert.equal(next.counts.created, 1);
  for (const card of gw.cards) assert.equal(card.idList, listId);
  assert.equal(next.state.cards[other.key]?.written.idList, listId);
});

test('a label a person deleted is not re-created when only a tombstoned card refers to it', async () => {
  const gw = new FakeGateway();
  const reports = [report('r.rst', [web01])];
  const first = await sync(gw, emptySyncState(), reports);
  gw.personEdits(first.state.cards[web01.key]?.cardId ?? '', { closed: true });
  gw.labels = [];
  const next = await sync(gw, first.state, unchanged(reports));
  assert.deepEqual(writes(next.plan), []);
  assert.equal(gw.labels.length, 0);
  // A new item does need it.
  const added = await plan(gw, next.state, [report('r.rst', [web01, other])]);
  assert.deepEqual(writes(added).sort(), ['create', 'ensure-label']);
});

test('renaming a list in the settings moves the cards report-sync placed, not those a person moved', async () => {
  const gw = new FakeGateway();
  const todo = item('Bestille disker', { kind: 'todo' });
  const other = item('Rydde logger', { kind: 'todo' });
  const first = await sync(gw, emptySyncState(), [report('a.rst', [todo, other])]);
  const doing = await gw.createList(gw.boardRef.id, 'Doing');
  const moved = gw.cards.find((c) => parseMarker(c.desc) === other.key);
  gw.personEdits(moved?.id ?? '', { idList: doing.id });
  await sync(gw, first.state, unchanged([report('a.rst', [todo, other])]), {
    settings: settings({ lists: { todo: 'Å gjøre', planned: 'Planned', done: 'Done' } }),
  });
  const listOf = (key: string) =>
    gw.lists.find((l) => l.id === gw.cards.find((c) => parseMarker(c.desc) === key)?.idList)?.name;
  assert.equal(listOf(todo.key), 'Å gjøre');
  assert.equal(listOf(other.key), 'Doing');
});
