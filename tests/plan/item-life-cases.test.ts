/** The planner's cases of an item's life: done, reopened, due dates, check states, a person's description. */
import { type Case, CHECKLIST_WRITTEN, DESC, entries, RECORD, runCases } from './item-fixture.ts';

const CASES: Case[] = [
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
];

runCases(CASES);
