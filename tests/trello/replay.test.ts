import assert from 'node:assert/strict';
import { type TestContext, describe, it } from 'node:test';
import { TrelloError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createTrelloGateway } from '../../src/trello/gateway.ts';
import { replayServer } from '../recordings/replay-server.ts';
import { type Sample, sample, samplesOf } from '../recordings/samples.ts';
import { virtualClock } from './virtual-clock.ts';

/**
 * Every recorded answer the gateway's calls touch, served byte for byte to
 * the product's gateway: each must parse into report-sync's types. Trello's
 * reads carry nulls its writes do not (descData, checkItemStates, nameData,
 * idOrganization, avatarHash), so a gateway tested only against its own
 * writes' answers could not see them.
 */

const ID = '5e93ba98614ac22d22f085c4';
const ids = (items: { id: string }[]) => items.map((i) => i.id);
const recordedIds = (sample: Sample) => ids(sample.response.body as { id: string }[]);

async function gatewayOn(t: TestContext) {
  const server = await replayServer(t);
  const gateway = createTrelloGateway({
    apiUrl: server.apiUrl,
    key: 'k'.repeat(32),
    token: 't'.repeat(64),
    logger: silentLogger(),
    clock: virtualClock(),
  });
  return { server, gateway };
}

const SNAPSHOT_PARTS = [
  'GET /1/boards/:id',
  'GET /1/boards/:id/lists',
  'GET /1/boards/:id/labels',
  'GET /1/boards/:id/members',
  'GET /1/boards/:id/cards',
  'GET /1/boards/:id/checklists',
];

function every(route: string): Sample[] {
  const found = samplesOf(route);
  assert.ok(found.length > 0, `a recorded sample of ${route}`);
  return found;
}

