/**
 * The planner, case by case, over literal boards: one item, its card as a
 * person may have left it, its record in the state, and what the plan does.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ItemKey } from '../../src/extract/item.ts';
import { descHash } from '../../src/plan/hash.ts';
import { planSync } from '../../src/plan/index.ts';
import type { PlannedAction, ReportInput, SyncSettings } from '../../src/plan/types.ts';
import type { CardRecord, ReportRecord, StoredItem, SyncState } from '../../src/state/sync-state.ts';
import type { BoardSnapshot, TrelloCard, TrelloChecklist } from '../../src/trello/types.ts';
import { settings } from '../sync/core-helpers.ts';

const NOW = '2024-05-08T10:00:00.000Z';
const THEN = '2024-05-01T10:00:00.000Z';
const KEY = '0123456789abcdef' as ItemKey;
const TITLE = 'Oppgradere til Openstack Newton';

const ITEM: StoredItem = {
  key: KEY,
  kind: 'planned',
  text: TITLE,
  title: TITLE,
  description: '',
  checklist: ['dev'],
  section: ['Planlagte aktiviteter'],
  line: 10,
  owners: [],
};

/** What report-sync writes for ITEM, found in uke_30.rst at line 10. */
const DESC =
  '**Sources**\n- Uke 30 · Planlagte aktiviteter · `uke_30.rst:10`\n\n`report-sync:item:0123456789abcdef`';
/** The same with the line left out: the description's shape. */
const SHAPE = DESC.replace('uke_30.rst:10', 'uke_30.rst:0');

const CARD: TrelloCard = {
  id: 'c1',
  name: TITLE,
  desc: DESC,
  idList: 'l-planned',
  idLabels: ['lb-planned'],
  idMembers: [],
  closed: false,
  pos: 1,
  url: 'https://trello.test/c/c1',
  shortUrl: 'https://trello.test/c/c1',
  dateLastActivity: THEN,
};

const CHECKLIST: TrelloChecklist = {
  id: 'cl1',
  idCard: 'c1',
  name: 'From the reports',
  checkItems: [{ id: 'ci1', name: 'dev', state: 'incomplete' }],
};

const BOARD: BoardSnapshot = {
  board: { id: 'b1', shortLink: 'bord1234', name: 'Drift', url: 'https://trello.test/b/bord1234' },
  lists: [
    { id: 'l-todo', name: 'TODO', closed: false, pos: 1 },
    { id: 'l-planned', name: 'Planned', closed: false, pos: 2 },
  ],
  labels: [
    { id: 'lb-todo', name: 'TODO', color: 'red' },
    { id: 'lb-planned', name: 'Planned', color: 'blue' },
  ],
  members: [],
  cards: [CARD],
  checklists: [CHECKLIST],
};

const RECORD: CardRecord = {
  cardId: 'c1',
  kind: 'planned',
  title: TITLE,
  written: {
    name: TITLE,
    descHash: descHash(DESC),
    descShape: descHash(SHAPE),
    idList: 'l-planned',
    idLabels: ['lb-planned'],
    idMembers: [],
    checklist: { id: 'cl1', name: 'From the reports', items: ['dev'] },
  },
  sources: ['uke_30.rst'],
  tombstone: null,
  archivedBySync: false,
  vanishedNoticeAt: null,
  personFields: [],
  createdAt: THEN,
  updatedAt: THEN,
};

const REPORT: ReportRecord = {
  hash: 'h30',
  extractedWith: 'x',
  displayPath: 'uke_30.rst',
  origin: 'reports',
  title: 'Uke 30',
  date: null,
  link: null,
  items: [ITEM],
};

const SETTINGS = settings({ checklistName: 'From the reports' });

interface Case {
  name: string;
  /** How a person left the card: changed fields, or deleted. */
  card?: Partial<TrelloCard> | 'deleted';
  /** The item's record in the state, changed, or none at all (a lost state file, a new item). */
  record?: Partial<CardRecord> | 'none';
  checklist?: string[];
  plannedListClosed?: boolean;
  /** The item as the report now has it, or gone from the report (which was edited). */
  item?: Partial<StoredItem> | 'gone';
  settings?: Partial<SyncSettings>;
  /** Each action as `type:detail`. */
  expect: string[];
}

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
    name: 'the checklist grew in the report: the new items are added',
    item: { checklist: ['dev', 'prod'] },
    expect: ['add-check-items'],
  },
  {
    name: 'the checklist changed other than by growing: left as it is',
    item: { checklist: ['prod'] },
    expect: ['skip:checklist-not-editable'],
  },
  {
    name: 'a person edited the checklist: it is theirs',
    checklist: ['dev, done by Kari'],
    expect: ['record:person-changed', 'skip:person-changed'],
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
    expect: ['comment'],
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

function planCase(c: Case) {
  const card = c.card === 'deleted' ? [] : [{ ...CARD, ...c.card }];
  const checklists = c.checklist
    ? [
        {
          ...CHECKLIST,
          checkItems: c.checklist.map((name, i) => ({ id: `ci${i}`, name, state: 'incomplete' as const })),
        },
      ]
    : [CHECKLIST];
  const lists = BOARD.lists.map((l) =>
    l.id === 'l-planned' ? { ...l, closed: c.plannedListClosed ?? false } : l,
  );
  const record = c.record === 'none' ? null : { ...RECORD, ...c.record };
  const state: SyncState = {
    board: { ref: 'bord1234', id: 'b1', name: 'Drift', url: BOARD.board.url },
    settingsHash: 'settings',
    cards: record ? { [KEY]: record } : {},
    reports: { 'uke_30.rst': REPORT },
  };
  const items = c.item === 'gone' ? [] : [{ ...ITEM, ...c.item }];
  const report: ReportInput = {
    id: 'uke_30.rst',
    status: c.item === undefined ? 'unchanged' : 'changed',
    record: { ...REPORT, hash: c.item === undefined ? 'h30' : 'h30b', items },
  };
  return planSync({
    reports: [report],
    removedReports: [],
    forgottenReports: [],
    state,
    snapshot: { ...BOARD, lists, cards: card, checklists },
    settings: { ...SETTINGS, ...c.settings },
    settingsHash: 'settings',
    boardRef: 'bord1234',
    now: NOW,
  });
}

function shown(action: PlannedAction): string {
  switch (action.type) {
    case 'record':
      return `record:${action.event}`;
    case 'skip':
      return `skip:${action.reason}`;
    case 'update':
      return `update:${action.fields.join(',')}${action.reopen ? '+reopen' : ''}`;
    default:
      return action.type;
  }
}

for (const c of CASES) {
  test(`one item: ${c.name}`, () => {
    const plan = planCase(c);
    assert.deepEqual(plan.actions.map(shown), c.expect);
  });
}
