/** Items gone from a report that was read: kept, commented on once or archived, by policy; retried until done. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeGateway } from '../helpers/fake-gateway.ts';
import { emptySyncState, item, report, settings, sync } from './core-helpers.ts';

const newton = item('Oppgradere til Openstack Newton');
const ipv6 = item('IPv6 til instanser');
const disk = item('Teste oppsettet med sentral OS-disk');
const web01 = item('Patch server web01 kernel');
const other = item('Oppgradere til Openstack Newton');

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
