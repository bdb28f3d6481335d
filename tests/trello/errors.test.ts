import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { inspect } from 'node:util';
import { ConfigError, TrelloError } from '../../src/errors.ts';
import { createLogger, silentLogger } from '../../src/log/logger.ts';
import { OutcomeUnknownError } from '../../src/trello/errors.ts';
import { createTrelloGateway, type TrelloGatewayOptions } from '../../src/trello/gateway.ts';
import { withEmulator } from '../helpers/emulator.ts';
import { newCard } from './harness.ts';
import { scriptedServer } from './scripted-server.ts';
import { virtualClock } from './virtual-clock.ts';

const KEY = '0123456789abcdef0123456789abcdef';
const TOKEN = 'ATTAsecret0token0that0must0never0be0shown0anywhere0000000000000000';

function gateway(apiUrl: string, options: Partial<TrelloGatewayOptions> = {}) {
  return createTrelloGateway({
    apiUrl,
    key: KEY,
    token: TOKEN,
    logger: silentLogger(),
    clock: virtualClock(),
    ...options,
  });
}

/** Every way an error may be shown or logged, checked for the secrets. */
function assertNoSecrets(error: unknown, secrets: string[] = [KEY, TOKEN]): void {
  const renderings = [
    String(error),
    (error as Error).stack ?? '',
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
  ];
  for (const secret of secrets) {
    for (const text of renderings)
      assert.ok(!text.includes(secret), `secret found in: ${text.slice(0, 300)}`);
  }
}

