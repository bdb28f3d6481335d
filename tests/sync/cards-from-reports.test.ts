/** From items to cards: one card per item, in its kind's list, with its sources, checklist, labels and members. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarker } from '../../src/plan/marker.ts';
import { formatWarning } from '../../src/warnings.ts';
import { FakeGateway } from '../helpers/fake-gateway.ts';
import { emptySyncState, item, plan, report, settings, sync, unchanged, writes } from './core-helpers.ts';

const upgrade = item('Oppgradere til Openstack Newton', { checklist: ['Test i dev', 'Rull ut i prod'] });
const ipv6 = item('IPv6 til instanser');
const dns = item('DNS', { kind: 'todo', section: ['Tjenester'] });

test('an item in two reports is one card listing both reports as sources', async () => {
  const gw = new FakeGateway();
  const reports = [report('2016/uke_08.rst', [upgrade, ipv6]), report('2016/uke_09.rst', [ipv6, dns])];
  const made = await plan(gw, emptySyncState(), reports);
  const creates = made.actions.filter((a) => a.type === 'create');
  assert.equal(creates.length, 3);
  const ipv6Card = creates.find((a) => a.key === ipv6.key);
  assert.ok(ipv6Card?.type === 'create');
  assert.deepEqual(ipv6Card.card.sources, ['2016/uke_08.rst', '2016/uke_09.rst']);
  assert.match(ipv6Card.card.desc, /uke_08\.rst:10/);
  assert.match(ipv6Card.card.desc, /uke_09\.rst:10/);
  assert.equal(parseMarker(ipv6Card.card.desc), ipv6.key);
  // Both lists and both labels are missing on an empty board: created once each, before any card.
  assert.deepEqual(
    made.actions
      .slice(0, 4)
      .map((a) => (a.type === 'ensure-list' || a.type === 'ensure-label' ? `${a.type} ${a.name}` : a.type))
      .sort(),
    ['ensure-label Planned', 'ensure-label TODO', 'ensure-list Planned', 'ensure-list TODO'],
  );
});

test('applying creates cards in the list of their kind, with checklist, kind label and marker', async () => {
  const gw = new FakeGateway();
  const { counts, state } = await sync(gw, emptySyncState(), [report('a.rst', [upgrade, dns])]);
  assert.equal(counts.created, 2);
  const listName = (id: string) => gw.lists.find((l) => l.id === id)?.name;
  const byKey = new Map<string | null, (typeof gw.cards)[number]>(
    gw.cards.map((c) => [parseMarker(c.desc), c]),
  );
  const upgradeCard = byKey.get(upgrade.key);
  const dnsCard = byKey.get(dns.key);
  assert.ok(upgradeCard && dnsCard);
  assert.equal(listName(upgradeCard.idList), 'Planned');
  assert.equal(listName(dnsCard.idList), 'TODO');
  assert.equal(upgradeCard.name, 'Oppgradere til Openstack Newton');
  assert.deepEqual(
    gw.checklists.filter((c) => c.idCard === upgradeCard.id).map((c) => c.checkItems.map((i) => i.name)),
    [['Test i dev', 'Rull ut i prod']],
  );
  assert.deepEqual(
    dnsCard.idLabels.map((id) => gw.labels.find((l) => l.id === id)?.name),
    ['TODO'],
  );
  assert.equal(state.cards[upgrade.key]?.cardId, upgradeCard.id);
  assert.equal(state.reports['a.rst']?.items.length, 2);
});

test('a second plan over the same reports writes nothing', async () => {
  const gw = new FakeGateway();
  const reports = [report('a.rst', [upgrade, ipv6]), report('b.rst', [ipv6, dns])];
  const first = await sync(gw, emptySyncState(), reports);
  const again = await plan(gw, first.state, unchanged(reports));
  assert.deepEqual(writes(again), []);
  assert.equal(again.unchanged, 3);
});

test('a later report mentioning a known item adds a source, never a second card', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('a.rst', [ipv6])]);
  const second = await sync(gw, first.state, [report('a.rst', [ipv6], 'unchanged'), report('b.rst', [ipv6])]);
  assert.equal(gw.cards.length, 1);
  assert.equal(second.counts.created, 0);
  assert.equal(second.counts.sourcesAdded, 1);
  assert.equal(second.counts.updated, 0);
  assert.match(gw.cards[0]?.desc ?? '', /b\.rst:10/);
});

test('owners become members through the roster; unknown owners are warned about, not fatal', async () => {
  const gw = new FakeGateway();
  const raymond = gw.addMember('raymondk', 'Raymond Kristiansen');
  const owned = item('Skrive SLA (Raymond, Ola)', { kind: 'todo', owners: ['Raymond', 'Ola'] });
  const made = await plan(gw, emptySyncState(), [report('a.rst', [owned])], {
    settings: settings({ people: { Raymond: 'raymondk', Ola: 'olan' } }),
  });
  const create = made.actions.find((a) => a.type === 'create');
  assert.ok(create?.type === 'create');
  assert.deepEqual(create.card.idMembers, [raymond.id]);
  assert.match(made.warnings.map(formatWarning).join('\n'), /Ola/);
});

test('a long text keeps its full text in the description; many sources are capped, newest kept', async () => {
  const gw = new FakeGateway();
  const long = item(`${'Langt punkt '.repeat(20)}slutt`);
  const reports = Array.from({ length: 400 }, (_, i) =>
    report(`r/${String(i).padStart(3, '0')}.rst`, [long], 'changed', {
      title: `Rapport ${i} ${'x'.repeat(40)}`,
    }),
  );
  const made = await plan(gw, emptySyncState(), reports);
  const create = made.actions.find((a) => a.type === 'create');
  assert.ok(create?.type === 'create');
  assert.ok(create.card.name.endsWith('…'));
  assert.ok(
    create.card.desc.startsWith(
      `From Rapport 399 ${'x'.repeat(40)} › Planlagte aktiviteter · 400 reports\n\n${long.text}`,
    ),
  );
  assert.ok(create.card.desc.length <= 15_000);
  assert.match(create.card.desc, /and \d+ more/);
  assert.match(create.card.desc, /r\/399\.rst/);
  assert.equal(parseMarker(create.card.desc), long.key);
});

test('with per-report labels, each card is labelled with every report it appears in', async () => {
  const gw = new FakeGateway();
  const options = { settings: settings({ perReportLabels: true }) };
  const { state } = await sync(
    gw,
    emptySyncState(),
    [report('a.rst', [ipv6], 'changed', { title: 'Uke 8' })],
    options,
  );
  await sync(
    gw,
    state,
    [
      report('a.rst', [ipv6], 'unchanged', { title: 'Uke 8' }),
      report('b.rst', [ipv6], 'changed', { title: 'Uke 9' }),
    ],
    options,
  );
  const names = gw.cards[0]?.idLabels.map((id) => gw.labels.find((l) => l.id === id)?.name).sort();
  assert.deepEqual(names, ['Planned', 'Uke 8', 'Uke 9']);
});
