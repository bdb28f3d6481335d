import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testClock, withEmulator } from '../helpers/emulator.ts';
import { trelloClient } from './contract/target.ts';

type Emulator = Awaited<ReturnType<typeof withEmulator>>;

async function setUp(emulator: Emulator) {
  const client = trelloClient(emulator.url, emulator.key, emulator.token);
  const [list] = await client.boards.getBoardLists({ id: emulator.board.id });
  assert.ok(list);
  return { client, idList: list.id };
}

test('ids are ObjectIds whose first 4 bytes are the creation time in seconds', async (t) => {
  const emulator = await withEmulator(t);
  const { client, idList } = await setUp(emulator);
  const before = Math.floor(Date.now() / 1000);
  const card = await client.cards.createCard({ idList, name: 'Réunion: suivi du summit' });
  const seconds = parseInt(card.id.slice(0, 8), 16);
  assert.ok(seconds >= before && seconds <= Math.ceil(Date.now() / 1000), `${seconds} vs ${before}`);
  assert.match(card.shortLink ?? '', /^[0-9A-Za-z]{8}$/);
  assert.match(card.url ?? '', new RegExp(`/c/${card.shortLink}/${card.idShort}-reunion-suivi-du-summit$`));
});

test('dates are ISO-8601 UTC with milliseconds, and dateLastActivity moves on change', async (t) => {
  const emulator = await withEmulator(t);
  const { idList } = await setUp(emulator);
  const raw = async (path: string, method = 'GET') =>
    (await (
      await fetch(
        `${emulator.url}${path}${path.includes('?') ? '&' : '?'}key=${emulator.key}&token=${emulator.token}`,
        { method },
      )
    ).json()) as Record<string, string>;
  const card = await raw(`/cards?idList=${idList}&name=dated&due=2030-05-06T07:08:09Z`, 'POST');
  assert.match(card['dateLastActivity'] ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.equal(card['due'], '2030-05-06T07:08:09.000Z');
  await new Promise((resolve) => setTimeout(resolve, 5)); // so the next change lands in a later millisecond
  const updated = await raw(`/cards/${card['id']}?desc=later`, 'PUT');
  assert.ok((updated['dateLastActivity'] ?? '') > (card['dateLastActivity'] ?? ''));
  const cleared = await raw(`/cards/${card['id']}?due=null`, 'PUT');
  assert.equal(cleared['due'], null);
});

test('bottom positions are spaced by 16384 and top halves the smallest', async (t) => {
  const emulator = await withEmulator(t, { board: 'positions' });
  const { client } = await setUp(emulator);
  const list = await client.boards.createBoardList({ id: emulator.board.id, name: 'empty list' });
  const positions = [];
  for (const name of ['a', 'b', 'c'])
    positions.push((await client.cards.createCard({ idList: list.id, name })).pos);
  assert.deepEqual(positions, [16384, 32768, 49152]);
  assert.equal((await client.cards.createCard({ idList: list.id, name: 'first', pos: 'top' })).pos, 8192);
  assert.equal((await client.cards.createCard({ idList: list.id, name: 'exact', pos: 20000 })).pos, 20000);
});

test('seeded members belong to the board and can be put on cards; others cannot', async (t) => {
  const emulator = await withEmulator(t, { members: [{ username: 'kari', fullName: 'Kari Nordmann' }] });
  const { client, idList } = await setUp(emulator);
  const members = await client.boards.getBoardMembers({ id: emulator.board.id });
  assert.deepEqual(members.map((m) => m.username).sort(), ['emulator', 'kari']);
  const kari = members.find((m) => m.username === 'kari');
  const card = await client.cards.createCard({
    idList,
    name: 'Jan Ivar tar initiativ',
    idMembers: [kari?.id ?? ''],
  });
  assert.deepEqual(card.idMembers, [kari?.id]);
  await assert.rejects(
    client.cards.createCard({ idList, name: 'nobody', idMembers: ['5d7f9f1e2b3c4d5e6f708192'] }),
    /Request failed: 400 .* - invalid value for idMembers/,
  );
});

test("search does not see a card until Trello's index would have caught up", async (t) => {
  const clock = testClock();
  const emulator = await withEmulator(t, { searchIndexLagMs: 60_000, clock: clock.now });
  const { client, idList } = await setUp(emulator);
  await client.cards.createCard({ idList, name: 'IPv6 til instanser' });
  const search = () => client.search.search({ query: 'ipv6', modelTypes: 'cards' });
  assert.deepEqual((await search()).cards, []);
  clock.advance(60_000);
  assert.deepEqual(
    (await search()).cards?.map((c) => c.name),
    ['IPv6 til instanser'],
  );
});

test('search finds substrings of names and descriptions once indexed', async (t) => {
  const emulator = await withEmulator(t, { searchIndexLagMs: 0 });
  const { client, idList } = await setUp(emulator);
  await client.cards.createCard({ idList, name: 'Oppgradere til Openstack Newton' });
  await client.cards.createCard({ idList, name: 'Designate', desc: 'og Ceilometer' });
  const byName = await client.search.search({ query: 'openstack', modelTypes: 'cards' });
  const byDesc = await client.search.search({ query: 'CEILO', modelTypes: 'cards' });
  assert.deepEqual(
    byName.cards?.map((c) => c.name),
    ['Oppgradere til Openstack Newton'],
  );
  assert.deepEqual(
    byDesc.cards?.map((c) => c.name),
    ['Designate'],
  );
});

test('a batch answers each inner route with its own status', async (t) => {
  const emulator = await withEmulator(t);
  const urls = [`/boards/${emulator.board.id}`, '/cards/5d7f9f1e2b3c4d5e6f708192', '/cards/bad'].join(',');
  const response = await fetch(
    `${emulator.url}/batch?urls=${urls}&key=${emulator.key}&token=${emulator.token}`,
  );
  const answers = (await response.json()) as Record<string, unknown>[];
  assert.deepEqual(
    answers.map((a) => Object.keys(a)[0]),
    ['200', '404', '400'],
  );
});
