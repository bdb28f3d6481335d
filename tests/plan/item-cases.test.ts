/**
 * The planner, case by case, over literal boards: one item, its card as a
 * person may have left it, its record in the state, and what the plan does.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ItemKey } from '../../src/extract/item.ts';
import { descHash } from '../../src/plan/hash.ts';
import { sourcePart } from '../../src/plan/render.ts';
import { planSync } from '../../src/plan/index.ts';
import type { PlannedAction, ReportInput, SyncSettings } from '../../src/plan/types.ts';
import type { CardRecord, ReportRecord, StoredItem, SyncState } from '../../src/state/sync-state.ts';
import type { BoardSnapshot, TrelloCard, TrelloChecklist } from '../../src/trello/types.ts';
import { entries as openEntries, settings } from '../sync/core-helpers.ts';

const entries = (...texts: string[]) => openEntries(texts);

const NOW = '2024-05-08T10:00:00.000Z';
const THEN = '2024-05-01T10:00:00.000Z';
const KEY = '0123456789abcdef' as ItemKey;
const TITLE = 'Oppgradere til Openstack Newton';

const ITEM: StoredItem = {
  key: KEY,
  kind: 'planned',
  status: 'open',
  text: TITLE,
  title: TITLE,
  description: '',
  checklist: [{ text: 'dev', checked: false }],
  section: ['Planlagte aktiviteter'],
  line: 10,
  owners: [],
  due: null,
};

/** What report-sync writes for ITEM, found in uke_30.rst at line 10: no body, only its source part. */
const SOURCES = [
  'From Uke 30 › Planlagte aktiviteter · 1 report',
  '**Sources**\n- Uke 30 · Planlagte aktiviteter · `uke_30.rst:10`\n\n`report-sync:item:0123456789abcdef`',
];
const DESC = SOURCES.join('\n\n');
const PART = sourcePart({ head: SOURCES[0] ?? '', body: '', tail: SOURCES[1] ?? '' });
/** The same with the line left out: the source part's shape. */
const SHAPE = PART.replace('uke_30.rst:10', 'uke_30.rst:0');

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
  due: null,
  dueComplete: false,
};

