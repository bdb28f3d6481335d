/**
 * Every write to an existing card is recorded as an intent before it is sent
 * (apply/steps.ts), and settled by the next plan (plan/pending.ts): a save
 * that fails after a write, or a write whose answer is lost, never makes
 * report-sync's own write read as a person's edit, nor posts a comment twice.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyPlan } from '../../src/apply/index.ts';
import { StateError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log/logger.ts';
import type { ReportInput } from '../../src/plan/types.ts';
import { isSettled, type SyncState } from '../../src/state/sync-state.ts';
import { summarizeSyncState } from '../../src/state/sync-summary.ts';
import { FakeGateway } from '../helpers/fake-gateway.ts';
import {
  emptySyncState,
  item,
  NOW,
  plan,
  type PlanOptions,
  report,
  settings,
  sync,
  unchanged,
  writes,
} from './core-helpers.ts';

const DUE = '2024-06-01T12:00:00.000Z';
const web01 = item('Patch server web01 kernel', { kind: 'todo' });
const dns = item('Flytte DNS til nye servere', { checklist: ['dev', 'prod'] });
const ipv6 = item('IPv6 til instanser');
const archive: PlanOptions = { settings: settings({ vanished: 'archive' }) };

/** Applies the plan for `reports`, with the save numbered `failAt` failing; the state as last saved. */
async function savesFailingAt(
  gw: FakeGateway,
  state: SyncState,
  reports: ReportInput[],
  failAt: number,
  options: PlanOptions = {},
): Promise<SyncState> {
  let persisted = state;
  let saves = 0;
  const applying = applyPlan(await plan(gw, state, reports, options), state, {
    gateway: gw,
    checkpoint: async (saved) => {
      if (++saves === failAt) throw new StateError('no space left on the device');
      persisted = structuredClone(saved);
    },
    logger: silentLogger(),
    now: () => NOW,
  });
  await assert.rejects(applying, StateError);
  return persisted;
}

const cardOf = (gw: FakeGateway, state: SyncState, key: string) =>
  gw.cards.find((c) => c.id === state.cards[key]?.cardId);

/** The week after: a second report (the newest) gives web01 a due date, so its card's due date and sources are updated. */
const nextWeek = [report('a.rst', [web01]), report('b.rst', [{ ...web01, due: '2024-06-01' }])];

test('the save after an update fails: the update was written, and the next plan takes it as report-sync’s', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('a.rst', [web01])]);
  // Save 1 is the update's intent, save 2 the one after the write.
  const persisted = await savesFailingAt(gw, first.state, nextWeek, 2);
  assert.equal(cardOf(gw, persisted, web01.key)?.due, DUE, 'the update reached the board');
  assert.ok(persisted.cards[web01.key]?.pending, 'and is remembered as pending');
  assert.equal(summarizeSyncState(persisted).confirmed, false, 'a pending write is no quiet no-op');

  const next = await sync(gw, persisted, nextWeek);
  assert.deepEqual(writes(next.plan), [], 'the card is as the reports want it already');
  assert.equal(next.counts.skipped, 0, 'nothing is left as a person’s edit');
  const record = next.state.cards[web01.key];
  assert.ok(record && isSettled(record));
  assert.deepEqual(record.personFields, []);
  assert.equal(record.written.due, DUE);
  assert.deepEqual(record.sources, ['a.rst', 'b.rst']);
  assert.equal(summarizeSyncState(next.state).confirmed, true);

  // From then on the card is report-sync's to update as before.
  const later = await sync(gw, next.state, [
    report('a.rst', [web01]),
    report('b.rst', [{ ...web01, due: '2024-06-08' }]),
  ]);
  assert.deepEqual(writes(later.plan), ['update']);
  assert.equal(cardOf(gw, later.state, web01.key)?.due, '2024-06-08T12:00:00.000Z');
});

test('a person’s edit made after the failed save is still theirs; the rest of the write is report-sync’s', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('a.rst', [web01])]);
  const persisted = await savesFailingAt(gw, first.state, nextWeek, 2);
  const cardId = persisted.cards[web01.key]?.cardId ?? '';
  gw.personEdits(cardId, { due: '2024-06-14T09:00:00.000Z' });

  const next = await sync(gw, persisted, nextWeek);
  assert.deepEqual(
    next.state.cards[web01.key]?.personFields,
    ['due'],
    'not sources: those are report-sync’s',
  );
  assert.equal(
    next.state.cards[web01.key]?.written.due,
    null,
    'what report-sync wrote before stays recorded',
  );
  assert.equal(next.counts.skipped, 1);
  assert.deepEqual(writes(next.plan), []);
  assert.equal(gw.cards.find((c) => c.id === cardId)?.due, '2024-06-14T09:00:00.000Z');
});

test('the intent of an update cannot be saved: nothing is sent, and the next run writes it', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('a.rst', [web01])]);
  const calls = gw.calls.length;
  const persisted = await savesFailingAt(gw, first.state, nextWeek, 1);
  assert.deepEqual(
    gw.calls.slice(calls).filter((m) => m === 'updateCard'),
    [],
  );
  assert.deepEqual(persisted, first.state);
  const next = await sync(gw, persisted, nextWeek);
  assert.deepEqual(writes(next.plan), ['update']);
  assert.equal(next.counts.skipped, 0);
});

