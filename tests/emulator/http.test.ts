import assert from 'node:assert/strict';
import { request } from 'node:http';
import { test } from 'node:test';
import { withEmulator } from '../helpers/emulator.ts';

type Emulator = Awaited<ReturnType<typeof withEmulator>>;

async function listId(emulator: Emulator): Promise<string> {
  const response = await fetch(
    `${emulator.url}/boards/${emulator.board.id}/lists?key=${emulator.key}&token=${emulator.token}`,
  );
  const [list] = (await response.json()) as { id: string }[];
  assert.ok(list);
  return list.id;
}

const credentials = (emulator: Emulator) => `key=${emulator.key}&token=${emulator.token}`;

test('parameters are read from the query, a form body or a JSON body', async (t) => {
  const emulator = await withEmulator(t);
  const idList = await listId(emulator);
  const [label] = (await (
    await fetch(`${emulator.url}/boards/${emulator.board.id}/labels?${credentials(emulator)}`)
  ).json()) as {
    id: string;
  }[];
  const post = (query: string, init: RequestInit = {}) =>
    fetch(`${emulator.url}/cards?${credentials(emulator)}${query}`, { method: 'POST', ...init }).then(
      async (r) => (await r.json()) as { name: string; desc: string; idLabels: string[]; pos: number },
    );

  const fromQuery = await post(`&${new URLSearchParams({ idList, name: 'query', desc: 'in the URL' })}`);
  const fromForm = await post('', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ idList, name: 'form', desc: 'æøå 中文 & = +' }).toString(),
  });
  const fromJson = await post('', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({
      idList,
      name: 'json',
      desc: 'x'.repeat(16_000),
      idLabels: [label?.id],
      pos: 'top',
    }),
  });

  assert.deepEqual([fromQuery.name, fromQuery.desc], ['query', 'in the URL']);
  assert.deepEqual([fromForm.name, fromForm.desc], ['form', 'æøå 中文 & = +']);
  assert.deepEqual([fromJson.name, fromJson.desc.length, fromJson.idLabels], ['json', 16_000, [label?.id]]);
  assert.ok(fromJson.pos < fromQuery.pos, 'pos "top" came from the body');
});

test('a URL over 8 KB is 414, before the credentials are even looked at', async (t) => {
  const emulator = await withEmulator(t);
  const longDesc = encodeURIComponent('y'.repeat(9000));
  const anonymous = await fetch(`${emulator.url}/cards?desc=${longDesc}`, { method: 'POST' });
  assert.equal(anonymous.status, 414);
  const authorised = await fetch(`${emulator.url}/cards?${credentials(emulator)}&desc=${longDesc}`, {
    method: 'POST',
  });
  assert.equal(authorised.status, 414);
  assert.equal(emulator.stats().writes, 2);
});

test('key and token may come in an OAuth Authorization header instead of the query', async (t) => {
  const emulator = await withEmulator(t);
  const header = (key: string, token: string) => ({
    authorization: `OAuth oauth_consumer_key="${key}", oauth_token="${token}"`,
  });
  const ok = await fetch(`${emulator.url}/boards/${emulator.board.id}`, {
    headers: header(emulator.key, emulator.token),
  });
  assert.equal(ok.status, 200);
  assert.equal(((await ok.json()) as { id: string }).id, emulator.board.id);
  const badToken = await fetch(`${emulator.url}/boards/${emulator.board.id}`, {
    headers: header(emulator.key, 'nope'),
  });
  assert.deepEqual([badToken.status, await badToken.text()], [401, 'invalid token']);
  const none = await fetch(`${emulator.url}/boards/${emulator.board.id}`);
  assert.deepEqual([none.status, await none.text()], [401, 'unauthorized permission requested']);
  const noneWrite = await fetch(`${emulator.url}/cards`, { method: 'POST' });
  assert.deepEqual([noneWrite.status, await noneWrite.text()], [401, 'missing scopes']);
});

test('a malformed percent-escape in the OAuth header is a 401, not a 500', async (t) => {
  const emulator = await withEmulator(t);
  const answer = async (authorization: string) => {
    const response = await fetch(`${emulator.url}/boards/${emulator.board.id}`, {
      headers: { authorization },
    });
    return [response.status, await response.text()];
  };
  assert.deepEqual(await answer('OAuth oauth_consumer_key="%E0%A4%A", oauth_token="x"'), [
    401,
    'invalid key',
  ]);
  assert.deepEqual(await answer(`OAuth oauth_consumer_key="${emulator.key}", oauth_token="%"`), [
    401,
    'invalid token',
  ]);
  assert.equal(emulator.stats().byStatus['500'], undefined);
});

test('only the configured key/token pairs are accepted', async (t) => {
  const emulator = await withEmulator(t, {
    credentials: [
      { key: 'k1', token: 'tok1' },
      { key: 'k2', token: 'tok2' },
    ],
  });
  const status = async (key: string, token: string) =>
    (await fetch(`${emulator.url}/members/me?key=${key}&token=${token}`)).status;
  assert.deepEqual(
    await Promise.all([
      status('k1', 'tok1'),
      status('k2', 'tok2'),
      status('k1', 'tok2'),
      status('k3', 'tok1'),
    ]),
    [200, 200, 401, 401],
  );
});

test('errors come as Trello sends them: plain text, except the JSON validation errors', async (t) => {
  const emulator = await withEmulator(t);
  const notFound = await fetch(`${emulator.url}/cards/5d7f9f1e2b3c4d5e6f708192?${credentials(emulator)}`);
  assert.equal(notFound.headers.get('content-type'), 'text/plain; charset=utf-8');
  // A path no route serves gets Express's 404, which echoes the whole target, credentials included (R).
  const unknownRoute = await fetch(`${emulator.url}/nothing/here?${credentials(emulator)}`);
  assert.deepEqual(
    [unknownRoute.status, await unknownRoute.text()],
    [404, `Cannot GET /1/nothing/here?${credentials(emulator)}`],
  );
  const idList = await listId(emulator);
  const badPos = await fetch(`${emulator.url}/cards?${credentials(emulator)}&idList=${idList}&pos=-3`, {
    method: 'POST',
  });
  assert.equal(badPos.status, 400);
  assert.match(badPos.headers.get('content-type') ?? '', /^application\/json/);
});

test('a GET carrying a body is refused, as Trello has refused it since 2024', async (t) => {
  const emulator = await withEmulator(t);
  const body = '{"name":"x"}';
  // fetch() will not send a GET with a body, so this one goes through node:http.
  const status = await new Promise<number>((resolve, reject) => {
    const url = `${emulator.url}/boards/${emulator.board.id}?${credentials(emulator)}`;
    const headers = { 'content-type': 'application/json', 'content-length': String(body.length) };
    const req = request(url, { method: 'GET', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
  assert.equal(status, 403);
});
