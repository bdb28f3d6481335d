/** An item reworded in its report: its card follows the new text, unless a person took the card or the match is ambiguous. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarker } from '../../src/plan/marker.ts';
import { resembles, similarity } from '../../src/plan/reword.ts';
import { FakeGateway } from '../helpers/fake-gateway.ts';
import { emptySyncState, item, report, sync } from './core-helpers.ts';

const newton = item('Oppgradere til Openstack Newton');
const ipv6 = item('IPv6 til instanser');
const disk = item('Teste oppsettet med sentral OS-disk');
const web01 = item('Patch server web01 kernel');
const web02 = item('Patch server web02 kernel');
const other = item('Oppgradere til Openstack Newton');

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

test('a reworded item takes over its card whatever a person changed on it, and keeps what they changed', async () => {
  const before = item('Oppgradere til Openstack Newton');
  const after = item('Oppgradere til Openstack Ocata');
  for (const personAct of ['moved', 'renamed', 'edited the description of'] as const) {
    const gw = new FakeGateway();
    const first = await sync(gw, emptySyncState(), [report('r.rst', [before])]);
    const cardId = first.state.cards[before.key]?.cardId ?? '';
    const doing = { id: gw.id(), name: 'Doing', closed: false, pos: 99999 };
    gw.lists.push(doing);
    const desc = gw.cards.find((c) => c.id === cardId)?.desc ?? '';
    const edit = {
      moved: { idList: doing.id },
      renamed: { name: 'Newton (Ola)' },
      'edited the description of': { desc: desc.replace('**Sources**', 'Ola: etter jul\n\n**Sources**') },
    }[personAct];
    gw.personEdits(cardId, edit);
    const next = await sync(gw, first.state, [report('r.rst', [after])]);
    assert.equal(next.counts.created, 0, `a person ${personAct} the card: no second card`);
    assert.equal(gw.cards.length, 1, personAct);
    const card = gw.cards.find((c) => c.id === cardId);
    assert.equal(next.state.cards[after.key]?.cardId, cardId, personAct);
    assert.equal(parseMarker(card?.desc ?? ''), after.key, `the marker follows the new text (${personAct})`);
    assert.equal(
      card?.idList,
      personAct === 'moved' ? doing.id : first.state.cards[before.key]?.written.idList,
    );
    assert.equal(card?.name, personAct === 'renamed' ? 'Newton (Ola)' : after.title, personAct);
    if (personAct === 'edited the description of') assert.match(card?.desc ?? '', /Ola: etter jul/);
  }
});

test('a reworded item never takes over a card a person archived: that card stays theirs', async () => {
  const gw = new FakeGateway();
  const before = item('Oppgradere til Openstack Newton');
  const after = item('Oppgradere til Openstack Ocata');
  const first = await sync(gw, emptySyncState(), [report('r.rst', [before])]);
  const cardId = first.state.cards[before.key]?.cardId ?? '';
  gw.personEdits(cardId, { closed: true });
  const next = await sync(gw, first.state, [report('r.rst', [after])]);
  assert.equal(next.counts.created, 1);
  assert.equal(gw.cards.find((c) => c.id === cardId)?.name, 'Oppgradere til Openstack Newton');
  assert.equal(next.state.cards[after.key]?.tombstone, null);
  assert.notEqual(next.state.cards[after.key]?.cardId, cardId);
});

test("next week's report rewords last week's item: the card follows, and lists both weeks", async () => {
  const gw = new FakeGateway();
  const week1 = report('uke_01.rst', [newton, ipv6], 'changed', { date: '2024-01-01' });
  const first = await sync(gw, emptySyncState(), [week1]);
  const ocata = item('Oppgradere til Openstack Ocata');
  const week2 = report('uke_02.rst', [ocata, ipv6], 'changed', { date: '2024-01-08' });
  const next = await sync(gw, first.state, [{ ...week1, status: 'unchanged' }, week2]);
  assert.deepEqual([next.counts.created, gw.cards.length], [0, 2]);
  const card = gw.cards.find((c) => c.id === first.state.cards[newton.key]?.cardId);
  assert.equal(card?.name, ocata.title);
  assert.match(card?.desc ?? '', /uke_01\.rst:10[\s\S]*uke_02\.rst:10/);
  assert.deepEqual(next.state.cards[ocata.key]?.formerKeys, [newton.key]);
  // The run after: week 1's old text is still the same item, nothing to do.
  const third = await sync(gw, next.state, [
    { ...week1, status: 'unchanged' },
    { ...week2, status: 'unchanged' },
  ]);
  assert.deepEqual([third.counts.created, third.counts.updated, gw.cards.length], [0, 0, 2]);
});

test('two weeks read together for the first time are two reports of their own: no guess, two cards', async () => {
  const gw = new FakeGateway();
  const week1 = report('uke_01.rst', [newton], 'changed', { date: '2024-01-01' });
  const week2 = report('uke_02.rst', [item('Oppgradere til Openstack Ocata')], 'changed', {
    date: '2024-01-08',
  });
  const first = await sync(gw, emptySyncState(), [week1, week2]);
  assert.equal(first.counts.created, 2);
});
