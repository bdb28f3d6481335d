import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TrelloError } from '../../src/errors.ts';
import { IncompleteChecklistError, OutcomeUnknownError } from '../../src/trello/errors.ts';
import { TRELLO_TEXT_LIMIT } from '../../src/trello/limits.ts';
import { harness, newCard } from './harness.ts';

describe('Trello gateway against the emulator', () => {
  it('resolves a board from its id, shortLink or URL', async (t) => {
    const { gateway, emulator } = await harness(t);
    const { id, shortLink, url } = emulator.board;
    for (const reference of [id, shortLink, url, `https://trello.com/b/${shortLink}/report-sync`]) {
      const board = await gateway.board(reference);
      assert.deepEqual(
        [board.id, board.shortLink, board.name],
        [id, shortLink, emulator.board.name],
        reference,
      );
    }
  });

  it('reads the whole board in one request', async (t) => {
    const { gateway, emulator, listId } = await harness(t);
    const card = await gateway.createCard({ ...newCard(listId, 'Kept'), idLabels: [] });
    const archived = await gateway.createCard(newCard(listId, 'Archived'));
    await gateway.updateCard(archived.id, { closed: true });
    const checklist = await gateway.addChecklist(card.id, 'Steps', ['one', 'two']);
    const label = await gateway.createLabel(emulator.board.id, 'urgent', 'red');
    const calls = gateway.apiCalls;

    const snapshot = await gateway.snapshot(emulator.board.id);
    assert.equal(gateway.apiCalls - calls, 1);
    assert.equal(snapshot.board.id, emulator.board.id);
    assert.deepEqual(snapshot.cards.map((c) => [c.name, c.closed]).sort(), [
      ['Archived', true],
      ['Kept', false],
    ]);
    assert.ok(snapshot.labels.some((l) => l.id === label.id && l.color === 'red'));
    assert.deepEqual(snapshot.checklists, [checklist]);
    assert.ok(snapshot.lists.some((l) => l.id === listId));
    assert.ok(snapshot.members.length >= 1);
  });

  it('reads every label when a board has more than a page of them', async (t) => {
    const { gateway, emulator } = await harness(t);
    const before = (await gateway.snapshot(emulator.board.id)).labels.length;
    for (let i = before; i < 60; i++) await gateway.createLabel(emulator.board.id, `label ${i}`, null);
    const snapshot = await gateway.snapshot(emulator.board.id);
    assert.equal(snapshot.labels.length, 60);
    assert.ok(snapshot.labels.some((l) => l.name === 'label 59' && l.color === null));
  });

  it('creates, reads and updates cards with labels and members', async (t) => {
    const { gateway, emulator, listId } = await harness(t);
    const snapshot = await gateway.snapshot(emulator.board.id);
    const member = snapshot.members[0];
    assert.ok(member);
    const label = await gateway.createLabel(emulator.board.id, 'todo', 'green');
    const list = await gateway.createList(emulator.board.id, 'Planned');

    const card = await gateway.createCard({
      idList: listId,
      name: 'Write',
      desc: 'body',
      idLabels: [label.id],
      idMembers: [member.id],
    });
    assert.deepEqual(
      [card.name, card.desc, card.idLabels, card.idMembers],
      ['Write', 'body', [label.id], [member.id]],
    );

    const moved = await gateway.updateCard(card.id, {
      idList: list.id,
      name: 'Write more',
      idLabels: [],
      idMembers: [],
    });
    assert.deepEqual(
      [moved.idList, moved.name, moved.idLabels, moved.idMembers],
      [list.id, 'Write more', [], []],
    );
    const read = (await gateway.snapshot(emulator.board.id)).cards.find((c) => c.id === card.id);
    assert.deepEqual(read, moved);
  });

  it('adds comments and checklists', async (t) => {
    const { gateway, listId, emulator } = await harness(t);
    const card = await gateway.createCard(newCard(listId, 'With extras'));
    await gateway.addComment(card.id, 'no longer in any report');
    const checklist = await gateway.addChecklist(card.id, 'Checklist', ['a', 'b', 'c']);
    assert.deepEqual(
      checklist.checkItems.map((i) => [i.name, i.state]),
      [
        ['a', 'incomplete'],
        ['b', 'incomplete'],
        ['c', 'incomplete'],
      ],
    );
    assert.equal(checklist.idCard, card.id);
    assert.equal(emulator.stats().byRoute['POST /1/checklists/:id/checkItems'], 3);
  });

  it('adds items to an existing checklist, in order', async (t) => {
    const { gateway, listId, emulator } = await harness(t);
    const card = await gateway.createCard(newCard(listId, 'Growing'));
    const checklist = await gateway.addChecklist(card.id, 'Steps', ['one']);
    const added = await gateway.addCheckItems(checklist.id, ['two', 'three']);
    assert.deepEqual(
      added.map((i) => [i.name, i.state]),
      [
        ['two', 'incomplete'],
        ['three', 'incomplete'],
      ],
    );
    const onBoard = (await gateway.snapshot(emulator.board.id)).checklists.find((c) => c.id === checklist.id);
    assert.deepEqual(
      onBoard?.checkItems.map((i) => i.name),
      ['one', 'two', 'three'],
    );
  });

  it('says where a checklist cut short stands, so that it can be finished without a duplicate', async (t) => {
    const { gateway, listId, emulator } = await harness(t);
    const card = await gateway.createCard(newCard(listId, 'Cut short'));
    // The connection drops on the first item: the checklist exists, its items do not.
    emulator.setFaults({ resetRate: 1, routes: ['POST /1/checklists/:id/checkItems'], maxFaults: 1 });
    const error = await gateway.addChecklist(card.id, 'Steps', ['a', 'b', 'c']).then(
      () => assert.fail('expected a failure'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof IncompleteChecklistError);
    assert.ok(error instanceof OutcomeUnknownError, 'callers that reconcile unknown outcomes still do');
    assert.deepEqual([error.added, error.remaining], [[], ['a', 'b', 'c']]);
    assert.ok(
      error.cause instanceof OutcomeUnknownError,
      'the first remaining item may exist: it did not here',
    );
    assert.match(error.message, /got 0 of the 3 items .*adding "a" failed/);

    await gateway.addCheckItems(error.checklistId, error.remaining);
    const checklists = (await gateway.snapshot(emulator.board.id)).checklists.filter(
      (c) => c.idCard === card.id,
    );
    assert.deepEqual(
      checklists.map((c) => [c.id, c.name, c.checkItems.map((i) => i.name)]),
      [[error.checklistId, 'Steps', ['a', 'b', 'c']]],
    );
  });

  it('sends key and token in the Authorization header, never in a URL', async (t) => {
    const { gateway, listId, emulator, urls } = await harness(t);
    const card = await gateway.createCard(newCard(listId, 'private'));
    await gateway.updateCard(card.id, { name: 'still private' });
    await gateway.addChecklist(card.id, 'Checklist', ['x']);
    await gateway.snapshot(emulator.board.id);
    await gateway.board(emulator.board.shortLink);
    assert.equal(urls.length, 6);
    assert.equal(emulator.stats().byStatus['401'], undefined, 'the emulator accepted every request');
    for (const url of urls) {
      assert.ok(!url.includes(emulator.token) && !url.includes(emulator.key), url);
      assert.ok(!/[?&](key|token)=/.test(url), url);
    }
  });

  it('sends a long description in the body and keeps Trello’s 16384 characters of it', async (t) => {
    const { gateway, listId, emulator } = await harness(t);
    const card = await gateway.createCard(newCard(listId, 'Long', 'é'.repeat(20_000)));
    assert.equal(card.desc.length, TRELLO_TEXT_LIMIT);
    const updated = await gateway.updateCard(card.id, { desc: 'x'.repeat(30_000), name: 'n'.repeat(17_000) });
    assert.deepEqual([updated.desc.length, updated.name.length], [TRELLO_TEXT_LIMIT, TRELLO_TEXT_LIMIT]);
    await gateway.addComment(card.id, 'c'.repeat(20_000));
    assert.equal(emulator.stats().byStatus['414'], undefined);
  });

  it('names the board that cannot be found', async (t) => {
    const { gateway } = await harness(t);
    for (const reference of ['0123456789abcdef01234567', 'https://trello.com/b/NoSuchB1/x']) {
      await assert.rejects(gateway.board(reference), (error: unknown) => {
        assert.ok(error instanceof TrelloError);
        assert.equal(error.status, 404);
        assert.match(error.message, /board ".*" was not found, or the token has no access/);
        return true;
      });
    }
  });

  it('counts every request sent', async (t) => {
    const { gateway, emulator, listId } = await harness(t);
    await gateway.createCard(newCard(listId, 'one'));
    await gateway.snapshot(emulator.board.id);
    assert.equal(gateway.apiCalls, 2);
    assert.equal(emulator.stats().total, 2);
  });
});
