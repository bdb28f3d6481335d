import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FaultOptions } from '../../src/emulator/index.ts';
import { withEmulator } from '../helpers/emulator.ts';
import { trelloClient, trelloFailure } from './contract/target.ts';

type Emulator = Awaited<ReturnType<typeof withEmulator>>;

const clientOf = (emulator: Emulator) => trelloClient(emulator.url, emulator.key, emulator.token);

async function firstListId(emulator: Emulator): Promise<string> {
  const [list] = await clientOf(emulator).boards.getBoardLists({ id: emulator.board.id });
  assert.ok(list, 'a new board has lists');
  return list.id;
}

async function cardsNamed(emulator: Emulator, name: string) {
  const cards = await clientOf(emulator).boards.getBoardCardsByFilter({
    id: emulator.board.id,
    filter: 'all',
  });
  return cards.filter((c) => c.name === name);
}

test('commit then drop: the card exists although the client saw the connection fail', async (t) => {
  const emulator = await withEmulator(t);
  const client = clientOf(emulator);
  const idList = await firstListId(emulator);
  emulator.setFaults({ commitThenDropRate: 1, routes: ['POST /1/cards'], maxFaults: 1 });

  await assert.rejects(
    client.cards.createCard({ idList, name: 'Videre arbeid med dev02 testanlegg' }),
    TypeError,
  );
  assert.equal((await cardsNamed(emulator, 'Videre arbeid med dev02 testanlegg')).length, 1);

  // A naive retry after the failure makes the duplicate report-sync must never make.
  await client.cards.createCard({ idList, name: 'Videre arbeid med dev02 testanlegg' });
  assert.equal((await cardsNamed(emulator, 'Videre arbeid med dev02 testanlegg')).length, 2);
  assert.equal(emulator.stats().byStatus['reset'], 1);
});

test('a reset drops the connection before anything is written', async (t) => {
  const emulator = await withEmulator(t);
  const idList = await firstListId(emulator);
  emulator.setFaults({ resetRate: 1, routes: ['POST /1/cards'] });
  await assert.rejects(clientOf(emulator).cards.createCard({ idList, name: 'lost' }), TypeError);
  emulator.setFaults({});
  assert.deepEqual(await cardsNamed(emulator, 'lost'), []);
});

test('server errors answer 500/502/503 as trello.js reports them, and write nothing', async (t) => {
  const emulator = await withEmulator(t);
  const idList = await firstListId(emulator);
  emulator.setFaults({ errorRate: 1, routes: ['POST /1/cards'], maxFaults: 1 });
  const failure = await trelloFailure(clientOf(emulator).cards.createCard({ idList, name: 'not written' }));
  assert.ok([500, 502, 503].includes(failure.status), `status ${failure.status}`);
  assert.deepEqual(await cardsNamed(emulator, 'not written'), []);
  assert.equal(emulator.stats().faults, 1);
});

async function statusSequence(
  faults: FaultOptions,
  t: Parameters<typeof withEmulator>[0],
): Promise<number[]> {
  const emulator = await withEmulator(t, { faults, rateLimit: false });
  const url = `${emulator.url}/boards/${emulator.board.id}?key=${emulator.key}&token=${emulator.token}`;
  const statuses: number[] = [];
  for (let i = 0; i < 24; i++) statuses.push((await fetch(url)).status);
  return statuses;
}

test('faults are drawn from a seeded generator: the same seed fails the same requests', async (t) => {
  const first = await statusSequence({ seed: 42, errorRate: 0.5 }, t);
  const again = await statusSequence({ seed: 42, errorRate: 0.5 }, t);
  const otherSeed = await statusSequence({ seed: 7, errorRate: 0.5 }, t);
  assert.deepEqual(again, first);
  assert.notDeepEqual(otherSeed, first);
  assert.ok(first.includes(200) && first.some((s) => s >= 500), `a mix of answers: ${first.join(' ')}`);
});

test('a 429 storm answers with the token-limit body whatever the counts', async (t) => {
  const emulator = await withEmulator(t, { faults: { rateLimitStormRate: 1 } });
  const response = await fetch(`${emulator.url}/members/me?key=${emulator.key}&token=${emulator.token}`);
  assert.equal(response.status, 429);
  assert.deepEqual(await response.json(), {
    error: 'API_TOKEN_LIMIT_EXCEEDED',
    message: 'Rate limit exceeded',
  });
  assert.equal(emulator.stats().rateLimited, 1);
});

test('/_emulator controls set faults and read stats without counting themselves', async (t) => {
  const emulator = await withEmulator(t);
  const control = (path: string, body?: unknown) =>
    fetch(
      `${emulator.origin}/_emulator/${path}`,
      body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) },
    );
  const api = () => fetch(`${emulator.url}/members/me?key=${emulator.key}&token=${emulator.token}`);

  assert.equal((await control('faults', { errorRate: 2 })).status, 400, 'a share above 1 is refused');
  assert.equal((await control('faults', { errorRate: 1, seed: 3 })).status, 200);
  assert.ok((await api()).status >= 500);
  await control('faults', {});
  assert.equal((await api()).status, 200);

  const stats = (await (await control('stats')).json()) as { total: number; writes: number; byRoute: object };
  assert.deepEqual([stats.total, stats.writes, stats.byRoute], [2, 0, { 'GET /1/members/:id': 2 }]);
  await control('reset-stats', {});
  assert.equal(emulator.stats().total, 0);
});
