import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withEmulator } from '../helpers/emulator.ts';
import { runErrorContract } from './contract/errors.ts';
import { runScenario } from './contract/scenario.ts';
import { type ContractTarget, trelloClient } from './contract/target.ts';

/** Routes the contract must have exercised on the emulator: everything report-sync's gateway calls. */
const EXERCISED_ROUTES = [
  'GET /1/boards/:id',
  'GET /1/boards/:id/lists',
  'GET /1/boards/:id/lists/:filter',
  'POST /1/boards/:id/lists',
  'POST /1/lists',
  'PUT /1/lists/:id',
  'GET /1/boards/:id/labels',
  'POST /1/boards/:id/labels',
  'GET /1/boards/:id/cards',
  'GET /1/boards/:id/cards/:filter',
  'GET /1/boards/:id/members',
  'GET /1/boards/:id/checklists',
  'GET /1/members/:id',
  'POST /1/cards',
  'GET /1/cards/:id',
  'PUT /1/cards/:id',
  'DELETE /1/cards/:id',
  'POST /1/cards/:id/actions/comments',
  'GET /1/cards/:id/actions',
  'POST /1/cards/:id/checklists',
  'GET /1/cards/:id/checklists',
  'POST /1/checklists/:id/checkItems',
  'POST /1/cards/:id/attachments',
  'GET /1/cards/:id/attachments',
  'GET /1/search',
  'GET /1/batch',
];

test('contract: the emulator answers trello.js as Trello does', async (t) => {
  const emulator = await withEmulator(t, { realRateLimits: true });
  const target: ContractTarget = {
    client: trelloClient(emulator.url, emulator.key, emulator.token),
    boardId: emulator.board.id,
    host: emulator.url,
    key: emulator.key,
    token: emulator.token,
  };
  await t.test('scenario', (s) => runScenario(s, target));
  await t.test('errors', (s) => runErrorContract(s, target));
  await t.test('every route report-sync uses was exercised', () => {
    const { byRoute, rateLimited } = emulator.stats();
    assert.deepEqual(
      EXERCISED_ROUTES.filter((route) => !byRoute[route]),
      [],
    );
    assert.equal(rateLimited, 0);
  });
});

const live = {
  key: process.env['TRELLO_API_KEY'],
  token: process.env['TRELLO_API_TOKEN'],
  board: process.env['TRELLO_TEST_BOARD'],
};
const liveSkip =
  live.key && live.token && live.board
    ? false
    : 'real Trello not configured: set TRELLO_API_KEY, TRELLO_API_TOKEN and TRELLO_TEST_BOARD (a board id or shortLink the token may write to) to run the same contract against it';

test('contract: real Trello answers the same way', { skip: liveSkip }, async (t) => {
  const host = 'https://api.trello.com/1';
  const key = live.key ?? '';
  const token = live.token ?? '';
  const client = trelloClient(host, key, token);
  const board = await client.boards.getBoard({ id: live.board ?? '' });
  const target: ContractTarget = { client, boardId: board.id, host, key, token };
  await t.test('scenario', (s) => runScenario(s, target));
  await t.test('errors', (s) => runErrorContract(s, target));
});
