import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lazyGateway } from '../../src/cli/lazy-gateway.ts';
import { FakeGateway } from '../helpers/fake-gateway.ts';

test('a lazy gateway makes the real one on its first request, once, and passes every call through', async () => {
  const fake = new FakeGateway();
  let made = 0;
  const gateway = lazyGateway(async () => {
    made++;
    return fake;
  });
  assert.equal(made, 0, 'nothing made before a request');
  assert.equal(gateway.apiCalls, 0);

  const [board, snapshot] = await Promise.all([
    gateway.board(fake.boardRef.shortLink),
    gateway.snapshot(fake.boardRef.id),
  ]);
  assert.equal(made, 1, 'made once for requests sent together');
  assert.deepEqual(board, fake.boardRef);
  assert.deepEqual(snapshot.cards, []);
  const list = await gateway.createList(board.id, 'Planned');
  const card = await gateway.createCard({
    idList: list.id,
    name: 'A',
    desc: '',
    idLabels: [],
    idMembers: [],
  });
  const checklist = await gateway.addChecklist(card.id, 'Checklist', ['dev']);
  await gateway.addCheckItems(checklist.id, ['prod']);
  assert.deepEqual(
    fake.checklists.map((c) => c.checkItems.map((i) => i.name)),
    [['dev', 'prod']],
  );
  assert.equal(gateway.apiCalls, fake.apiCalls);
  await assert.rejects(gateway.updateCard('missing', { closed: true }), /not found/);
});

test('a lazy gateway is no promise: awaiting it gives the gateway itself and makes nothing', async () => {
  let made = 0;
  const gateway = lazyGateway(async () => {
    made++;
    return new FakeGateway();
  });
  assert.equal(await Promise.resolve(gateway), gateway);
  assert.equal(made, 0);
});