async function failure(promise: Promise<unknown>): Promise<TrelloError> {
  const error = await promise.then(
    () => assert.fail('expected a failure'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof TrelloError, `a TrelloError, got ${inspect(error)}`);
  return error;
}

describe('gateway errors', () => {
  it('says to check the credentials when Trello refuses them, without showing them', async (t) => {
    const emulator = await withEmulator(t);
    const wrongToken = await failure(
      createTrelloGateway({
        apiUrl: emulator.url,
        key: emulator.key,
        token: TOKEN,
        logger: silentLogger(),
      }).board(emulator.board.id),
    );
    assert.equal(wrongToken.status, 401);
    assert.match(
      wrongToken.message,
      /\(401 invalid token\)\. Fix: the key is right, the token is not .*set TRELLO_API_TOKEN to a new token, generated with the "Token" link/,
    );
    assert.doesNotMatch(wrongToken.message, /TRELLO_API_KEY/, 'the key is not the one to change');
    assertNoSecrets(wrongToken, [emulator.key, TOKEN]);

    const wrongKey = await failure(gateway(emulator.url).snapshot(emulator.board.id));
    assert.equal(wrongKey.status, 401);
    assert.match(
      wrongKey.message,
      /\(401 invalid key\)\. Fix: the key is wrong \(the token was not checked\): set TRELLO_API_KEY to the API key of your Power-Up/,
    );
    assert.doesNotMatch(wrongKey.message, /TRELLO_API_TOKEN/);
    assertNoSecrets(wrongKey);
  });

  it('hides the secrets even when a server echoes the request back', async (t) => {
    const { apiUrl } = await scriptedServer(t, (request) => ({
      status: 400,
      body: `bad request: ${request.url} with ${request.authorization}`,
    }));
    const error = await failure(gateway(apiUrl).createList('b'.repeat(24), 'x'));
    assert.equal(error.status, 400);
    assert.match(error.message, /oauth_consumer_key="\[redacted\]", oauth_token="\[redacted\]"/);
    assertNoSecrets(error);
  });

  it('sends key and token in the Authorization header, never in a URL', async (t) => {
    const board = { id: 'b'.repeat(24), name: 'B', shortLink: 'AbCd1234', url: 'u' };
    const { apiUrl, seen } = await scriptedServer(t, (request) =>
      request.method === 'GET' ? { status: 200, body: board } : { status: 200, body: { id: 'c'.repeat(24) } },
    );
    const client = gateway(apiUrl);
    await client.board(board.shortLink);
    await client.createCard(newCard('l'.repeat(24), 'x'));
    await client.updateCard('c'.repeat(24), { name: 'y' });
    assert.equal(seen.length, 3);
    for (const request of seen) {
      for (const secret of [KEY, TOKEN]) {
        assert.ok(!request.url.includes(secret), request.url);
        assert.ok(!request.body.includes(secret), request.body);
      }
      assert.equal(request.authorization, `OAuth oauth_consumer_key="${KEY}", oauth_token="${TOKEN}"`);
    }
  });

  it('redacts a secret in the path of a write whose outcome is unknown', async (t) => {
    const { apiUrl } = await scriptedServer(t, () => ({ status: 500, body: 'Internal Server Error' }));
    // A token pasted where the board id belongs ends up in the path.
    const error = await failure(gateway(apiUrl).createLabel(TOKEN, 'urgent', 'red'));
    assert.ok(error instanceof OutcomeUnknownError);
    assert.deepEqual([error.method, error.path], ['POST', '/boards/[redacted]/labels']);
    assertNoSecrets(error);
  });

  it('explains a server it cannot reach, after retrying', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const unreachable = gateway(`http://127.0.0.1:${port}/1`, { maxRetries: 2 });
    const error = await failure(unreachable.createCard(newCard('0123456789abcdef01234567', 'x')));
    assert.ok(!(error instanceof OutcomeUnknownError), 'a refused connection never carried the write');
    assert.match(
      error.message,
      /Could not reach Trello at http:\/\/127\.0\.0\.1:\d+ for POST \/cards \(ECONNREFUSED\) after 3 attempts/,
    );
    assert.equal(unreachable.apiCalls, 3);
    assertNoSecrets(error);
  });

  it('retries a 503 on a create but reports a 500 as unknown', async (t) => {
    const card = { id: 'c'.repeat(24), name: 'x', idList: 'l'.repeat(24) };
    const statuses = [503, 200, 500];
    const { seen, apiUrl } = await scriptedServer(t, (_, index) => ({
      status: statuses[index] ?? 500,
      body: card,
    }));
    const client = gateway(apiUrl);
    assert.equal((await client.createCard(newCard(card.idList, 'x'))).id, card.id);
    const unknown = await failure(client.createCard(newCard(card.idList, 'y')));
    assert.ok(unknown instanceof OutcomeUnknownError);
    assert.equal(unknown.status, 500);
    assert.equal(seen.length, 3);
  });

  it('waits as long as Retry-After asks', async (t) => {
    const clock = virtualClock();
    const board = { id: 'b'.repeat(24), name: 'B', shortLink: 'AbCd1234', url: 'u' };
    const { apiUrl } = await scriptedServer(t, (_, index) =>
      index === 0
        ? { status: 429, body: { error: 'API_TOKEN_LIMIT_EXCEEDED' }, headers: { 'retry-after': '7' } }
        : { status: 200, body: board },
    );
    assert.equal((await gateway(apiUrl, { clock, random: () => 0 }).board('AbCd1234')).id, board.id);
    assert.deepEqual(clock.sleeps, [7_000]);
  });

  it('treats an unreadable answer to a create as an unknown outcome, and to a read as an error', async (t) => {
    const { apiUrl } = await scriptedServer(t, () => ({ status: 200, body: { name: 'no id' } }));
    const client = gateway(apiUrl);
    assert.ok(
      (await failure(client.createCard(newCard('0123456789abcdef01234567', 'x')))) instanceof
        OutcomeUnknownError,
    );
    const read = await failure(client.board('0123456789abcdef01234567'));
    assert.ok(!(read instanceof OutcomeUnknownError));
    assert.match(read.message, /data report-sync cannot read \(id: /);
  });

  it('sends write parameters in a form body and keeps the URL short', async (t) => {
    const reply = { id: 'c'.repeat(24) };
    const { apiUrl, seen } = await scriptedServer(t, () => ({ status: 200, body: reply }));
    await gateway(apiUrl).createCard({
      ...newCard('l'.repeat(24), 'Name', 'd'.repeat(20_000)),
      idLabels: ['a'.repeat(24), 'b'.repeat(24)],
    });
    const [request] = seen;
    assert.ok(request);
    assert.equal(request.contentType, 'application/x-www-form-urlencoded');
    const form = new URLSearchParams(request.body);
    assert.deepEqual(
      [form.get('name'), form.get('desc')?.length, form.get('idLabels')],
      ['Name', 16_384, `${'a'.repeat(24)},${'b'.repeat(24)}`],
    );
    assert.ok(request.url.length < 200, request.url);
    assert.ok(!request.body.includes(TOKEN), 'credentials stay out of the body');
  });

  it('logs each request at debug with method, path, status and time, and never the secrets', async (t) => {
    const { apiUrl } = await scriptedServer(t, (_, index) =>
      index === 0 ? { status: 502 } : { status: 200, body: { id: 'c'.repeat(24) } },
    );
    const lines: string[] = [];
    const logger = createLogger({
      level: 'debug',
      destination: { write: (line: string) => lines.push(line) },
    });
    await gateway(apiUrl, { logger })
      .createCard(newCard('l'.repeat(24), 'x', 'd'.repeat(17_000)))
      .catch(() => undefined);
    await gateway(apiUrl, { logger }).board('c'.repeat(24));
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = entries.filter((e) => e['msg'] === 'trello request');
    assert.deepEqual(
      requests.map((e) => [e['method'], e['path'], e['status'], typeof e['ms']]),
      [
        ['POST', '/cards', 502, 'number'],
        ['GET', `/boards/${'c'.repeat(24)}`, 200, 'number'],
      ],
    );
    assert.ok(
      entries.some((e) => e['field'] === 'desc' && e['length'] === 17_000),
      'the cut is logged',
    );
    for (const line of lines) assert.ok(!line.includes(KEY) && !line.includes(TOKEN), line);
  });

  it('refuses an API URL that is not a URL, naming the setting', () => {
    assert.throws(
      () => gateway('api.trello.com'),
      (error: unknown) =>
        error instanceof ConfigError &&
        /"api\.trello\.com" \(setting trello\.apiUrl, or TRELLO_API_URL\) is not a URL/.test(error.message),
    );
  });
});
