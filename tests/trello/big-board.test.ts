import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { authQuery } from '../helpers/emulator.ts';
import { harness } from './harness.ts';

const CARDS = 1_500;

/** Fills the board's first list with `count` cards, a few requests at a time. */
async function fill(emulator: { url: string; key: string; token: string }, idList: string, count: number) {
  const ids: string[] = [];
  for (let start = 0; start < count; start += 25) {
    const batch = Array.from({ length: Math.min(25, count - start) }, async (_, i) => {
      const query = authQuery(emulator, { idList, name: `card ${start + i}` });
      const response = await fetch(`${emulator.url}/cards?${query}`, { method: 'POST' });
      assert.equal(response.status, 200);
      return ((await response.json()) as { id: string }).id;
    });
    ids.push(...(await Promise.all(batch)));
  }
  return ids;
}

describe('a board with more than 1,000 cards, end to end against the emulator', () => {
  it('is read whole when Trello refuses the cards in one answer, 1000 at a time', async (t) => {
    const { gateway, emulator, listId, urls } = await harness(t, {}, { maxCardsPerRead: 1_200 });
    const ids = await fill(emulator, listId, CARDS);

    const raw = await fetch(`${emulator.url}/boards/${emulator.board.id}/cards/all?${authQuery(emulator)}`);
    assert.equal(raw.status, 403);
    assert.equal(((await raw.json()) as { error: string }).error, 'API_TOO_MANY_CARDS_REQUESTED');

    const snapshot = await gateway.snapshot(emulator.board.id);
    assert.equal(snapshot.cards.length, CARDS);
    assert.deepEqual(snapshot.cards.map((c) => c.id).sort(), [...ids].sort());
    const pages = urls.filter((u) => new URL(u).pathname.endsWith('/cards/all'));
    assert.deepEqual(
      pages.map((u) => [new URL(u).searchParams.get('limit'), new URL(u).searchParams.has('before')]),
      [
        ['1000', false],
        ['1000', true],
      ],
      'the refused read is read again in two pages',
    );
  });

  it('is read whole when the cards come in one answer, checking once for more', async (t) => {
    const { gateway, emulator, listId } = await harness(t);
    await fill(emulator, listId, CARDS);
    const calls = gateway.apiCalls;
    const snapshot = await gateway.snapshot(emulator.board.id);
    assert.equal(snapshot.cards.length, CARDS);
    assert.equal(
      gateway.apiCalls - calls,
      2,
      'the batch, then one page before the oldest card, which is empty',
    );
  });

  it('pages like Trello: limit keeps the newest, before the older ones, the order is list by list then by position', async (t) => {
    const { emulator, listId } = await harness(t);
    const ids = await fill(emulator, listId, 30);
    const read = async (params: Record<string, string>) => {
      const response = await fetch(
        `${emulator.url}/boards/${emulator.board.id}/cards?${authQuery(emulator, params)}`,
      );
      return ((await response.json()) as { id: string; pos: number }[]).map((c) => [c.id, c.pos] as const);
    };
    const newest = await read({ limit: '10' });
    assert.deepEqual(newest.map(([id]) => id).sort(), [...ids].sort().slice(-10));
    const positions = newest.map(([, pos]) => pos);
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
      'ordered by position',
    );
    const oldest = [...ids].sort()[20] ?? '';
    const before = await read({ limit: '10', before: oldest });
    assert.deepEqual(before.map(([id]) => id).sort(), [...ids].sort().slice(10, 20));
    const since = await read({ since: oldest });
    assert.deepEqual(since.map(([id]) => id).sort(), [...ids].sort().slice(21));
    const refused = await fetch(
      `${emulator.url}/boards/${emulator.board.id}/cards?${authQuery(emulator, { limit: '1001' })}`,
    );
    assert.deepEqual([refused.status, await refused.text()], [400, 'invalid value for limit']);
  });
});