describe('the gateway reads every recorded answer of the calls it makes', () => {
  for (const viaBatch of [true, false]) {
    for (const part of SNAPSHOT_PARTS) {
      for (const recorded of every(part)) {
        it(`snapshot ${viaBatch ? 'by batch' : 'one by one'}: ${part} answered with ${recorded.name} (${recorded.recordedAt})`, async (t) => {
          const { server, gateway } = await gatewayOn(t);
          for (const other of SNAPSHOT_PARTS) server.serve(other, every(other)[0] as Sample);
          server.serve(part, recorded);
          if (!viaBatch)
            server.serve('GET /1/batch', {
              ...recorded,
              response: { status: 404, headers: {}, body: 'Cannot GET /1/batch' },
            });
          const snapshot = await gateway.snapshot(ID);
          const body = recorded.response.body;
          if (part === 'GET /1/boards/:id') {
            assert.equal(snapshot.board.id, (body as { id: string }).id);
            assert.match(snapshot.board.shortLink, /^[0-9A-Za-z]{8}$/, 'the shortLink comes from shortUrl');
          }
          if (part.endsWith('/cards')) {
            assert.deepEqual(ids(snapshot.cards), recordedIds(recorded));
            for (const card of snapshot.cards) assert.equal(typeof card.desc, 'string');
            const dues = (body as { due?: string | null }[]).map((c) => c.due ?? null);
            assert.deepEqual(
              snapshot.cards.map((c) => c.due),
              dues,
              'due dates, set or null, as recorded',
            );
          }
          if (part.endsWith('/lists')) assert.deepEqual(ids(snapshot.lists), recordedIds(recorded));
          if (part.endsWith('/labels')) assert.deepEqual(ids(snapshot.labels), recordedIds(recorded));
          if (part.endsWith('/members')) assert.deepEqual(ids(snapshot.members), recordedIds(recorded));
          if (part.endsWith('/checklists')) {
            const recordedItems = (body as { checkItems: { id: string }[] }[]).flatMap((c) =>
              ids(c.checkItems),
            );
            assert.deepEqual(
              snapshot.checklists.flatMap((c) => ids(c.checkItems)),
              recordedItems,
            );
          }
        });
      }
    }
  }

  for (const recorded of every('GET /1/boards/:id')) {
    it(`board() reads ${recorded.name}`, async (t) => {
      const { server, gateway } = await gatewayOn(t);
      server.serve('GET /1/boards/:id', recorded);
      const board = await gateway.board(ID);
      assert.equal(board.id, (recorded.response.body as { id: string }).id);
      assert.match(board.url, /^https:\/\/trello\.com\/b\//);
    });
  }

  for (const recorded of every('POST /1/lists')) {
    it(`createList() reads ${recorded.name}`, async (t) => {
      const { server, gateway } = await gatewayOn(t);
      server.serve('POST /1/lists', recorded);
      const list = await gateway.createList(ID, 'x');
      assert.equal(list.id, (recorded.response.body as { id: string }).id);
    });
  }

  for (const recorded of every('POST /1/labels')) {
    it(`createLabel() reads ${recorded.name}`, async (t) => {
      const { server, gateway } = await gatewayOn(t);
      server.serve('POST /1/labels', recorded);
      const label = await gateway.createLabel(ID, 'x', 'green');
      assert.equal(label.id, (recorded.response.body as { id: string }).id);
    });
  }

  for (const recorded of every('POST /1/cards')) {
    it(`createCard() reads ${recorded.name}`, async (t) => {
      const { server, gateway } = await gatewayOn(t);
      server.serve('POST /1/cards', recorded);
      const card = await gateway.createCard({ idList: ID, name: 'x', desc: '', idLabels: [], idMembers: [] });
      const body = recorded.response.body as { id: string; name: string; url: string; due?: string | null };
      assert.deepEqual([card.id, card.name, card.url], [body.id, body.name, body.url]);
      // A due date comes back as Trello sent it (or none), never as the request's.
      assert.equal(card.due, body.due ?? null);
    });
  }

  for (const recorded of [...every('PUT /1/cards/:id'), ...every('PUT /1/cards/:id/idlist')]) {
    it(`updateCard() and archiving read ${recorded.name}, descData: null and all`, async (t) => {
      const { server, gateway } = await gatewayOn(t);
      server.serve('PUT /1/cards/:id', recorded);
      const body = recorded.response.body as { id: string; closed: boolean };
      const card = await gateway.updateCard(body.id, { closed: true });
      assert.deepEqual([card.id, card.closed], [body.id, body.closed]);
    });
  }

  for (const checklist of every('POST /1/cards/:id/checklists')) {
    for (const item of every('POST /1/checklists/:id/checkitems')) {
      it(`addChecklist() reads ${checklist.name} with ${item.name}`, async (t) => {
        const { server, gateway } = await gatewayOn(t);
        server.serve('POST /1/cards/:id/checklists', checklist);
        server.serve('POST /1/checklists/:id/checkitems', item);
        const made = await gateway.addChecklist(ID, 'x', ['one']);
        assert.equal(made.id, (checklist.response.body as { id: string }).id);
        assert.deepEqual(ids(made.checkItems), [(item.response.body as { id: string }).id]);
      });
    }
  }

  for (const recorded of every('PUT /1/cards/:id/checkitem/:id')) {
    it(`setCheckItemState() reads ${recorded.name}`, async (t) => {
      const { server, gateway } = await gatewayOn(t);
      server.serve('PUT /1/cards/:id/checkitem/:id', recorded);
      const body = recorded.response.body as { id: string; state: string };
      const item = await gateway.setCheckItemState(ID, body.id, body.state === 'complete');
      assert.deepEqual([item.id, item.state], [body.id, body.state]);
      assert.equal(server.requested.at(-1), 'PUT /1/cards/:id/checkitem/:id');
    });
  }

  for (const viaBatch of [true, false]) {
    for (const card of every('GET /1/cards/:id')) {
      for (const lists of every('GET /1/cards/:id/checklists')) {
        it(`readCards() ${viaBatch ? 'by batch' : 'one by one'} reads ${card.name} and ${lists.name}`, async (t) => {
          const { server, gateway } = await gatewayOn(t);
          server.serve('GET /1/cards/:id', card);
          server.serve('GET /1/cards/:id/checklists', lists);
          if (!viaBatch)
            server.serve('GET /1/batch', {
              ...card,
              response: { status: 404, headers: {}, body: 'Not found' },
            });
          const body = card.response.body as { id: string; due: string | null; dueComplete: boolean };
          const reads = await gateway.readCards([body.id], [body.id]);
          const read = reads.cards.get(body.id);
          assert.deepEqual([read?.id, read?.due, read?.dueComplete], [body.id, body.due, body.dueComplete]);
          const items = (lists.response.body as { checkItems: { id: string }[] }[]).flatMap((c) =>
            ids(c.checkItems),
          );
          assert.deepEqual(
            reads.checklists.flatMap((c) => ids(c.checkItems)),
            items,
          );
          assert.equal(server.requested.includes('GET /1/batch'), true);
        });
      }
    }
  }

  it('readCards() takes a card that answers 404 for deleted', async (t) => {
    const { server, gateway } = await gatewayOn(t);
    const gone = sample('card.delete.json#4');
    assert.equal(gone.response.status, 404, 'the recorded answer to a deleted card');
    server.serve('GET /1/cards/:id', gone);
    const reads = await gateway.readCards([ID], []);
    assert.equal(reads.cards.get(ID), null);
  });

  for (const recorded of every('POST /1/cards/:id/actions/comments')) {
    it(`addComment() reads ${recorded.name}, a member without avatar included`, async (t) => {
      const { server, gateway } = await gatewayOn(t);
      server.serve('POST /1/cards/:id/actions/comments', recorded);
      await gateway.addComment(ID, 'Hello, world!');
    });
  }

  const actionLists = [
    ...every('GET /1/cards/:id/actions'),
    ...every('GET /1/members/tacokit/actions'),
    // The answer to a comment is an action too.
    ...every('POST /1/cards/:id/actions/comments').map((s) => ({
      ...s,
      response: { ...s.response, body: [s.response.body] },
    })),
  ];
  for (const recorded of actionLists) {
    it(`boardActions() reads the action shape of ${recorded.name}`, async (t) => {
      const { server, gateway } = await gatewayOn(t);
      server.serve('GET /1/boards/:id/actions', recorded);
      const actions = await gateway.boardActions(ID, { types: ['commentCard'] });
      const body = recorded.response.body as { id: string; type: string; data: { card?: { id: string } } }[];
      assert.deepEqual(ids(actions), ids(body).sort().reverse());
      for (const action of actions) {
        const source = body.find((b) => b.id === action.id);
        assert.deepEqual([action.type, action.data.card?.id], [source?.type, source?.data.card?.id]);
        assert.equal(typeof action.memberCreator?.username, 'string');
      }
    });
  }

  it('the recorded refusal of an unknown token becomes an error that says what to check', async (t) => {
    const { server, gateway } = await gatewayOn(t);
    const refused = sample('auth.invalid-token.json#0');
    assert.deepEqual([refused.response.status, refused.response.body], [401, 'invalid token']);
    server.serve('GET /1/boards/:id', refused);
    const error = await gateway.board(ID).then(
      () => assert.fail('expected a refusal'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof TrelloError);
    assert.equal(error.status, 401);
    assert.match(
      error.message,
      /\(401 invalid token\)\. Fix: the key is right, the token is not .*TRELLO_API_TOKEN/,
    );
  });
});
