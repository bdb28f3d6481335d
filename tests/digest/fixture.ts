/**
 * A small board, its state and its history, built in a few lines per test:
 * lists TODO, Planned, Doing and Done; members Ann and Bob; cards report-sync
 * keeps (with their items in dated reports) and cards people made.
 */
import { newCardRecord, type StoredItem, type SyncState } from '../../src/state/sync-state.ts';
import type { BoardSnapshot, TrelloAction, TrelloCard } from '../../src/trello/types.ts';
import type { DigestInput } from '../../src/digest/index.ts';

export const SELF = 'a'.repeat(24);
export const PERSON = 'b'.repeat(24);
export const LISTS = { todo: 'l-todo', planned: 'l-planned', doing: 'l-doing', done: 'l-done' } as const;
export const MEMBERS = { ann: 'm-ann', bob: 'm-bob' } as const;

export interface CardSpec {
  id: string;
  name: string;
  list?: string;
  members?: string[];
  due?: string | null;
  dueComplete?: boolean;
  closed?: boolean;
}

export function card(spec: CardSpec): TrelloCard {
  return {
    id: spec.id,
    name: spec.name,
    desc: '',
    idList: spec.list ?? LISTS.todo,
    idLabels: [],
    idMembers: spec.members ?? [],
    closed: spec.closed ?? false,
    pos: 1,
    url: `https://trello.com/c/${spec.id}/x`,
    shortUrl: `https://trello.com/c/${spec.id}`,
    dateLastActivity: '2025-01-01T00:00:00.000Z',
    due: spec.due ?? null,
    dueComplete: spec.dueComplete ?? false,
  };
}

export function snapshot(cards: TrelloCard[]): BoardSnapshot {
  const list = (id: string, name: string, pos: number) => ({ id, name, closed: false, pos });
  return {
    board: {
      id: 'board',
      shortLink: 'AbCd1234',
      name: 'Team board',
      url: 'https://trello.com/b/AbCd1234/team',
    },
    lists: [
      list(LISTS.todo, 'TODO', 1),
      list(LISTS.planned, 'Planned', 2),
      list(LISTS.doing, 'Doing', 3),
      list(LISTS.done, 'Done', 4),
    ],
    labels: [],
    members: [
      { id: MEMBERS.ann, username: 'ann', fullName: 'Ann Berg' },
      { id: MEMBERS.bob, username: 'bob', fullName: 'Bob Stone' },
      { id: SELF, username: 'sync', fullName: 'Report Sync' },
    ],
    cards,
    checklists: [],
  };
}

export interface KeptSpec {
  cardId: string;
  key: string;
  kind?: 'todo' | 'planned';
  /** The list report-sync last wrote. */
  wrote?: string;
  personFields?: ('idList' | 'due')[];
}

/** A report of the state: its items, each `[key, line, status?, owners?]`. */
export interface ReportSpec {
  id: string;
  title: string | null;
  date: string | null;
  items: { key: string; line: number; status?: 'open' | 'done'; owners?: string[] }[];
  link?: string;
}

export function state(kept: KeptSpec[], reports: ReportSpec[], unresolvedOwners: string[] = []): SyncState {
  const cards = Object.fromEntries(
    kept.map((k) => {
      const record = newCardRecord(
        {
          cardId: k.cardId,
          kind: k.kind ?? 'todo',
          title: k.key,
          sources: [],
          written: {
            name: k.key,
            bodyHash: '',
            sourcesHash: '',
            descShape: '',
            idList: k.wrote ?? LISTS.todo,
            idLabels: [],
            idMembers: [],
            due: null,
            dueComplete: false,
            checklist: null,
          },
        },
        '2025-01-01T00:00:00.000Z',
      );
      // A card report-sync moved to Done was done in a report.
      const doneIn = k.wrote === LISTS.done ? (reports[0]?.id ?? 'report') : null;
      return [k.key, { ...record, doneIn, personFields: k.personFields ?? [] }];
    }),
  );
  const stored = (item: ReportSpec['items'][number]): StoredItem => ({
    key: item.key,
    kind: 'todo',
    status: item.status ?? 'open',
    text: item.key,
    title: item.key,
    description: '',
    checklist: [],
    section: ['Action items'],
    line: item.line,
    owners: item.owners ?? [],
    due: null,
  });
  return {
    board: { ref: 'AbCd1234', id: 'board', name: 'Team board', url: 'https://trello.com/b/AbCd1234/team' },
    install: null,
    settingsHash: null,
    cards,
    reports: Object.fromEntries(
      reports.map((r) => [
        r.id,
        {
          hash: r.id,
          displayPath: r.id,
          origin: 'reports',
          title: r.title,
          date: r.date,
          link: r.link ?? null,
          items: r.items.map(stored),
        },
      ]),
    ),
    unresolvedOwners,
  };
}

let sequence = 0;

/** A move of a card between lists, as Trello records it. */
export function move(cardId: string, from: string, to: string, date: string, by = SELF): TrelloAction {
  return {
    id: `${(sequence++).toString(16).padStart(24, '0')}`,
    type: 'updateCard',
    date,
    idMemberCreator: by,
    memberCreator: null,
    data: {
      card: { id: cardId, idList: to },
      old: { idList: from },
      listBefore: { id: from },
      listAfter: { id: to },
    },
  };
}

export function create(cardId: string, list: string, date: string, by = SELF): TrelloAction {
  return {
    id: `${(sequence++).toString(16).padStart(24, '0')}`,
    type: 'createCard',
    date,
    idMemberCreator: by,
    memberCreator: null,
    data: { card: { id: cardId, name: cardId }, list: { id: list } },
  };
}

export const WINDOW = { from: '2025-01-06T00:00:00.000Z', to: '2025-01-13T00:00:00.000Z' };

export function input(parts: Partial<DigestInput> & Pick<DigestInput, 'snapshot'>): DigestInput {
  return {
    window: WINDOW,
    actions: [],
    state: state([], []),
    settings: { lists: { todo: 'TODO', planned: 'Planned', done: 'Done' }, staleAfterWeeks: 3 },
    selfId: SELF,
    ...parts,
  };
}
