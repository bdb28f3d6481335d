/** Regression tests for planner fixes: reword false positives, renamed/archived lists, retries, ensures, intents. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SyncState } from '../../src/state/sync-state.ts';
import { resembles } from '../../src/plan/reword.ts';
import { FakeGateway } from '../helpers/fake-gateway.ts';
import { emptySyncState, item, plan, report, settings, sync, unchanged, writes } from './core-helpers.ts';

const web01 = item('Patch server web01 kernel');
const web02 = item('Patch server web02 kernel');
const other = item('Oppgradere til Openstack Newton');

test('resembles: enough shared words, not only digits apart', () => {
  assert.equal(resembles('Patch server web01 kernel', 'Patch server web02 kernel'), false);
  assert.equal(resembles('Oppgradere til Openstack Newton', 'Oppgradere til Openstack Ocata'), true);
  // Two shared words are not enough, however high the score.
  assert.equal(resembles('Fix DNS', 'Fix DNS now'), false);
});

test('web01 -> web02 is a new item: the web01 card is left alone and web02 gets its own card', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('r.rst', [web01, other])]);
  const next = await sync(gw, first.state, [report('r.rst', [web02, other])]);
  assert.equal(next.counts.created, 1);
  assert.equal(next.counts.updated, 0);
  const old = gw.cards.find((c) => c.id === first.state.cards[web01.key]?.cardId);
  assert.equal(old?.name, 'Patch server web01 kernel');
  assert.ok(next.state.cards[web02.key]?.cardId);
});

test('a reworded item never takes over a card a person moved or archived', async () => {
  for (const personAct of ['moved', 'archived'] as const) {
    const gw = new FakeGateway();
    const before = item('Oppgradere til Openstack Newton');
    const after = item('Oppgradere til Openstack Ocata');
    const first = await sync(gw, emptySyncState(), [report('r.rst', [before])]);
    const cardId = first.state.cards[before.key]?.cardId ?? '';
    if (personAct === 'moved') {
      const done = { id: gw.id(), name: 'Done', closed: false, pos: 99999 };
      gw.lists.push(done);
      gw.personEdits(cardId, { idList: done.id });
    } else gw.personEdits(cardId, { closed: true });
    const next = await sync(gw, first.state, [report('r.rst', [after])]);
    assert.equal(next.counts.created, 1, personAct);
    assert.equal(gw.cards.find((c) => c.id === cardId)?.name, 'Oppgradere til Openstack Newton', personAct);
    assert.equal(next.state.cards[after.key]?.tombstone, null, personAct);
    assert.notEqual(next.state.cards[after.key]?.cardId, cardId, personAct);
  }
});

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

test('a failed archive of a vanished item is retried on the next run', async () => {
  const gw = new FakeGateway();
  const archive = { settings: settings({ vanished: 'archive' }) };
  const first = await sync(gw, emptySyncState(), [report('r.rst', [web01, other])], archive);
  gw.failNext('updateCard', 'refused');
  const failed = await sync(gw, first.state, [report('r.rst', [other])], archive);
  assert.equal(failed.failures.length, 1);
  assert.equal(failed.state.reports['r.rst']?.hash, first.state.reports['r.rst']?.hash);
  const retry = await sync(gw, failed.state, [report('r.rst', [other])], archive);
  assert.equal(retry.counts.archived, 1);
  assert.equal(gw.cards.find((c) => c.id === first.state.cards[web01.key]?.cardId)?.closed, true);
});

test('a deleted report is not forgotten while the archive of its items failed', async () => {
  const gw = new FakeGateway();
  const archive = { settings: settings({ vanished: 'archive' }) };
  const first = await sync(gw, emptySyncState(), [report('r.rst', [web01])], archive);
  gw.failNext('updateCard', 'refused');
  const failed = await sync(gw, first.state, [], { ...archive, removedReports: ['r.rst'] });
  assert.equal(failed.failures.length, 1);
  assert.ok(failed.state.reports['r.rst']);
  const retry = await sync(gw, failed.state, [], { ...archive, removedReports: ['r.rst'] });
  assert.equal(retry.counts.archived, 1);
  assert.equal(retry.state.reports['r.rst'], undefined);
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

function withIntent(state: SyncState, key: string): SyncState {
  const copy = structuredClone(state);
  const record = copy.cards[key];
  assert.ok(record);
  copy.cards[key] = { ...record, cardId: null };
  return copy;
}

test('a leftover create intent of an item gone from the reports is dropped when no card carries its marker', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('r.rst', [web01, other])]);
  gw.personDeletes(first.state.cards[web01.key]?.cardId ?? '');
  const state = withIntent(first.state, web01.key);
  const next = await sync(gw, state, [report('r.rst', [other])]);
  assert.equal(next.state.cards[web01.key], undefined);
  assert.deepEqual(
    Object.values(next.state.cards).filter((c) => c.cardId === null),
    [],
  );
});

test('a leftover create intent whose card exists is adopted and the vanished policy applies', async () => {
  const gw = new FakeGateway();
  const archive = { settings: settings({ vanished: 'archive' }) };
  const first = await sync(gw, emptySyncState(), [report('r.rst', [web01, other])], archive);
  const cardId = first.state.cards[web01.key]?.cardId;
  const state = withIntent(first.state, web01.key);
  state.reports = {};
  const next = await sync(gw, state, [report('r.rst', [other])], archive);
  assert.equal(next.state.cards[web01.key]?.cardId, cardId);
  assert.equal(gw.cards.find((c) => c.id === cardId)?.closed, true);
  assert.equal(next.state.cards[web01.key]?.archivedBySync, true);
});
