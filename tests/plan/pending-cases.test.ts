/**
 * A write recorded as pending before it was sent (its save after failed, or
 * its outcome is unknown), settled by the next plan against the card: a
 * field reading as the pending value is report-sync's own, one reading as
 * neither is a person's, and pending is trusted by that one plan only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PendingWrite } from '../../src/state/sync-state.ts';
import { type Case, CHECKLIST_WRITTEN, planCase, RECORD, shown } from './item-fixture.ts';

const DUE = '2024-06-01T12:00:00.000Z';
const NAME = 'Oppgradere til Openstack Ocata';

function pending(fields: PendingWrite['fields'], closed: boolean | null = null): PendingWrite {
  const { kind, title, sources, tombstone, vanishedNoticeAt, doneIn } = RECORD;
  return {
    fields,
    closed,
    then: { kind, title, sources, tombstone, archivedBySync: closed === true, vanishedNoticeAt, doneIn },
  };
}

/** The update of name and due date the report asks for, sent, and its save failed. */
const UPDATE = pending({ name: { name: NAME }, due: { due: DUE } });

function planned(c: Omit<Case, 'name' | 'expect'>) {
  const plan = planCase({ ...c, name: '', expect: [] });
  const settled = plan.actions.find((a) => a.type === 'record' && a.event === 'settled');
  return { actions: plan.actions.map(shown), record: settled?.type === 'record' ? settled.record : null };
}

test('the card reads as the pending values: they are report-sync’s, nothing to write, nothing left to people', () => {
  const { actions, record } = planned({
    record: { pending: UPDATE },
    card: { name: NAME, due: DUE },
    item: { title: NAME, due: '2024-06-01' },
  });
  assert.deepEqual(actions, ['record:settled']);
  assert.equal(record?.pending, undefined, 'the settled record holds no pending write');
  assert.equal(record?.written.name, NAME);
  assert.equal(record?.written.due, DUE);
});

test('a field that reads as neither the written nor the pending value is a person’s; the one that reads as pending is ours', () => {
  const { actions, record } = planned({
    record: { pending: UPDATE },
    card: { name: NAME, due: '2024-06-07T09:00:00.000Z' },
    item: { title: NAME, due: '2024-06-01' },
  });
  assert.deepEqual(actions, ['record:settled', 'record:person-changed', 'skip:person-changed']);
  assert.equal(record?.written.name, NAME);
  assert.equal(record?.written.due, null, 'what was written before stays: the card differs from it');
});

test('a field still as written before (the write never reached the card) is report-sync’s, and is written', () => {
  const { actions, record } = planned({
    record: { pending: UPDATE },
    item: { title: NAME, due: '2024-06-01' },
  });
  assert.deepEqual(actions, ['record:settled', 'update:name,due']);
  assert.deepEqual(record && { ...record, updatedAt: RECORD.updatedAt }, RECORD);
});

test('pending is trusted by one plan only: a refused write’s values, set later by a person, are the person’s', () => {
  // The write was refused: the card kept its values, and this plan drops the intent.
  const first = planned({ record: { pending: UPDATE } });
  assert.deepEqual(first.actions, ['record:settled']);
  assert.ok(first.record);
  assert.equal(first.record.pending, undefined);
  // Then a person sets the very values the refused write had: theirs, not report-sync's.
  const later = planCase({
    name: 'later',
    record: first.record,
    card: { name: NAME, due: DUE },
    expect: [],
  });
  assert.deepEqual(later.actions.map(shown), ['record:person-changed', 'skip:person-changed']);
});

test('a card found archived with an archive pending is report-sync’s archive: reopened when its item is back', () => {
  const { actions, record } = planned({
    record: { pending: pending({}, true) },
    card: { closed: true },
    item: {},
  });
  assert.deepEqual(actions, ['record:settled', 'update:+reopen']);
  assert.equal(record?.archivedBySync, true);
  assert.equal(record?.tombstone, null);
});

test('a card archived without that intent is a person’s archive: tombstoned, not reopened', () => {
  assert.deepEqual(planned({ card: { closed: true }, item: {} }).actions, ['record:tombstone']);
});

test('an archive pending on a card still open did not happen: the intent is dropped', () => {
  const { actions, record } = planned({ record: { pending: pending({}, true) } });
  assert.deepEqual(actions, ['record:settled']);
  assert.equal(record?.archivedBySync, false);
  assert.equal(record?.pending, undefined);
});

test('a reopen pending on a card found open is report-sync’s reopen, not a person’s', () => {
  const { actions, record } = planned({
    record: { archivedBySync: true, pending: { ...pending({}, false), then: { ...UPDATE.then } } },
    item: {},
  });
  assert.deepEqual(actions, ['record:settled']);
  assert.equal(record?.archivedBySync, false);
});

test('a check item found in the state report-sync was setting is its own; the next report unchecking it is followed', () => {
  const checked = { ...pending({}), checklist: { ...CHECKLIST_WRITTEN, complete: ['dev'] } };
  const first = planned({
    record: { pending: checked },
    checklist: ['dev ✓'],
    item: { checklist: [{ text: 'dev', checked: true }] },
  });
  assert.deepEqual(first.actions, ['record:settled']);
  assert.deepEqual(first.record?.written.checklist?.complete, ['dev']);
  assert.ok(first.record);
  const unchecked = planCase({
    name: 'unchecked',
    record: first.record,
    checklist: ['dev ✓'],
    item: { checklist: [{ text: 'dev', checked: false }] },
    expect: [],
  });
  assert.deepEqual(unchecked.actions.map(shown), ['check-items:dev-']);
});

test('a check state pending that never reached the card is set again', () => {
  const checked = { ...pending({}), checklist: { ...CHECKLIST_WRITTEN, complete: ['dev'] } };
  const { actions, record } = planned({
    record: { pending: checked },
    item: { checklist: [{ text: 'dev', checked: true }] },
  });
  assert.deepEqual(actions, ['record:settled', 'check-items:dev+']);
  assert.deepEqual(record?.written.checklist?.complete, []);
});
