import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SyncState } from '../../src/state/sync-state.ts';
import { FakeGateway, type InjectedFailure } from '../helpers/fake-gateway.ts';
import { emptySyncState, entries, item, plan, report, sync, unchanged, writes } from './core-helpers.ts';

const steps = ['dev', 'test', 'stage', 'prod'];
const upgrade = item('Oppgradere til Openstack Newton', { checklist: steps });
const grown = [...steps, 'rollback', 'docs', 'handover'];

const CUT_SHORT = ['cut-short', 'cut-short-applied', 'cut-short-refused'] as const;
/** Only a lost answer leaves an item in doubt, which takes a look at the board. */
const SNAPSHOTS_TO_SETTLE: Record<(typeof CUT_SHORT)[number], number> = {
  'cut-short': 1,
  'cut-short-applied': 1,
  'cut-short-refused': 0,
};

const items = (gw: FakeGateway) => gw.checklists.map((c) => c.checkItems.map((i) => i.name));
const recorded = (state: SyncState) => state.cards[upgrade.key]?.written.checklist?.items;

/** Syncs, and counts the calls the applier made (the planner's snapshot excluded). */
async function syncCounting(gw: FakeGateway, state: SyncState, checklist: string[]) {
  const reports = [report('uke_30.rst', [{ ...upgrade, checklist: entries(checklist) }])];
  const made = await plan(gw, state, reports);
  const before = gw.calls.length;
  const result = await sync(gw, state, reports);
  const calls = gw.calls.slice(before + 1);
  return { ...result, made, calls, snapshots: calls.filter((c) => c === 'snapshot').length };
}

for (const failure of CUT_SHORT) {
  test(`a new checklist cut short (${failure}) is completed from where it stopped, nothing added twice`, async () => {
    const gw = new FakeGateway();
    gw.failNext('addChecklist', failure);
    const result = await syncCounting(gw, emptySyncState(), steps);
    assert.deepEqual(result.failures, []);
    assert.deepEqual(items(gw), [steps]);
    assert.deepEqual(recorded(result.state), steps);
    assert.equal(result.snapshots, SNAPSHOTS_TO_SETTLE[failure]);
    assert.deepEqual(writes(await plan(gw, result.state, unchanged([report('uke_30.rst', [upgrade])]))), []);
  });

  test(`items appended to a grown checklist and cut short (${failure}) are completed, nothing added twice`, async () => {
    const gw = new FakeGateway();
    const first = await syncCounting(gw, emptySyncState(), steps);
    gw.failNext('addCheckItems', failure);
    const result = await syncCounting(gw, first.state, grown);
    assert.deepEqual(result.failures, []);
    assert.deepEqual(items(gw), [grown]);
    assert.deepEqual(recorded(result.state), grown);
    assert.equal(result.snapshots, SNAPSHOTS_TO_SETTLE[failure]);
  });
}

test('a refused check item is reported; the checklist is recorded as far as it got and the next run adds the rest', async () => {
  const gw = new FakeGateway();
  gw.failNext('addChecklist', 'cut-short-refused');
  gw.failNext('addCheckItems', 'refused');
  const failed = await syncCounting(gw, emptySyncState(), steps);
  assert.equal(failed.failures.length, 1);
  assert.match(failed.failures[0]?.message ?? '', /refused/);
  assert.deepEqual(items(gw), [steps.slice(0, 2)]);
  assert.deepEqual(recorded(failed.state), steps.slice(0, 2));

  const rerun = await syncCounting(gw, failed.state, steps);
  assert.deepEqual(rerun.failures, []);
  assert.deepEqual(
    rerun.made.actions
      .filter((a) => a.type === 'add-check-items')
      .map((a) => a.type === 'add-check-items' && a.items),
    [steps.slice(2)],
  );
  assert.deepEqual(items(gw), [steps]);
});

test('lost answers on every try leave an item in doubt; the next run finds it on the board and adds nothing twice', async () => {
  const gw = new FakeGateway();
  gw.failNext('addChecklist', 'cut-short');
  const lost: InjectedFailure[] = ['cut-short', 'cut-short', 'cut-short', 'cut-short-applied'];
  for (const failure of lost) gw.failNext('addCheckItems', failure);
  const failed = await syncCounting(gw, emptySyncState(), steps);
  assert.equal(failed.failures.length, 1);
  assert.deepEqual(items(gw), [steps], 'the last item made it, unconfirmed');
  assert.deepEqual(recorded(failed.state), steps.slice(0, 3));

  const rerun = await syncCounting(gw, failed.state, steps);
  assert.deepEqual(rerun.failures, []);
  assert.deepEqual(writes(rerun.made), []);
  assert.ok(rerun.made.actions.some((a) => a.type === 'record' && a.event === 'adopt'));
  assert.deepEqual(items(gw), [steps]);
  assert.deepEqual(recorded(rerun.state), steps);
  assert.deepEqual(rerun.state.cards[upgrade.key]?.personFields, []);
});

test('check items a person added are left as they are, and the items a newer report adds still come', async () => {
  const gw = new FakeGateway();
  const first = await syncCounting(gw, emptySyncState(), steps);
  await gw.addCheckItems(gw.checklists[0]?.id ?? '', ['coffee']);
  const next = await sync(gw, first.state, [
    report('uke_30.rst', [{ ...upgrade, checklist: entries(grown) }]),
  ]);
  assert.deepEqual(writes(next.plan), ['add-check-items']);
  assert.deepEqual(items(gw), [[...steps, 'coffee', 'rollback', 'docs', 'handover']]);
  assert.deepEqual(recorded(next.state), grown);
});
