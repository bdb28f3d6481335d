/**
 * The planner, case by case, over literal boards: one item, its card as a
 * person may have left it, its record in the state, and what the plan does.
 * The fixture the case tables share (item-cases.test.ts, item-life-cases.test.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ItemKey } from '../../src/extract/item.ts';
import { descHash } from '../../src/plan/hash.ts';
import { sourcePart } from '../../src/plan/render.ts';
import { planSync } from '../../src/plan/index.ts';
import type { PlannedAction, ReportInput, SyncSettings } from '../../src/plan/types.ts';
import {
  type CardRecord,
  newCardRecord,
  type ReportRecord,
  type StoredItem,
  type SyncState,
} from '../../src/state/sync-state.ts';
import type { BoardSnapshot, TrelloCard, TrelloChecklist } from '../../src/trello/types.ts';
import { entries as openEntries, SELF, settings } from '../sync/core-helpers.ts';

export const entries = (...texts: string[]) => openEntries(texts);

const NOW = '2024-05-08T10:00:00.000Z';
export const THEN = '2024-05-01T10:00:00.000Z';
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
export const DESC = SOURCES.join('\n\n');
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

export const CHECKLIST_WRITTEN = { id: 'cl1', name: 'From the reports', items: ['dev'], complete: [] };

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

export const RECORD: CardRecord = newCardRecord(
  {
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
  },
  THEN,
);

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

export interface Case {
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

export function planCase(c: Case) {
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
    install: SELF,
    settingsHash: 'settings',
    cards: record ? { [KEY]: record } : {},
    reports: { 'uke_30.rst': REPORT },
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
    install: SELF,
    now: NOW,
  });
}

export function shown(action: PlannedAction): string {
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

/** Runs a table of cases, one test each. */
export function runCases(cases: readonly Case[]): void {
  for (const c of cases) {
    test(`one item: ${c.name}`, () => {
      const plan = planCase(c);
      assert.deepEqual(plan.actions.map(shown), c.expect);
    });
  }
}
