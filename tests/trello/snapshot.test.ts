import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TrelloError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createTrelloGateway } from '../../src/trello/gateway.ts';
import { type SeenRequest, scriptedServer } from './scripted-server.ts';
import { virtualClock } from './virtual-clock.ts';

const BOARD = 'b'.repeat(24);
const board = { id: BOARD, name: 'Board', shortLink: 'AbCd1234', url: 'https://trello.com/b/AbCd1234/board' };
const list = { id: 'l'.repeat(24), name: 'To do', closed: false, pos: 16384 };
const cardNumbered = (n: number) => ({
  id: n.toString(16).padStart(24, '0'),
  name: `card ${n}`,
  idList: list.id,
  closed: false,
});

/** What each snapshot route answers on a board with `cardCount` cards; `cards/all` pages by `before` like Trello. */
function boardRoutes(cardCount: number) {
  const cards = Array.from({ length: cardCount }, (_, n) => cardNumbered(n));
  return (path: string, query: URLSearchParams): unknown => {
    const base = `/1/boards/${BOARD}`;
    if (path === base) return board;
    if (path === `${base}/lists/all`) return [list];
    if (path === `${base}/labels`) return [{ id: 'a'.repeat(24), name: 'bug', color: 'red' }];
    if (path === `${base}/members`) return [{ id: 'm'.repeat(24), username: 'ann', fullName: 'Ann' }];
    if (path === `${base}/checklists`) return [];
    if (path === `${base}/cards/all`) {
      const before = query.get('before');
      const older = before === null ? cards : cards.filter((c) => c.id < before);
      return older.slice(-1000).reverse(); // newest first, at most 1000, as Trello pages
    }
    return undefined;
  };
}

function gatewayFor(apiUrl: string) {
  return createTrelloGateway({
    apiUrl,
    key: 'k'.repeat(32),
    token: 't'.repeat(64),
    logger: silentLogger(),
    clock: virtualClock(),
  });
}

/** What the batch answers for a part instead of reading it: a status and a body, or a malformed entry. */
type PartOverride = { status: number; body: unknown } | { entry: unknown };

function answer(
  routes: ReturnType<typeof boardRoutes>,
  batch: boolean,
  options: { parts?: Record<string, PartOverride>; dropLastPart?: boolean } = {},
) {
  return (request: SeenRequest) => {
    const url = new URL(request.url, 'http://x');
    if (url.pathname === '/1/batch') {
      if (!batch) return { status: 404, body: 'Cannot GET /1/batch' };
      const inner = (url.searchParams.get('urls') ?? '').split(',');
      const entries = inner.map((route) => {
        const override = options.parts?.[route.replace(`/boards/${BOARD}`, '') || '/'];
        if (override && 'entry' in override) return override.entry;
        if (override) return { [override.status]: override.body };
        return { 200: routes(`/1${route}`, new URLSearchParams()) };
      });
      return { status: 200, body: options.dropLastPart ? entries.slice(0, -1) : entries };
    }
    const body = routes(url.pathname, url.searchParams);
    return body === undefined ? { status: 404, body: 'not found' } : { status: 200, body };
  };
}

const paths = (seen: SeenRequest[]) => seen.map((r) => new URL(r.url, 'http://x').pathname);

describe('board snapshot', () => {
  it('falls back to one request per part when the server has no batch', async (t) => {
    const { apiUrl, seen } = await scriptedServer(t, answer(boardRoutes(3), false));
    const client = gatewayFor(apiUrl);
    const snapshot = await client.snapshot(BOARD);
    assert.equal(snapshot.board.shortLink, 'AbCd1234');
    assert.deepEqual(snapshot.cards.map((c) => c.name).sort(), ['card 0', 'card 1', 'card 2']);
    assert.deepEqual([snapshot.lists.length, snapshot.labels.length, snapshot.members.length], [1, 1, 1]);
    assert.equal(seen.length, 7, 'the refused batch, then six reads');
    assert.equal(client.apiCalls, 7);
  });

  it('reads a part the batch could not read for load (429, 5xx) again on its own', async (t) => {
    const { apiUrl, seen } = await scriptedServer(
      t,
      answer(boardRoutes(3), true, {
        parts: {
          '/labels': {
            status: 429,
            body: { error: 'API_TOKEN_LIMIT_EXCEEDED', message: 'Rate limit exceeded' },
          },
          '/cards/all': { status: 502, body: 'Bad Gateway' },
          '/checklists': { entry: { unexpected: true } },
        },
      }),
    );
    const snapshot = await gatewayFor(apiUrl).snapshot(BOARD);
    assert.deepEqual(snapshot.cards.map((c) => c.name).sort(), ['card 0', 'card 1', 'card 2']);
    assert.deepEqual(
      snapshot.labels.map((l) => l.name),
      ['bug'],
    );
    assert.deepEqual(snapshot.checklists, []);
    assert.deepEqual(paths(seen), [
      '/1/batch',
      `/1/boards/${BOARD}/labels`,
      `/1/boards/${BOARD}/cards/all`,
      `/1/boards/${BOARD}/checklists`,
    ]);
  });

  it('explains any other refusal inside the batch', async (t) => {
    const { apiUrl } = await scriptedServer(
      t,
      answer(boardRoutes(3), true, {
        parts: { '/members': { status: 401, body: 'unauthorized permission requested' } },
      }),
    );
    await assert.rejects(gatewayFor(apiUrl).snapshot(BOARD), (error: unknown) => {
      assert.ok(error instanceof TrelloError);
      assert.equal(error.status, 401);
      assert.ok(
        error.message.startsWith(
          `Trello says this token may not use GET /boards/${BOARD}/members (inside GET /batch) (401 unauthorized permission requested): the token's member needs access to the board`,
        ),
        error.message,
      );
      return true;
    });
  });

  it('falls back to one request per part when the batch answer has the wrong number of parts', async (t) => {
    const { apiUrl, seen } = await scriptedServer(t, answer(boardRoutes(3), true, { dropLastPart: true }));
    const snapshot = await gatewayFor(apiUrl).snapshot(BOARD);
    assert.deepEqual(snapshot.cards.map((c) => c.name).sort(), ['card 0', 'card 1', 'card 2']);
    assert.equal(snapshot.board.id, BOARD);
    assert.equal(seen.length, 7, 'the short batch, then six reads');
    assert.deepEqual(paths(seen).slice(1).sort(), [
      `/1/boards/${BOARD}`,
      `/1/boards/${BOARD}/cards/all`,
      `/1/boards/${BOARD}/checklists`,
      `/1/boards/${BOARD}/labels`,
      `/1/boards/${BOARD}/lists/all`,
      `/1/boards/${BOARD}/members`,
    ]);
  });

  it('pages through the cards of a board with more than a thousand', async (t) => {
    const { apiUrl, seen } = await scriptedServer(t, answer(boardRoutes(2_300), true));
    const snapshot = await gatewayFor(apiUrl).snapshot(BOARD);
    assert.equal(snapshot.cards.length, 2_300);
    assert.equal(new Set(snapshot.cards.map((c) => c.id)).size, 2_300);
    const pages = seen.slice(1).map((r) => new URL(r.url, 'http://x').searchParams.get('before'));
    assert.deepEqual(pages, [cardNumbered(1_300).id, cardNumbered(300).id]);
  });
});
