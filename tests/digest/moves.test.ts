/**
 * Who moved a card: report-sync only when the account, the state and the
 * lists all agree (src/digest/moves.ts, rules 1–5); a person otherwise.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDigest } from '../../src/digest/index.ts';
import { card, input, LISTS, move, PERSON, snapshot, state } from './fixture.ts';

const AT = '2025-01-10T10:00:00.000Z';
const LATER = '2025-01-11T10:00:00.000Z';

function digestOf(options: {
  list: string;
  actions: ReturnType<typeof move>[];
  kept?: Parameters<typeof state>[0];
}) {
  return buildDigest(
    input({
      snapshot: snapshot([card({ id: 'c1', name: 'Order disks', list: options.list })]),
      state: state(options.kept ?? [], []),
      actions: options.actions,
    }),
  );
}

const kept = (extra: Partial<Parameters<typeof state>[0][number]> = {}) => [
  { cardId: 'c1', key: 'k1', wrote: LISTS.done, ...extra },
];

describe('a list change is report-sync’s only when everything the state knows agrees', () => {
  it('report-sync’s own move to Done: its account, its card, its lists, where it last wrote the card', () => {
    const digest = digestOf({
      list: LISTS.done,
      kept: kept(),
      actions: [move('c1', LISTS.todo, LISTS.done, AT)],
    });
    assert.deepEqual(
      digest.sections.done.map((e) => [e.name, e.by, e.at]),
      [['Order disks', 'report-sync', AT]],
    );
    assert.deepEqual(digest.sections.moved, []);
  });

  it('1: another account is a person, whatever the state says', () => {
    const digest = digestOf({
      list: LISTS.done,
      kept: kept(),
      actions: [move('c1', LISTS.todo, LISTS.done, AT, PERSON)],
    });
    assert.equal(digest.sections.done[0]?.by, 'person');
  });

  it('2: a card report-sync does not keep was moved by a person', () => {
    const digest = digestOf({ list: LISTS.done, actions: [move('c1', LISTS.todo, LISTS.done, AT)] });
    assert.equal(digest.sections.done[0]?.by, 'person');
  });

  it('3: a move to a list report-sync never writes (Doing) is a person’s, and listed as moved', () => {
    const digest = digestOf({
      list: LISTS.doing,
      kept: kept({ wrote: LISTS.todo }),
      actions: [move('c1', LISTS.todo, LISTS.doing, AT)],
    });
    assert.deepEqual(
      digest.sections.moved.map((e) => [e.name, e.list, e.from]),
      [['Order disks', 'Doing', 'TODO']],
    );
    assert.deepEqual(digest.sections.done, []);
  });

  it('a move recorded only as `old.idList` and the card’s list (older answers, no listBefore/listAfter) reads the same', () => {
    const recorded = move('c1', LISTS.todo, LISTS.doing, AT);
    const { listBefore: _before, listAfter: _after, ...data } = recorded.data;
    const digest = digestOf({
      list: LISTS.doing,
      kept: kept({ wrote: LISTS.todo }),
      actions: [{ ...recorded, data }],
    });
    assert.deepEqual(
      digest.sections.moved.map((e) => [e.name, e.list, e.from]),
      [['Order disks', 'Doing', 'TODO']],
    );
  });

  it('3: a move back from a person’s list is a person’s too', () => {
    const digest = digestOf({
      list: LISTS.todo,
      kept: kept({ wrote: LISTS.todo }),
      actions: [move('c1', LISTS.todo, LISTS.doing, AT), move('c1', LISTS.doing, LISTS.todo, LATER)],
    });
    assert.deepEqual(
      digest.sections.moved.map((e) => [e.list, e.from, e.at]),
      [['TODO', 'TODO', LATER]],
    );
  });

  it('4: once a person holds the card’s list, a move between report-sync’s lists is theirs', () => {
    const digest = digestOf({
      list: LISTS.done,
      kept: kept({ wrote: LISTS.todo, personFields: ['idList'] }),
      actions: [move('c1', LISTS.todo, LISTS.done, AT)],
    });
    assert.equal(digest.sections.done[0]?.by, 'person');
  });

  it('5: a card found where report-sync did not leave it was moved by a person, before any sync noticed', () => {
    const digest = digestOf({
      list: LISTS.done,
      kept: kept({ wrote: LISTS.todo }),
      actions: [move('c1', LISTS.todo, LISTS.done, AT)],
    });
    assert.equal(digest.sections.done[0]?.by, 'person');
  });

  it('5: report-sync completing and then reopening a card made both moves (the newest ends where it wrote)', () => {
    const digest = digestOf({
      list: LISTS.todo,
      kept: kept({ wrote: LISTS.todo }),
      actions: [move('c1', LISTS.todo, LISTS.done, AT), move('c1', LISTS.done, LISTS.todo, LATER)],
    });
    assert.deepEqual([digest.sections.done, digest.sections.moved], [[], []]);
  });

  it('a card that went to Done and out again in the period is not done; a person’s move out is listed', () => {
    const digest = digestOf({
      list: LISTS.doing,
      kept: kept({ wrote: LISTS.done }),
      actions: [move('c1', LISTS.todo, LISTS.done, AT), move('c1', LISTS.done, LISTS.doing, LATER)],
    });
    assert.deepEqual(digest.sections.done, []);
    assert.deepEqual(
      digest.sections.moved.map((e) => [e.list, e.from]),
      [['Doing', 'Done']],
    );
  });

  it('a list a person renamed is still the one report-sync writes the card to', () => {
    const renamed = snapshot([card({ id: 'c1', name: 'Order disks', list: LISTS.done })]);
    renamed.lists = renamed.lists.map((l) => (l.id === LISTS.todo ? { ...l, name: 'Backlog' } : l));
    renamed.cards.push(card({ id: 'c2', name: 'Still in the backlog', list: LISTS.todo }));
    const digest = buildDigest(
      input({
        snapshot: renamed,
        state: state([...kept(), { cardId: 'c2', key: 'k2', wrote: LISTS.todo }], []),
        actions: [move('c1', LISTS.todo, LISTS.done, AT)],
      }),
    );
    assert.equal(digest.sections.done[0]?.by, 'report-sync');
  });
});
