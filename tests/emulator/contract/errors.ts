import type { TestContext } from 'node:test';
import {
  type ContractTarget,
  type TrelloClient,
  jsonMessage,
  rejectsLikeTrello,
  trelloClient,
} from './target.ts';

type CreateCard = Parameters<TrelloClient['cards']['createCard']>[0];

/** A well-formed id no board holds. */
const MISSING_ID = '5d7f9f1e2b3c4d5e6f708192';

/** The same credential with its last character changed. */
const altered = (secret: string) => `${secret.slice(0, -1)}${secret.endsWith('0') ? '1' : '0'}`;

/** Trello's refusals, as trello.js surfaces them. Writes nothing that could succeed. */
export async function runErrorContract(t: TestContext, target: ContractTarget): Promise<void> {
  const { client, boardId, host, key, token } = target;
  const [list] = await client.boards.getBoardLists({ id: boardId });
  const idList = list?.id ?? MISSING_ID;

  await t.test('a malformed id is 400 invalid id', async () => {
    await rejectsLikeTrello(client.cards.getCard({ id: 'Stuff' }), 400, 'invalid id');
    await rejectsLikeTrello(client.boards.getBoard({ id: 'not-a-board' }), 400, 'invalid id');
  });

  await t.test('a well-formed id that does not exist is 404', async () => {
    await rejectsLikeTrello(
      client.cards.getCard({ id: MISSING_ID }),
      404,
      'The requested resource was not found.',
    );
  });

  await t.test('a card without idList is 400 invalid value for idList', async () => {
    const withoutList = { name: 'never created' } as unknown as CreateCard;
    await rejectsLikeTrello(client.cards.createCard(withoutList), 400, 'invalid value for idList');
  });

  await t.test('a card in an unknown list is 404', async () => {
    await rejectsLikeTrello(
      client.cards.createCard({ idList: MISSING_ID, name: 'never created' }),
      404,
      (body) => {
        if (!/could not find/i.test(body)) throw new Error(`unexpected body: ${body}`);
      },
    );
  });

  await t.test('a bad pos is a JSON 400 "Invalid position"', async () => {
    const call = client.cards.createCard({ idList, name: 'never created', pos: 'sideways' });
    await rejectsLikeTrello(call, 400, jsonMessage(/invalid position/i));
  });

  await t.test('a bad date is a JSON 400 "invalid date"', async () => {
    const call = client.cards.createCard({ idList, name: 'never created', due: 'next tuesday-ish' });
    await rejectsLikeTrello(call, 400, jsonMessage(/invalid date/i));
  });

  await t.test('a malformed id among idLabels is a JSON 400 "Invalid objectId"', async () => {
    const call = client.cards.createCard({ idList, name: 'never created', idLabels: ['zzz'] });
    await rejectsLikeTrello(call, 400, '{"message":"Invalid objectId","error":"ERROR"}');
  });

  await t.test('a wrong key is 401 invalid key, a wrong token 401 invalid token', async () => {
    const wrongKey = trelloClient(host, altered(key), token);
    await rejectsLikeTrello(wrongKey.boards.getBoard({ id: boardId }), 401, 'invalid key');
    const wrongToken = trelloClient(host, key, altered(token));
    await rejectsLikeTrello(wrongToken.boards.getBoard({ id: boardId }), 401, 'invalid token');
  });
}
