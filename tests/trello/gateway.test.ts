import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TrelloError } from '../../src/errors.ts';
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
    assert.deepEqual(await gateway.card(card.id), moved);
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

  it('answers null for a card that does not exist', async (t) => {
    const { gateway, listId } = await harness(t);
    assert.equal(await gateway.card('0123456789abcdef01234567'), null);
    const card = await gateway.createCard(newCard(listId, 'here'));
    assert.equal((await gateway.card(card.id))?.name, 'here');
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
