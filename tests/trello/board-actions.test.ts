import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { authQuery } from '../helpers/emulator.ts';
import { harness, newCard } from './harness.ts';

describe('board actions: the emulator records them as Trello does, the gateway reads them page by page', () => {
  it('records what report-sync and people do, in Trello’s action shape, newest first', async (t) => {
    const { gateway, emulator, listId } = await harness(
      t,
      {},
      { members: [{ username: 'kari', fullName: 'Kari' }] },
    );
    const snapshot = await gateway.snapshot(emulator.board.id);
    const kari = snapshot.members.find((m) => m.username === 'kari');
    assert.ok(kari);
    const done = await gateway.createList(emulator.board.id, 'Done');
    const card = await gateway.createCard(newCard(listId, 'Oppgradere OpenStack', 'uke 42'));
    await gateway.updateCard(card.id, {
      idList: done.id,
      name: 'Oppgradere OpenStack til Newton',
      idMembers: [kari.id],
    });
    await gateway.updateCard(card.id, { closed: true });
    await gateway.addComment(card.id, 'ferdig');
    const [item] = (await gateway.addChecklist(card.id, 'Steg', ['planlegge'])).checkItems;
    const checked = await fetch(
      `${emulator.url}/cards/${card.id}/checkItem/${item?.id ?? ''}?${authQuery(emulator, { state: 'complete' })}`,
      { method: 'PUT' },
    );
    assert.equal(checked.status, 200);

    const actions = await gateway.boardActions(emulator.board.id);
    const byType = (type: string) => actions.filter((a) => a.type === type);
    assert.deepEqual(
      actions.map((a) => a.id),
      actions
        .map((a) => a.id)
        .sort()
        .reverse(),
      'newest first',
    );
    assert.ok(byType('createList').some((a) => a.data.list?.id === done.id));
    const [created] = byType('createCard');
    assert.deepEqual(
      [created?.data.card?.id, created?.data.list?.id, created?.data.board?.id],
      [card.id, listId, emulator.board.id],
    );
    const move = byType('updateCard').find(
      (a) => a.data.listAfter !== undefined && a.data.listAfter !== null,
    );
    assert.deepEqual(
      [move?.data.old, move?.data.listBefore?.id, move?.data.listAfter?.id, move?.data.card?.idList],
      [{ idList: listId }, listId, done.id, done.id],
    );
    const renamed = byType('updateCard').find((a) => a.data.old?.['name'] !== undefined);
    assert.deepEqual(
      [renamed?.data.old?.['name'], renamed?.data.card?.name],
      ['Oppgradere OpenStack', 'Oppgradere OpenStack til Newton'],
    );
    const archived = byType('updateCard').find((a) => a.data.old?.['closed'] === false);
    assert.equal(archived?.data.card?.closed, true);
    assert.deepEqual(
      byType('addMemberToCard').map((a) => a.data.idMember),
      [kari.id],
    );
    assert.deepEqual(
      byType('commentCard').map((a) => a.data.text),
      ['ferdig'],
    );
    assert.deepEqual(
      byType('updateCheckItemStateOnCard').map((a) => [a.data.checkItem?.id, a.data.checkItem?.state]),
      [[item?.id, 'complete']],
    );
    const self = await gateway.tokenMember();
    assert.equal(self.username, 'emulator');
    for (const action of actions) {
      assert.match(action.date, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      assert.equal(action.memberCreator?.username, 'emulator');
      assert.equal(action.idMemberCreator, self.id, "the token's member made every change");
    }

    const moves = await gateway.boardActions(emulator.board.id, { types: ['updateCard', 'commentCard'] });
    assert.deepEqual([...new Set(moves.map((a) => a.type))].sort(), ['commentCard', 'updateCard']);
    const since = await gateway.boardActions(emulator.board.id, { since: archived?.id ?? '' });
    assert.deepEqual(since.map((a) => a.type).sort(), [
      'addChecklistToCard',
      'commentCard',
      'updateCheckItemStateOnCard',
    ]);
  });

  it('serves limit (50 by default, at most 1000), page, before and since as Trello documents, and the gateway pages past 1000', async (t) => {
    const { gateway, emulator, listId, urls } = await harness(t);
    const make = Array.from({ length: 1_100 }, (_, i) =>
      fetch(`${emulator.url}/cards?${authQuery(emulator, { idList: listId, name: `c${i}` })}`, {
        method: 'POST',
      }),
    );
    for (const response of await Promise.all(make)) assert.equal(response.status, 200);
    const read = async (params: Record<string, string>) => {
      const response = await fetch(
        `${emulator.url}/boards/${emulator.board.id}/actions?${authQuery(emulator, params)}`,
      );
      return {
        status: response.status,
        body: (await response.json().catch(() => null)) as { id: string }[] | null,
      };
    };
    assert.equal((await read({})).body?.length, 50);
    const first = (await read({ limit: '10', filter: 'createCard' })).body ?? [];
    const second = (await read({ limit: '10', page: '1', filter: 'createCard' })).body ?? [];
    assert.equal(first.length + second.length, 20);
    assert.ok((first.at(-1)?.id ?? '') > (second[0]?.id ?? ''), 'page 1 continues where page 0 ended');
    assert.deepEqual((await read({ limit: '10', before: first.at(-1)?.id ?? '' })).body, second);
    assert.equal((await read({ limit: '1001' })).status, 400);

    urls.length = 0;
    const all = await gateway.boardActions(emulator.board.id, { types: ['createCard'] });
    assert.equal(all.length, 1_100);
    assert.equal(urls.length, 2, 'two pages of at most 1000');
  });
});