test('an update whose answer is lost is settled by the next plan as report-sync’s, not a person’s', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('a.rst', [web01])]);
  gw.failNext('updateCard', 'lost-answer');
  const lost = await sync(gw, first.state, nextWeek);
  assert.equal(lost.failures.length, 1);
  assert.ok(lost.state.cards[web01.key]?.pending);
  const next = await sync(gw, lost.state, nextWeek);
  assert.equal(next.counts.skipped, 0);
  assert.deepEqual(writes(next.plan), []);
  assert.ok(Object.values(next.state.cards).every(isSettled));
});

test('an update refused is put back: no pending write is left in the state', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('a.rst', [web01])]);
  gw.failNext('updateCard', 'refused');
  const refused = await sync(gw, first.state, nextWeek);
  assert.equal(refused.failures.length, 1);
  assert.deepEqual(refused.state.cards[web01.key], first.state.cards[web01.key]);
});

test('a refused comment is recorded as not posted again, and posted by the next run once', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('a.rst', [web01])]);
  const done = [report('a.rst', [{ ...web01, status: 'done' }])];
  gw.failNext('addComment', 'refused');
  const refused = await sync(gw, first.state, done);
  assert.equal(refused.failures.length, 1);
  assert.equal(refused.state.cards[web01.key]?.doneIn, null);
  const next = await sync(gw, refused.state, done);
  assert.equal(next.counts.completed, 1);
  assert.equal(gw.comments.length, 1);
  assert.equal(next.state.cards[web01.key]?.doneIn, 'a.rst');
});

/**
 * Week 2 of three items: web01 done (moved, commented on), dns in a second report (sources) that checks
 * its `dev`, ipv6 gone (archived).
 */
async function weekTwo(): Promise<{ gw: FakeGateway; state: SyncState; reports: ReportInput[] }> {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('a.rst', [web01, dns, ipv6])], archive);
  const dnsChecked = {
    ...dns,
    checklist: [
      { text: 'dev', checked: true },
      { text: 'prod', checked: false },
    ],
  };
  const reports = [report('a.rst', [{ ...web01, status: 'done' }, dns]), report('b.rst', [dnsChecked])];
  return { gw, state: first.state, reports };
}

test('killed at every save of a run that updates, checks, comments and archives: the rerun leaves nothing as a person’s, posts nothing twice', async () => {
  const clean = await weekTwo();
  const saves = (await sync(clean.gw, clean.state, clean.reports, archive)).checkpoints;
  assert.ok(saves >= 9, `intent and record for each of 2 updates, a check, a comment, an archive: ${saves}`);
  for (let failAt = 1; failAt <= saves; failAt++) {
    const { gw, state, reports } = await weekTwo();
    const persisted = await savesFailingAt(gw, state, reports, failAt, archive);
    const rerun = await sync(gw, persisted, reports, archive);
    const at = `save ${failAt} failed`;
    assert.deepEqual(rerun.failures, [], at);
    assert.equal(
      rerun.counts.skipped,
      0,
      `${at}: ${JSON.stringify(rerun.plan.actions.filter((a) => a.type === 'skip' || (a.type === 'record' && a.event === 'tombstone')))}`,
    );
    assert.ok(
      Object.values(rerun.state.cards).every(
        (r) => isSettled(r) && r.personFields.length === 0 && r.tombstone === null,
      ),
      at,
    );
    const web01Card = cardOf(gw, rerun.state, web01.key);
    assert.equal(gw.comments.filter((c) => c.cardId === web01Card?.id).length, 1, `${at}: one done comment`);
    assert.equal(cardOf(gw, rerun.state, ipv6.key)?.closed, true, at);
    assert.equal(rerun.state.cards[ipv6.key]?.archivedBySync, true, `${at}: archived by report-sync`);
    assert.deepEqual(
      rerun.state.cards[dns.key]?.written.checklist?.complete,
      ['dev'],
      `${at}: checked by report-sync`,
    );
    assert.deepEqual(rerun.leftToPeople, [], at);
    const after = await plan(gw, rerun.state, unchanged(reports), archive);
    assert.deepEqual(writes(after), [], `${at}: nothing left to do`);
  }
});

test('an archive whose save failed is report-sync’s: its card is reopened when the item is back', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('a.rst', [web01, dns])], archive);
  // Save 1 is the archive's intent, save 2 the one after the card was closed.
  const persisted = await savesFailingAt(gw, first.state, [report('a.rst', [dns])], 2, archive);
  assert.equal(cardOf(gw, persisted, web01.key)?.closed, true);
  const back = await sync(gw, persisted, [report('a.rst', [web01, dns])], archive);
  assert.equal(back.counts.skipped, 0, 'not taken for a person’s archive');
  assert.equal(cardOf(gw, back.state, web01.key)?.closed, false, 'reopened');
});