const CHECKLIST_WRITTEN = { id: 'cl1', name: 'From the reports', items: ['dev'], complete: [] };

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
    { id: 'l-done', name: 'Done', closed: false, pos: 3 },
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
    bodyHash: descHash(''),
    sourcesHash: descHash(PART),
    descShape: descHash(SHAPE),
    idList: 'l-planned',
    idLabels: ['lb-planned'],
    idMembers: [],
    due: null,
    dueComplete: false,
    checklist: CHECKLIST_WRITTEN,
  },
  sources: ['uke_30.rst'],
  tombstone: null,
  archivedBySync: false,
  vanishedNoticeAt: null,
  doneIn: null,
  formerKeys: [],
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
  /** The check items on the card, a name with ` ✓` checked. */
  checklist?: string[] | 'removed';
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
    item: { checklist: entries('dev', 'prod') },
    expect: ['add-check-items'],
  },
  {
    name: 'the report dropped an entry and added one: the new one is added, the old one stays',
    item: { checklist: entries('prod') },
    expect: ['add-check-items'],
  },
  {
    name: 'a person renamed a check item: left as they named it, not added again',
    checklist: ['dev, done by Kari'],
    expect: [],
  },
  {
    name: 'a person removed the checklist: it is theirs, nothing added back',
    checklist: 'removed',
    item: { checklist: entries('dev', 'prod') },
    expect: ['record:person-changed', 'skip:person-changed'],
  },
  {
    name: 'the newest report checks an entry: it is checked',
    item: { checklist: [{ text: 'dev', checked: true }] },
    expect: ['check-items:dev+'],
  },
  {
    name: 'a new entry checked already: added, then checked',
    item: {
      checklist: [
        { text: 'dev', checked: false },
        { text: 'prod', checked: true },
      ],
    },
    expect: ['add-check-items', 'check-items:prod+'],
  },
  {
    name: 'a person checked an entry: theirs, whatever the report says',
    checklist: ['dev ✓'],
    item: { checklist: [{ text: 'dev', checked: false }] },
    expect: [],
  },
  {
    name: 'checked by report-sync, open again in the newest report: unchecked',
    checklist: ['dev ✓'],
    record: { written: { ...RECORD.written, checklist: { ...CHECKLIST_WRITTEN, complete: ['dev'] } } },
    item: { checklist: [{ text: 'dev', checked: false }] },
    expect: ['check-items:dev-'],
  },
  {
    name: 'done in the newest report: to the done list, one comment',
    item: { status: 'done' },
    expect: ['update:idList', 'comment:done'],
  },
  {
    name: 'done, with a due date: its due date complete too',
    item: { status: 'done', due: '2024-05-10' },
    record: { written: { ...RECORD.written, due: '2024-05-10T12:00:00.000Z' } },
    card: { due: '2024-05-10T12:00:00.000Z' },
    expect: ['update:idList,dueComplete', 'comment:done'],
  },
  {
    name: 'done, commented before: nothing more',
    item: { status: 'done' },
    card: { idList: 'l-done' },
    record: { doneIn: 'uke_30.rst', written: { ...RECORD.written, idList: 'l-done' } },
    expect: [],
  },
  {
    name: 'done, a person moved the card: not moved, the comment only',
    item: { status: 'done', due: '2024-05-10' },
    record: { written: { ...RECORD.written, due: '2024-05-10T12:00:00.000Z' } },
    card: { idList: 'l-todo', due: '2024-05-10T12:00:00.000Z' },
    expect: ['record:person-changed', 'comment:done', 'skip:person-changed'],
  },
  {
    name: 'done before it had a card: none made',
    item: { status: 'done' },
    record: 'none',
    card: 'deleted',
    expect: ['skip:done-without-card'],
  },
  {
    name: 'done in Done by report-sync, open again in the newest report: back to its list',
    card: { idList: 'l-done' },
    record: { doneIn: 'uke_29.rst', written: { ...RECORD.written, idList: 'l-done' } },
    item: {},
    expect: ['update:idList+reopened'],
  },
  {
    name: 'open again, a person moved the card meanwhile: it stays, the state learns it',
    card: { idList: 'l-todo' },
    record: { doneIn: 'uke_29.rst', written: { ...RECORD.written, idList: 'l-done' } },
    item: {},
    expect: ['record:person-changed', 'skip:person-changed'],
  },
  {
    name: 'a due date in the report: the card gets it, at noon UTC',
    item: { due: '2024-05-10' },
    expect: ['update:due'],
  },
  {
    name: 'a person changed the due date: theirs',
    item: { due: '2024-05-10' },
    card: { due: '2024-05-17T09:00:00.000Z' },
    expect: ['record:person-changed', 'skip:person-changed'],
  },
  {
    name: 'a person edited the description: their text stays, new sources still come',
    card: { desc: DESC.replace('**Sources**', 'Ola: venter på Ceph\n\n**Sources**') },
    item: { line: 12, section: ['Planlagte aktiviteter', 'Drift'] },
    expect: ['record:person-changed', 'update:sources', 'skip:person-changed'],
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

function planCase(c: Case) {
  const card = c.card === 'deleted' ? [] : [{ ...CARD, ...c.card }];
  const checkItem = (name: string, i: number) => ({
    id: `ci${i}`,
    name: name.replace(/ ✓$/, ''),
    state: name.endsWith(' ✓') ? ('complete' as const) : ('incomplete' as const),
  });
  const checklists =
    c.checklist === 'removed'
      ? []
      : c.checklist
        ? [{ ...CHECKLIST, checkItems: c.checklist.map(checkItem) }]
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
    lastRun: null,
    unresolvedOwners: [],
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
      return `update:${action.fields.join(',')}${action.reopen ? '+reopen' : ''}${action.reopened ? '+reopened' : ''}`;
    case 'check-items':
      return `check-items:${action.items.map((i) => `${i.name}${i.complete ? '+' : '-'}`).join(',')}`;
    case 'comment':
      return `comment:${action.note === 'vanished' ? 'vanished' : 'done'}`;
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
