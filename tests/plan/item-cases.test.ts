/**
 * The planner, case by case, over literal boards: one item, its card as a
 * person may have left it, its record in the state, and what the plan does.
 * Done, due dates, check states and descriptions: item-life-cases.test.ts.
 */
import { type Case, runCases, THEN } from './item-fixture.ts';

const CASES: Case[] = [
  { name: 'nothing changed: nothing to do', expect: [] },
  { name: 'a source that only moved to another line: nothing to write', item: { line: 12 }, expect: [] },
  {
    name: 'a new item: its card is created, with its checklist',
    record: 'none',
    card: 'deleted',
    expect: ['create', 'add-checklist'],
  },
  {
    name: 'the state lost, the marked card on the board: adopted, nothing created',
    record: 'none',
    expect: ['record:adopt'],
  },
  {
    name: 'a create whose outcome was unknown, its card on the board: adopted',
    record: { cardId: null },
    expect: ['record:adopt'],
  },
  {
    name: 'a create whose outcome was unknown, no card carries its marker: created again',
    record: { cardId: null },
    card: 'deleted',
    expect: ['create', 'add-checklist'],
  },
  {
    name: 'the item changed kind: the card moves list and label',
    item: { kind: 'todo' },
    expect: ['update:idList,idLabels'],
  },
  {
    name: 'a person renamed the card: the name is theirs, said once',
    card: { name: 'Newton, renamed by Ola' },
    expect: ['record:person-changed', 'skip:person-changed'],
  },
  {
    name: 'a person renamed the card before: nothing said again',
    card: { name: 'Newton, renamed by Ola' },
    record: { personFields: ['name'] },
    expect: [],
  },
  {
    name: 'a person moved the card and the item changed kind: the card stays, the label follows',
    card: { idList: 'l-todo' },
    item: { kind: 'todo' },
    expect: ['record:person-changed', 'update:idLabels', 'skip:person-changed'],
  },
  {
    name: 'a person deleted the card: remembered, never re-created',
    card: 'deleted',
    expect: ['record:tombstone'],
  },
  {
    name: 'a person archived the card: remembered, never reopened',
    card: { closed: true },
    expect: ['record:tombstone'],
  },
  {
    name: 'a person archived the list: the card is neither moved out nor reopened',
    plannedListClosed: true,
    expect: ['record:tombstone'],
  },
  {
    name: 'a tombstoned card is left alone',
    card: 'deleted',
    record: { tombstone: { reason: 'deleted', at: THEN } },
    expect: ['skip:tombstone'],
  },
  {
    name: 'a tombstoned card with --revive: created again',
    card: 'deleted',
    record: { tombstone: { reason: 'deleted', at: THEN } },
    settings: { revive: true },
    expect: ['create', 'add-checklist'],
  },
  {
    name: 'a person reopened a tombstoned card: it is synced again',
    record: { tombstone: { reason: 'archived', at: THEN } },
    expect: ['record:restored'],
  },
  {
    name: 'archived by report-sync, the item back: reopened',
    card: { closed: true },
    record: { archivedBySync: true },
    expect: ['update:+reopen'],
  },
  {
    name: 'archived by a person, with --revive: reopened',
    card: { closed: true },
    settings: { revive: true },
    expect: ['update:+reopen'],
  },
  {
    name: 'gone from its report, policy keep: the card is kept',
    item: 'gone',
    expect: ['skip:vanished-kept'],
  },
  {
    name: 'gone from its report, policy comment: one comment',
    item: 'gone',
    settings: { vanished: 'comment' },
    expect: ['comment:vanished'],
  },
  {
    name: 'gone from its report, commented before: nothing more',
    item: 'gone',
    record: { vanishedNoticeAt: THEN },
    settings: { vanished: 'comment' },
    expect: [],
  },
  {
    name: 'gone from its report, policy archive: archived',
    item: 'gone',
    settings: { vanished: 'archive' },
    expect: ['archive'],
  },
  {
    name: 'gone from its report, the card archived by a person: nothing',
    item: 'gone',
    card: { closed: true },
    settings: { vanished: 'archive' },
    expect: [],
  },
  {
    name: 'an unfinished create of a gone item, no card: the intent is forgotten',
    item: 'gone',
    record: { cardId: null },
    card: 'deleted',
    expect: ['forget'],
  },
  {
    name: 'an unfinished create of a gone item, its card found: adopted, then the policy',
    item: 'gone',
    record: { cardId: null },
    settings: { vanished: 'archive' },
    expect: ['record:adopt', 'archive'],
  },
];

runCases(CASES);
