import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarker } from '../../src/plan/marker.ts';
import { FakeGateway } from '../helpers/fake-gateway.ts';
import {
  emptySyncState,
  entries,
  item,
  plan,
  report,
  settings,
  sync,
  unchanged,
  writes,
} from './core-helpers.ts';

const a = item('Oppgradere til Openstack Newton');
const b = item('IPv6 til instanser');
const c = item('Teste oppsettet med sentral OS-disk');
const d = item('Jobbe videre med Designate og Ceilometer');

async function syncedBoard() {
  const gw = new FakeGateway();
  const reports = [report('uke_30.rst', [a, b, c, d])];
  const first = await sync(gw, emptySyncState(), reports);
  const card = (key: string) => {
    const found = gw.cards.find((x) => parseMarker(x.desc) === key);
    assert.ok(found);
    return found;
  };
  return { gw, reports, state: first.state, card };
}

test('renamed, moved, archived and deleted cards stay as the person left them', async () => {
  const { gw, reports, state, card } = await syncedBoard();
  const other = await gw.createList(gw.boardRef.id, 'Doing');
  gw.personEdits(card(a.key).id, { name: 'Newton (renamed by Ola)' });
  gw.personEdits(card(b.key).id, { idList: other.id });
  gw.personEdits(card(c.key).id, { closed: true });
  gw.personDeletes(card(d.key).id);
  // The report changes too, so that every card would otherwise get a new source.
  const next = [...unchanged(reports), report('uke_31.rst', [a, b, c, d])];
  const second = await sync(gw, state, next);

  assert.equal(second.counts.created, 0);
  assert.equal(card(a.key).name, 'Newton (renamed by Ola)');
  assert.equal(card(b.key).idList, other.id);
  assert.equal(card(c.key).closed, true);
  assert.equal(gw.cards.length, 3);
  assert.equal(second.state.cards[c.key]?.tombstone?.reason, 'archived');
  assert.equal(second.state.cards[d.key]?.tombstone?.reason, 'deleted');
  assert.deepEqual(second.state.cards[a.key]?.personFields, ['name']);
  assert.deepEqual(second.state.cards[b.key]?.personFields, ['idList']);
  // Fields still ours are still updated: the renamed card gets its new source.
  assert.match(card(a.key).desc, /uke_31\.rst/);
  assert.equal(card(c.key).desc.includes('uke_31.rst'), false);

  // And the run after that leaves them alone without re-logging anything.
  const third = await plan(gw, second.state, unchanged(next));
  assert.deepEqual(writes(third), []);
  assert.equal(third.actions.filter((x) => x.type === 'skip' && x.reason === 'person-changed').length, 0);
});

test('--revive re-creates a deleted card and reopens an archived one', async () => {
  const { gw, reports, state, card } = await syncedBoard();
  gw.personEdits(card(c.key).id, { closed: true });
  gw.personDeletes(card(d.key).id);
  const tombstoned = await sync(gw, state, unchanged(reports));
  const revived = await sync(gw, tombstoned.state, unchanged(reports), {
    settings: settings({ revive: true }),
  });
  assert.equal(revived.counts.created, 1);
  assert.equal(card(c.key).closed, false);
  assert.equal(card(d.key).closed, false);
  assert.equal(revived.state.cards[c.key]?.tombstone, null);
  assert.equal(revived.state.cards[d.key]?.tombstone, null);
});

test('a card a person reopens is synced again', async () => {
  const { gw, reports, state, card } = await syncedBoard();
  gw.personEdits(card(c.key).id, { closed: true });
  const tombstoned = await sync(gw, state, unchanged(reports));
  gw.personEdits(card(c.key).id, { closed: false });
  const next = await sync(gw, tombstoned.state, [...unchanged(reports), report('uke_31.rst', [c])]);
  assert.equal(next.state.cards[c.key]?.tombstone, null);
  assert.match(card(c.key).desc, /uke_31\.rst/);
});

test('a field a person changed is left alone while the others keep following the reports', async () => {
  const { gw, state, card } = await syncedBoard();
  const id = card(a.key).id;
  gw.personEdits(id, { desc: 'Notes by a person, marker removed' });
  const edited = report('uke_30.rst', [item(a.text, { kind: 'todo' }), b, c, d]);
  const next = await sync(gw, state, [edited]);
  const after = gw.cards.find((x) => x.id === id);
  assert.equal(after?.desc, 'Notes by a person, marker removed');
  assert.equal(gw.lists.find((l) => l.id === after.idList)?.name, 'TODO');
  // The marker and the sources went with the person's text: the whole description is theirs.
  assert.deepEqual(next.state.cards[a.key]?.personFields, ['desc', 'sources']);
});

test('lists and labels are found by name and never created twice', async () => {
  const gw = new FakeGateway();
  const planned = await gw.createList(gw.boardRef.id, 'planned');
  await gw.createLabel(gw.boardRef.id, 'Planned', 'green');
  const made = await plan(gw, emptySyncState(), [report('r.rst', [a])]);
  assert.deepEqual(
    made.actions.filter((x) => x.type === 'ensure-list' || x.type === 'ensure-label'),
    [],
  );
  const create = made.actions.find((x) => x.type === 'create');
  assert.ok(create?.type === 'create');
  assert.equal(create.card.list.id, planned.id);
});

test("a report's checklist that grows gets the new items; an entry a report drops stays on the card", async () => {
  const gw = new FakeGateway();
  const withList = item('Oppgradere til Openstack Newton', { checklist: ['dev'] });
  const first = await sync(gw, emptySyncState(), [report('r.rst', [withList])]);
  const grown = await sync(gw, first.state, [
    report('r.rst', [{ ...withList, checklist: entries(['dev', 'prod']) }]),
  ]);
  assert.deepEqual(
    gw.checklists.map((c) => c.checkItems.map((i) => i.name)),
    [['dev', 'prod']],
  );
  assert.equal(grown.counts.updated, 1);
  const changed = await plan(gw, grown.state, [
    report('r.rst', [{ ...withList, checklist: entries(['prod']) }]),
  ]);
  assert.deepEqual(writes(changed), []);
});
