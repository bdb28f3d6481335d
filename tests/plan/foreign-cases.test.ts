/**
 * Another install on the board, case by case: a card whose marker names
 * another install is neither taken over silently nor counted as a person's
 * edit — until --adopt-foreign. The fixture's card is marked as written
 * before installs were told apart, which is as good as this install's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type Case, DESC, planCase, runCases } from './item-fixture.ts';
import { SELF } from '../sync/core-helpers.ts';

const OTHER = '0badf00d';
const marked = (install: string) =>
  DESC.replace('`report-sync:item:0123456789abcdef`', `\`report-sync:item:0123456789abcdef:${install}\``);
const FOREIGN = { desc: marked(OTHER) };
const adopting = { adoptForeign: true };

const CASES: Case[] = [
  {
    name: "no record, another install's card: left alone, not made again beside it",
    record: 'none',
    card: FOREIGN,
    expect: ['skip:foreign'],
  },
  {
    name: "no record, another install's card, --adopt-foreign: taken over, its marker made this install's",
    record: 'none',
    card: FOREIGN,
    settings: adopting,
    expect: ['record:adopt-foreign', 'update:sources'],
  },
  {
    name: 'a known card another install has taken over since: left alone, not a person edit',
    card: { ...FOREIGN, name: 'Renamed by the other install' },
    expect: ['skip:foreign'],
  },
  {
    name: 'a known card another install has taken over, --adopt-foreign: taken back',
    card: FOREIGN,
    settings: adopting,
    expect: ['record:adopt-foreign', 'update:sources'],
  },
  {
    name: "an unfinished create, another install's card holds the item: the intent goes, the card stays",
    record: { cardId: null },
    card: FOREIGN,
    expect: ['forget', 'skip:foreign'],
  },
  {
    name: "gone from its report, another install's card now: neither archived nor commented",
    item: 'gone',
    card: FOREIGN,
    settings: { vanished: 'archive' },
    expect: [],
  },
  {
    name: "no record, this install's own marker (a lost state file): adopted silently, nothing written",
    record: 'none',
    card: { desc: marked(SELF) },
    expect: ['record:adopt'],
  },
];

runCases(CASES);

test('the plan counts the foreign cards by install, warns, and does not record their report as synced', () => {
  const plan = planCase({ name: 'foreign', record: 'none', card: FOREIGN, item: { line: 11 }, expect: [] });
  assert.deepEqual(
    plan.foreign.map(({ install, cards, adopted }) => ({ install, cards, adopted })),
    [{ install: OTHER, cards: 1, adopted: false }],
  );
  const warning = plan.warnings.find((w) => w.code === 'foreign-cards');
  assert.equal(
    warning?.message,
    "1 card of report-sync install 0badf00d (last activity on them 2024-05-01), another install, holds an item of these reports: left alone, neither taken over nor counted as a person's edits",
  );
  assert.match(warning?.fix ?? '', /--adopt-foreign/);
  assert.deepEqual(plan.reports, [], 'its report is read again next run, and the warning with it');
});

test('taken over, the foreign cards are said once and their report is recorded as synced', () => {
  const plan = planCase({
    name: 'adopted',
    record: 'none',
    card: FOREIGN,
    item: { line: 11 },
    settings: adopting,
    expect: [],
  });
  assert.deepEqual(
    plan.foreign.map(({ install, adopted }) => ({ install, adopted })),
    [{ install: OTHER, adopted: true }],
  );
  assert.deepEqual(
    plan.reports.map((r) => r.id),
    ['uke_30.rst'],
  );
});

test("taken over, a card gets this install's marker, and sources it listed already are not new", () => {
  const plan = planCase({ name: 'adopted', record: 'none', card: FOREIGN, settings: adopting, expect: [] });
  const update = plan.actions.find((a) => a.type === 'update');
  assert.ok(update?.type === 'update');
  assert.match(update.card.desc, new RegExp(`report-sync:item:0123456789abcdef:${SELF}\``));
  assert.match(update.why, /^taken over from another install \(--adopt-foreign\): sources/);
  assert.deepEqual(update.sourcesAdded, [], 'the sources it listed were already these');
});
