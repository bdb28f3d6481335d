import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { withEmulator } from '../helpers/emulator.ts';

/**
 * The npm `trello` package (norberteder/trello), a client other than ours: it
 * builds its own URLs, some in Trello's older forms (`PUT /cards/{id}/{field}?value=`,
 * `/1/member/{id}`, `/checklists/{id}/checkitems`), and resolves with the
 * parsed JSON or rejects with Trello's body as the message.
 */
interface TrelloPackage {
  uri: string;
  makeRequest(method: string, path: string, options?: Record<string, unknown>): Promise<unknown>;
  getMember(id: string): Promise<Json>;
  getListsOnBoard(boardId: string): Promise<Json[]>;
  addListToBoard(boardId: string, name: string): Promise<Json>;
  addLabelOnBoard(boardId: string, name: string, color: string): Promise<Json>;
  addCardWithExtraParams(name: string, extra: Record<string, unknown>, listId: string): Promise<Json>;
  addChecklistToCard(cardId: string, name: string): Promise<Json>;
  addItemToChecklist(checklistId: string, name: string, pos: string): Promise<Json>;
  getChecklistsOnCard(cardId: string): Promise<Json[]>;
  updateCardName(cardId: string, name: string): Promise<Json>;
  updateCardDescription(cardId: string, desc: string): Promise<Json>;
  updateCard(cardId: string, field: string, value: unknown): Promise<Json>;
  getCardsOnBoard(boardId: string): Promise<Json[]>;
}
type Json = Record<string, unknown>;

const Trello = createRequire(import.meta.url)('trello') as new (key: string, token: string) => TrelloPackage;

test('another client (the npm trello package) runs a realistic sequence against the emulator, with no 404', async (t) => {
  const emulator = await withEmulator(t, { searchIndexLagMs: 0 });
  const trello = new Trello(emulator.key, emulator.token);
  trello.uri = emulator.origin;
  const boardId = emulator.board.id;

  const me = await trello.getMember('me');
  const board = (await trello.makeRequest('get', `/1/boards/${boardId}`)) as Json;
  assert.equal(board['id'], boardId);
  const lists = await trello.getListsOnBoard(boardId);
  assert.ok(lists.length > 0);

  const list = await trello.addListToBoard(boardId, 'Planned');
  const label = await trello.addLabelOnBoard(boardId, 'report', 'sky');
  assert.deepEqual([label['name'], label['color']], ['report', 'sky']);
  const card = await trello.addCardWithExtraParams(
    'Oppgradere OpenStack',
    { desc: 'Fra rapporten: uke 42', idLabels: String(label['id']), idMembers: String(me['id']), pos: 'top' },
    String(list['id']),
  );
  assert.deepEqual(
    [card['name'], card['desc'], card['idLabels'], card['idMembers'], card['idList']],
    ['Oppgradere OpenStack', 'Fra rapporten: uke 42', [label['id']], [me['id']], list['id']],
  );
  const checklist = await trello.addChecklistToCard(String(card['id']), 'Steg');
  for (const [index, item] of ['planlegge', 'oppgradere'].entries())
    await trello.addItemToChecklist(String(checklist['id']), item, String((index + 1) * 100));
  const [onCard] = await trello.getChecklistsOnCard(String(card['id']));
  assert.deepEqual(
    (onCard?.['checkItems'] as Json[]).map((i) => i['name']),
    ['planlegge', 'oppgradere'],
  );

  const renamed = await trello.updateCardName(String(card['id']), 'Oppgradere OpenStack til Newton');
  assert.equal(renamed['name'], 'Oppgradere OpenStack til Newton');
  const described = await trello.updateCardDescription(String(card['id']), 'Oppdatert');
  assert.equal(described['desc'], 'Oppdatert');
  const found = (await trello.makeRequest('get', '/1/search', { query: 'newton', modelTypes: 'cards' })) as {
    cards: Json[];
  };
  assert.deepEqual(
    found.cards.map((c) => c['id']),
    [card['id']],
  );
  const archived = await trello.updateCard(String(card['id']), 'closed', true);
  assert.equal(archived['closed'], true);
  assert.ok(!(await trello.getCardsOnBoard(boardId)).some((c) => c['id'] === card['id']));

  const { byStatus, byRoute } = emulator.stats();
  assert.equal(byStatus['404'], undefined, `no 404: ${JSON.stringify(byRoute)}`);
  assert.deepEqual(Object.keys(byStatus), ['200']);
});
