/** The applier reads each card again right before it writes it, and leaves what a person changed meanwhile. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyPlan } from '../../src/apply/index.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { parseMarker } from '../../src/plan/marker.ts';
import { FakeGateway } from '../helpers/fake-gateway.ts';
import { NOW, emptySyncState, item, plan, report, sync, writes } from './core-helpers.ts';

const apply = (gw: FakeGateway, made: Awaited<ReturnType<typeof plan>>, state = emptySyncState()) =>
  applyPlan(made, state, { gateway: gw, checkpoint: async () => {}, logger: silentLogger(), now: () => NOW });

test('a description a person edits between the snapshot and the write keeps their text; the sources still come', async () => {
  const gw = new FakeGateway();
  const before = item('Bestille disker', { description: 'Fra Dell.' });
  const first = await sync(gw, emptySyncState(), [report('uke_1.rst', [before])]);
  const after = { ...before, description: 'Fra Dell, to rack.' };
  const made = await plan(gw, first.state, [
    report('uke_1.rst', [before], 'unchanged'),
    report('uke_2.rst', [after]),
  ]);
  const update = made.actions.find((a) => a.type === 'update');
  assert.deepEqual(update?.type === 'update' && update.fields, ['desc', 'sources']);

  const card = gw.cards[0];
  assert.ok(card);
  gw.personEdits(card.id, { desc: card.desc.replace('Fra Dell.', 'Kari: Dell er tom, prøv HPE.') });
  const result = await apply(gw, made, first.state);

  assert.match(card.desc, /Kari: Dell er tom, prøv HPE\./, "the person's text stays");
  assert.doesNotMatch(card.desc, /to rack/);
  assert.match(card.desc, /uke_2\.rst:10/, 'the new source is written');
  assert.equal(parseMarker(card.desc), before.key);
  assert.deepEqual(result.leftToPeople, [{ key: before.key, title: before.title, fields: ['desc'] }]);
  assert.equal(result.counts.leftToPeople, 1);
  assert.deepEqual(result.state.cards[before.key]?.personFields, ['desc']);
  // The next plan knows the description is the person's: nothing to write, nothing said again.
  const next = await plan(gw, result.state, [
    report('uke_1.rst', [before], 'unchanged'),
    report('uke_2.rst', [after], 'unchanged'),
  ]);
  assert.deepEqual(writes(next), []);
});

test('a card deleted between the plan and its write is not written, and said', async () => {
  const gw = new FakeGateway();
  const a = item('Bestille disker');
  const first = await sync(gw, emptySyncState(), [report('uke_1.rst', [a])]);
  const made = await plan(gw, first.state, [report('uke_1.rst', [a], 'unchanged'), report('uke_2.rst', [a])]);
  gw.personDeletes(gw.cards[0]?.id ?? '');
  const result = await apply(gw, made, first.state);
  assert.deepEqual(result.failures, []);
  assert.equal(gw.calls.includes('updateCard'), false);
  assert.deepEqual(result.leftToPeople[0]?.fields, ['card (deleted since the plan)']);
});

test('cards are read again in batches of ten, each batch right before its writes', async () => {
  const gw = new FakeGateway();
  const items = Array.from({ length: 25 }, (_, i) => item(`Bestille disker til rack ${i + 1}`));
  const first = await sync(gw, emptySyncState(), [report('uke_1.rst', items)]);
  const made = await plan(gw, first.state, [
    report('uke_1.rst', items, 'unchanged'),
    report('uke_2.rst', items),
  ]);
  const start = gw.calls.length;
  await apply(gw, made, first.state);
  const calls = gw.calls.slice(start).map((c) => (c === 'readCards' ? 'R' : c === 'updateCard' ? 'u' : c));
  assert.equal(calls.join(''), `R${'u'.repeat(10)}R${'u'.repeat(10)}R${'u'.repeat(5)}`);
});
