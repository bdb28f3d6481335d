import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarker } from '../../src/plan/marker.ts';
import { similarity } from '../../src/plan/reword.ts';
import { FakeGateway } from '../helpers/fake-gateway.ts';
import { emptySyncState, item, report, settings, sync } from './core-helpers.ts';

const newton = item('Oppgradere til Openstack Newton');
const ipv6 = item('IPv6 til instanser');
const disk = item('Teste oppsettet med sentral OS-disk');

test('similarity is the Jaccard index of the word sets, ignoring case and punctuation', () => {
  assert.equal(similarity('Oppgradere til Openstack Newton', 'oppgradere til OpenStack Ocata.'), 3 / 5);
  assert.equal(similarity('DNS', 'Privatnett'), 0);
  assert.equal(similarity('a b', 'b a'), 1);
});

test('one report edited: a reworded item updates its card, an added one is created, a removed one is kept', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('uke_30.rst', [newton, ipv6, disk])]);
  const ocata = item('Oppgradere til Openstack Ocata');
  const added = item('Flytte Ceph til nye servere');
  const edited = await sync(gw, first.state, [report('uke_30.rst', [ocata, ipv6, added])]);
  assert.deepEqual(
    { created: edited.counts.created, updated: edited.counts.updated, archived: edited.counts.archived },
    { created: 1, updated: 1, archived: 0 },
  );
  const cardId = first.state.cards[newton.key]?.cardId;
  const card = gw.cards.find((c) => c.id === cardId);
  assert.equal(card?.name, 'Oppgradere til Openstack Ocata');
  assert.equal(parseMarker(card?.desc ?? ''), ocata.key);
  assert.equal(edited.state.cards[ocata.key]?.cardId, cardId);
  assert.equal(edited.state.cards[newton.key], undefined);
  // The removed item's card is kept (policy keep), open and untouched.
  const diskCard = gw.cards.find((c) => c.id === first.state.cards[disk.key]?.cardId);
  assert.equal(diskCard?.closed, false);
  assert.equal(gw.cards.length, 4);
});

test('an old item that resembles two new ones is a conflict: nothing guessed, the report stays pending', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('r.rst', [newton, ipv6])]);
  const ocata = item('Oppgradere til Openstack Ocata');
  const pike = item('Oppgradere til Openstack Pike');
  const next = await sync(gw, first.state, [report('r.rst', [ocata, pike, ipv6])]);
  assert.equal(next.counts.conflicts, 1);
  assert.equal(next.counts.created, 0);
  assert.equal(gw.cards.length, 2);
  // The report is not recorded as synced at its new content: the next run plans it again.
  assert.equal(next.state.reports['r.rst']?.hash, first.state.reports['r.rst']?.hash);
  assert.match(next.plan.actions.find((a) => a.type === 'conflict')?.why ?? '', /Fix:/);
});

test('a reword in another section is a new item, not an update', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('r.rst', [newton])]);
  const elsewhere = item('Oppgradere til Openstack Ocata', { section: ['Annet'] });
  const next = await sync(gw, first.state, [report('r.rst', [elsewhere])]);
  assert.equal(next.counts.created, 1);
  assert.equal(next.counts.updated, 0);
});

for (const policy of ['comment', 'archive'] as const) {
  test(`a removed item under the vanished policy "${policy}" is ${policy === 'comment' ? 'commented on once' : 'archived'}`, async () => {
    const gw = new FakeGateway();
    const options = { settings: settings({ vanished: policy }) };
    const first = await sync(gw, emptySyncState(), [report('r.rst', [newton, ipv6])], options);
    const next = await sync(gw, first.state, [report('r.rst', [ipv6])], options);
    const card = gw.cards.find((c) => c.id === first.state.cards[newton.key]?.cardId);
    if (policy === 'comment') {
      assert.equal(next.counts.commented, 1);
      assert.equal(gw.comments.length, 1);
      const again = await sync(gw, next.state, [report('r.rst', [ipv6, disk])], options);
      assert.equal(again.counts.commented, 0);
    } else {
      assert.equal(next.counts.archived, 1);
      assert.equal(card?.closed, true);
      // The item comes back: report-sync archived it, so report-sync reopens it.
      await sync(gw, next.state, [report('r.rst', [ipv6, newton])], options);
      assert.equal(card?.closed, false);
    }
  });
}

test('items of a report that could not be read never vanish', async () => {
  const gw = new FakeGateway();
  const options = { settings: settings({ vanished: 'archive' }) };
  const first = await sync(gw, emptySyncState(), [report('r.rst', [newton])], options);
  const stored = first.state.reports['r.rst'];
  assert.ok(stored);
  const next = await sync(gw, first.state, [{ id: 'r.rst', status: 'unavailable', record: stored }], options);
  assert.equal(next.counts.archived, 0);
  assert.equal(gw.cards[0]?.closed, false);
});
