/** The newest report decides an item's fields; due dates, owners and descriptions as the planner reads them. Pure. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayIn, dueInstant } from '../../src/plan/due.ts';
import { collectOccurrences, orderReports } from '../../src/plan/occurrences.ts';
import { memberResolver, unresolvedOwners } from '../../src/plan/owners.ts';
import { joinDescription, splitDescription } from '../../src/plan/render.ts';
import { item, report } from '../sync/core-helpers.ts';

test('reports are ordered by date, undated ones after dated ones, by path among equals', () => {
  const reports = [
    report('b.md', [], 'changed', { date: null }),
    report('z.md', [], 'changed', { date: '2024-05-01' }),
    report('a.md', [], 'changed', { date: null }),
    report('uke_10.md', [], 'changed', { date: '2024-05-08' }),
    report('uke_9.md', [], 'changed', { date: '2024-05-08' }),
  ];
  assert.deepEqual(
    orderReports(reports).map((r) => r.id),
    ['z.md', 'uke_9.md', 'uke_10.md', 'a.md', 'b.md'],
  );
});

test('two reports disagree: the newest by date decides kind, owners, checklist and due date, whatever their paths', () => {
  const older = item('Bestille disker', {
    kind: 'planned',
    owners: ['Kari'],
    checklist: ['a'],
    due: '2024-05-03',
  });
  const newer = item('Bestille disker', {
    kind: 'todo',
    owners: ['Ola'],
    checklist: ['a', 'b'],
    due: '2024-05-10',
  });
  const [merged] = collectOccurrences([
    report('a-first-by-path.md', [newer], 'changed', { date: '2024-05-06' }),
    report('z-last-by-path.md', [older], 'changed', { date: '2024-04-29' }),
  ]).values();
  assert.deepEqual(
    [merged?.item.kind, merged?.item.owners, merged?.item.checklist.length, merged?.item.due],
    ['todo', ['Ola'], 2, '2024-05-10'],
  );
  assert.deepEqual(
    merged?.sources.map((s) => s.reportId),
    ['z-last-by-path.md', 'a-first-by-path.md'],
    'sources oldest first, the newest last',
  );
});

test('a done item keeps the due date and owners an older report gave it; its own owners win', () => {
  const open = item('Bestille disker', { owners: ['@ann'], due: '2024-05-10' });
  const merged = (done: ReturnType<typeof item>) =>
    [
      ...collectOccurrences([
        report('w1.md', [open], 'changed', { date: '2024-05-06' }),
        report('w2.md', [done], 'changed', { date: '2024-05-13' }),
      ]).values(),
    ][0]?.item;
  assert.deepEqual(
    [merged(item('Bestille disker', { status: 'done' }))].map((i) => [i?.status, i?.due, i?.owners]),
    [['done', '2024-05-10', ['@ann']]],
  );
  assert.deepEqual(merged(item('Bestille disker', { status: 'done', owners: ['@bob'] }))?.owners, ['@bob']);
});

test('a due date is the set time of its day in the set zone', () => {
  assert.equal(dueInstant('2024-05-10', '12:00', 'UTC'), '2024-05-10T12:00:00.000Z');
  assert.equal(dueInstant('2024-05-10', '12:00', 'Europe/Oslo'), '2024-05-10T10:00:00.000Z', 'summer time');
  assert.equal(dueInstant('2024-01-10', '12:00', 'Europe/Oslo'), '2024-01-10T11:00:00.000Z', 'winter time');
  assert.equal(
    dueInstant('2024-03-31', '17:30', 'Europe/Oslo'),
    '2024-03-31T15:30:00.000Z',
    'the day clocks go forward',
  );
  assert.equal(
    dueInstant('2024-11-03', '09:00', 'America/New_York'),
    '2024-11-03T14:00:00.000Z',
    'the day clocks go back',
  );
  assert.equal(dueInstant('2024-05-10', '00:00', 'Asia/Shanghai'), '2024-05-09T16:00:00.000Z');
});

test('owners resolve by @handle or username, through the roster, then by full name; the rest are listed', () => {
  const members = [
    { id: 'm-ann', username: 'ann', fullName: 'Ann Berg' },
    { id: 'm-kari', username: 'kn42', fullName: 'Kari Nordmann' },
    { id: 'm-ola1', username: 'ola1', fullName: 'Ola Hansen' },
    { id: 'm-ola2', username: 'ola2', fullName: 'Ola Hansen' },
  ];
  const resolve = memberResolver(members, { Raymond: 'ann', Per: 'per' });
  assert.deepEqual(
    ['@ann', 'ANN', 'Raymond', 'kari nordmann', 'Kari  Nordmann', 'Per', 'Ola Hansen', '@nobody'].map(
      resolve,
    ),
    ['m-ann', 'm-ann', 'm-ann', 'm-kari', null, null, null, null],
  );
  assert.deepEqual(unresolvedOwners(['@ann', 'Per', 'Per', 'Ola Hansen'], resolve), ['Per', 'Ola Hansen']);
});

test("a description's parts: the From line and the sources are report-sync's, the body between them anyone's", () => {
  const parts = {
    head: 'From Uke 12 (2024-03-18) › Gjøremål · 2 reports',
    body: 'Bestille fra Dell.\n\nTo rack.',
    tail: '**Sources**\n- Uke 11 · `uke_11.rst:4`\n- Uke 12 · `uke_12.rst:4`\n\n`report-sync:item:0123456789abcdef`',
  };
  assert.deepEqual(splitDescription(joinDescription(parts)), parts);
  assert.deepEqual(splitDescription('Just notes'), { head: null, body: 'Just notes', tail: null });
  assert.deepEqual(splitDescription(joinDescription({ ...parts, head: null }).replaceAll('\n', '\r\n')), {
    ...parts,
    head: null,
  });
});

test("an instant's calendar day is read in the set zone, and a due instant gives back its day", () => {
  assert.equal(dayIn('2024-12-31T23:30:00.000Z', 'UTC'), '2024-12-31');
  assert.equal(dayIn('2024-12-31T23:30:00.000Z', 'Europe/Oslo'), '2025-01-01', 'already the new year');
  assert.equal(
    dayIn('2024-03-10T03:30:00.000Z', 'America/New_York'),
    '2024-03-09',
    'still the evening before',
  );
  for (const zone of ['UTC', 'Europe/Oslo', 'Asia/Shanghai', 'Pacific/Pago_Pago'])
    assert.equal(dayIn(dueInstant('2024-03-31', '12:00', zone), zone), '2024-03-31', zone);
});
