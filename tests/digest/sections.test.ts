/** The digest's sections from actions, state and snapshot (src/digest/build.ts), one rule at a time. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionsQuery, buildDigest, type Digest, type DigestSectionName } from '../../src/digest/index.ts';
import { toAction } from '../../src/trello/mapping.ts';
import { ActionSchema } from '../../src/trello/schemas.ts';
import { samplesOf } from '../recordings/samples.ts';
import { card, create, input, LISTS, MEMBERS, move, PERSON, snapshot, state, WINDOW } from './fixture.ts';

const names = (digest: Digest, section: DigestSectionName) => digest.sections[section].map((e) => e.name);
const IN = '2025-01-10T10:00:00.000Z';

describe('digest sections', () => {
  it('new: cards created in the period and still on the board; before it, after it, or deleted, not', () => {
    const digest = buildDigest(
      input({
        snapshot: snapshot([
          card({ id: 'c1', name: 'Made this week' }),
          card({ id: 'c2', name: 'Made before' }),
        ]),
        actions: [
          create('c1', LISTS.todo, IN),
          create('c2', LISTS.todo, '2025-01-05T23:59:59.999Z'),
          create('c3', LISTS.todo, IN),
          create('c4', LISTS.todo, WINDOW.to),
        ],
      }),
    );
    assert.deepEqual(names(digest, 'new'), ['Made this week']);
    assert.equal(digest.sections.new[0]?.at, IN);
  });

  it('overdue: open cards whose due date passed before the period’s end; complete, done or archived ones not', () => {
    const past = '2025-01-08T12:00:00.000Z';
    const digest = buildDigest(
      input({
        snapshot: snapshot([
          card({ id: 'c1', name: 'Late', due: past }),
          card({ id: 'c2', name: 'Due later', due: '2025-01-20T12:00:00.000Z' }),
          card({ id: 'c3', name: 'Late but complete', due: past, dueComplete: true }),
          card({ id: 'c4', name: 'Late but in Done', due: past, list: LISTS.done }),
          card({ id: 'c5', name: 'Late but archived', due: past, closed: true }),
        ]),
      }),
    );
    assert.deepEqual(names(digest, 'overdue'), ['Late']);
    assert.equal(digest.sections.overdue[0]?.due, past);
  });

  it('stale: open items whose newest dated mention is older than the stale period, or that no report mentions', () => {
    const kept = (cardId: string, key: string) => ({ cardId, key });
    const digest = buildDigest(
      input({
        snapshot: snapshot(
          ['Old', 'Recent', 'Undated', 'Gone from the reports', 'Done in the report'].map((name, i) =>
            card({ id: `c${i}`, name }),
          ),
        ),
        state: state(
          [
            kept('c0', 'old'),
            kept('c1', 'recent'),
            kept('c2', 'undated'),
            kept('c3', 'gone'),
            kept('c4', 'done'),
          ],
          [
            { id: 'w48.md', title: 'Week 48', date: '2024-11-25', items: [{ key: 'old', line: 3 }] },
            { id: 'w1.md', title: 'Week 1', date: '2024-12-30', items: [{ key: 'recent', line: 3 }] },
            { id: 'notes.md', title: null, date: null, items: [{ key: 'undated', line: 3 }] },
            {
              id: 'w47.md',
              title: 'Week 47',
              date: '2024-11-18',
              items: [{ key: 'done', line: 4, status: 'done' }],
            },
          ],
        ),
      }),
    );
    // Three weeks before 2025-01-13 is 2024-12-23: week 48 is older, week 1 newer.
    assert.deepEqual(names(digest, 'stale'), ['Gone from the reports', 'Old']);
    const [gone, old] = digest.sections.stale;
    assert.equal(gone?.source, null);
    assert.deepEqual(old?.source, {
      report: 'Week 48',
      date: '2024-11-25',
      path: 'w48.md',
      line: 3,
      link: null,
    });
  });

  it('stale follows digest.staleAfterWeeks', () => {
    const parts = {
      snapshot: snapshot([card({ id: 'c1', name: 'Two weeks quiet' })]),
      state: state(
        [{ cardId: 'c1', key: 'k' }],
        [{ id: 'w.md', title: 'W', date: '2024-12-28', items: [{ key: 'k', line: 1 }] }],
      ),
    };
    const settings = (weeks: number) => ({
      lists: { todo: 'TODO', planned: 'Planned', done: 'Done' },
      staleAfterWeeks: weeks,
    });
    assert.deepEqual(names(buildDigest(input({ ...parts, settings: settings(3) })), 'stale'), []);
    assert.deepEqual(names(buildDigest(input({ ...parts, settings: settings(2) })), 'stale'), [
      'Two weeks quiet',
    ]);
  });

  it('unresolved owners: open cards whose newest item names an owner no member stands for', () => {
    const digest = buildDigest(
      input({
        snapshot: snapshot([
          card({ id: 'c1', name: 'Write the SLA' }),
          card({ id: 'c2', name: 'Order disks' }),
        ]),
        state: state(
          [
            { cardId: 'c1', key: 'sla' },
            { cardId: 'c2', key: 'disks' },
          ],
          [
            {
              id: 'w2.md',
              title: 'Week 2',
              date: '2025-01-10',
              items: [
                { key: 'sla', line: 5, owners: ['Kari', 'ann'] },
                { key: 'disks', line: 6, owners: ['ann'] },
              ],
            },
          ],
          ['Kari'],
        ),
      }),
    );
    assert.deepEqual(
      digest.sections.unresolvedOwners.map((e) => [e.name, e.owners]),
      [['Write the SLA', ['Kari']]],
    );
  });

  it('an entry names the card, its short URL, list, members, due date and newest source, with its link', () => {
    const digest = buildDigest(
      input({
        snapshot: snapshot([
          card({ id: 'c1', name: 'Order disks', list: LISTS.done, members: [MEMBERS.bob, MEMBERS.ann] }),
        ]),
        state: state(
          [{ cardId: 'c1', key: 'k1', wrote: LISTS.done }],
          [
            { id: 'w1.md', title: 'Week 1', date: '2025-01-03', items: [{ key: 'k1', line: 4 }] },
            {
              id: 'w2.md',
              title: 'Week 2',
              date: '2025-01-10',
              items: [{ key: 'k1', line: 9, status: 'done' }],
              link: 'https://git.example/r/w2.md#L{line}',
            },
          ],
        ),
        actions: [move('c1', LISTS.todo, LISTS.done, IN)],
      }),
    );
    assert.deepEqual(digest.sections.done, [
      {
        name: 'Order disks',
        url: 'https://trello.com/c/c1',
        list: 'Done',
        members: [
          { username: 'bob', fullName: 'Bob Stone' },
          { username: 'ann', fullName: 'Ann Berg' },
        ],
        due: null,
        source: {
          report: 'Week 2',
          date: '2025-01-10',
          path: 'w2.md',
          line: 9,
          link: 'https://git.example/r/w2.md#L9',
        },
        at: IN,
        by: 'report-sync',
      },
    ]);
    assert.deepEqual(
      [digest.from, digest.to, digest.board],
      [WINDOW.from, WINDOW.to, { name: 'Team board', url: 'https://trello.com/b/AbCd1234/team' }],
    );
  });

  it('entries are grouped by list in board order, then by member (cards without one last), then by name', () => {
    const cards = [
      card({ id: 'c1', name: 'b', list: LISTS.done }),
      card({ id: 'c2', name: 'a', list: LISTS.done, members: [MEMBERS.bob] }),
      card({ id: 'c3', name: 'c', list: LISTS.todo }),
      card({ id: 'c4', name: 'd', list: LISTS.todo, members: [MEMBERS.ann] }),
      card({ id: 'c5', name: 'a', list: LISTS.todo, members: [MEMBERS.bob, MEMBERS.ann] }),
      card({ id: 'c6', name: 'e', list: LISTS.planned, members: [MEMBERS.ann] }),
    ];
    const digest = buildDigest(
      input({ snapshot: snapshot(cards), actions: cards.map((c) => create(c.id, c.idList, IN, PERSON)) }),
    );
    assert.deepEqual(
      digest.sections.new.map((e) => `${e.list}/${e.members.map((m) => m.username).join('+')}/${e.name}`),
      ['TODO/ann/d', 'TODO/bob+ann/a', 'TODO//c', 'Planned/ann/e', 'Done/bob/a', 'Done//b'],
    );
  });

  it('asks Trello for the creates and list changes of the period, to the end of its last second', () => {
    assert.deepEqual(actionsQuery({ from: WINDOW.from, to: '2025-01-13T10:00:00.250Z' }), {
      types: ['createCard', 'copyCard', 'convertToCardFromCheckItem', 'moveCardToBoard', 'updateCard:idList'],
      since: WINDOW.from,
      before: '2025-01-13T10:00:01.000Z',
    });
  });
});

describe('the digest reads the actions Trello recorded (../shared/trello-recordings)', () => {
  const recorded = [
    ...samplesOf('GET /1/members/tacokit/actions'),
    ...samplesOf('GET /1/cards/:id/actions'),
  ].flatMap((s) => (Array.isArray(s.response.body) ? (s.response.body as unknown[]) : []));

  it('types it does not list (a list update, a card moved off the board, a comment) are passed over', () => {
    const actions = recorded.map((body) => toAction(ActionSchema.parse(body)));
    assert.deepEqual([...new Set(actions.map((a) => a.type))].sort(), [
      'commentCard',
      'createList',
      'moveCardFromBoard',
      'updateList',
    ]);
    const cardIds = [...new Set(actions.flatMap((a) => (a.data.card?.id ? [a.data.card.id] : [])))];
    const digest = buildDigest(
      input({
        window: { from: '2015-01-01T00:00:00.000Z', to: '2017-01-01T00:00:00.000Z' },
        snapshot: snapshot(cardIds.map((id) => card({ id, name: id }))),
        actions,
      }),
    );
    assert.deepEqual([digest.sections.done, digest.sections.new, digest.sections.moved], [[], [], []]);
  });
});
