import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { type ContractTarget, OBJECT_ID, SHORT_LINK, isoDate, rejectsLikeTrello } from './target.ts';

/**
 * Everything report-sync does to a board, through trello.js (parsing off,
 * see target.ts): each result must mean what it means on Trello. Creates its own lists, label and cards (names start with the run
 * id) and removes or archives them afterwards, so it can run on a real board.
 */
export async function runScenario(t: TestContext, { client, boardId }: ContractTarget): Promise<void> {
  const run = `contract ${new Date().toISOString()}`;
  const undo: (() => Promise<unknown>)[] = [];
  t.after(async () => {
    for (const step of undo.reverse()) await step().catch(() => undefined);
  });

  // The default board answer has no shortLink or dateLastActivity (R): they are asked for.
  const board = await client.boards.getBoard({ id: boardId, fields: 'name,shortLink,url,dateLastActivity' });
  const me = await client.members.getMember({ id: 'me' });

  await t.test('a board is found by id and by shortLink', async () => {
    assert.match(board.id, OBJECT_ID);
    assert.match(board.shortLink ?? '', SHORT_LINK);
    assert.ok(board.url?.includes(`/b/${board.shortLink}`), board.url);
    isoDate(board.dateLastActivity);
    assert.equal((await client.boards.getBoard({ id: board.shortLink ?? '' })).id, board.id);
  });

  await t.test('the token member is a member of the board', async () => {
    const members = await client.boards.getBoardMembers({ id: board.id });
    assert.ok(members.some((m) => m.id === me.id && m.username === me.username));
  });

  const listA = await client.boards.createBoardList({ id: board.id, name: `${run} A`, pos: 'bottom' });
  const listB = await client.lists.createList({ name: `${run} B`, idBoard: board.id });
  undo.push(() => client.lists.updateList({ id: listA.id, closed: true }));
  undo.push(() => client.lists.updateList({ id: listB.id, closed: true }));

  await t.test('lists are created both ways and filtered', async () => {
    assert.deepEqual([listA.name, listA.closed, listA.idBoard], [`${run} A`, false, board.id]);
    assert.equal(listB.idBoard, board.id);
    assert.ok((listB.pos ?? 0) > (listA.pos ?? 0), 'a new list goes to the bottom');
    const open = await client.boards.getBoardLists({ id: board.id, filter: 'open' });
    assert.ok([listA.id, listB.id].every((id) => open.some((l) => l.id === id)));
    const closed = await client.boards.getBoardListsByFilter({ id: board.id, filter: 'closed' });
    assert.ok(!closed.some((l) => l.id === listA.id));
  });

  const label = await client.boards.createBoardLabel({ id: board.id, name: run, color: 'sky' });
  undo.push(() => client.labels.deleteLabel({ id: label.id }));

  await t.test('a label is created and listed', async () => {
    assert.deepEqual([label.name, label.color], [run, 'sky']);
    const labels = await client.boards.getBoardLabels({ id: board.id });
    assert.ok(labels.some((l) => l.id === label.id));
  });

  const due = '2030-01-02T03:04:05.000Z';
  const desc = 'From **the report**:\n\n- first\n- second';
  const full = await client.cards.createCard({
    idList: listA.id,
    name: `${run} full`,
    desc,
    due,
    idLabels: [label.id],
    idMembers: [me.id],
  });
  const bare = await client.cards.createCard({ idList: listA.id });
  const top = await client.cards.createCard({ idList: listA.id, name: `${run} top`, pos: 'top' });
  for (const card of [full, bare, top]) undo.push(() => client.cards.deleteCard({ id: card.id }));

  await t.test('a card is created with every field report-sync sets', () => {
    assert.match(full.id, OBJECT_ID);
    assert.match(full.shortLink ?? '', SHORT_LINK);
    assert.deepEqual(
      [full.name, full.desc, full.idList, full.idBoard, full.closed, full.idMembers],
      [`${run} full`, desc, listA.id, board.id, false, [me.id]],
    );
    assert.deepEqual(full.idLabels, [label.id]);
    assert.equal(isoDate(full.due), due);
    assert.ok(full.url?.includes(full.shortLink ?? '-'), full.url);
    assert.ok(full.shortUrl?.endsWith(`/c/${full.shortLink}`), full.shortUrl);
    isoDate(full.dateLastActivity);
  });

  await t.test('a card with only idList has an empty name and description', () => {
    assert.deepEqual([bare.name, bare.desc], ['', '']);
  });

  await t.test('pos top and bottom order the cards', () => {
    assert.ok((bare.pos ?? 0) > (full.pos ?? 0), 'bottom (the default) goes after');
    assert.ok((top.pos ?? 0) < (full.pos ?? 0), 'top goes before');
  });

  await t.test('a card is read back and updated', async () => {
    const read = await client.cards.getCard({ id: full.id });
    assert.deepEqual([read.id, read.name, read.desc], [full.id, full.name, full.desc]);
    const renamed = await client.cards.updateCard({ id: full.id, name: `${run} renamed`, desc: 'changed' });
    assert.deepEqual([renamed.name, renamed.desc], [`${run} renamed`, 'changed']);
    assert.ok(isoDate(renamed.dateLastActivity) >= isoDate(full.dateLastActivity));
    const relabelled = await client.cards.updateCard({ id: full.id, idLabels: '', idMembers: '' });
    assert.deepEqual([relabelled.idLabels, relabelled.idMembers], [[], []]);
    const moved = await client.cards.updateCard({ id: full.id, idList: listB.id, pos: 'top' });
    assert.equal(moved.idList, listB.id);
  });

  await t.test('archiving a card moves it from open to closed', async () => {
    await client.cards.updateCard({ id: top.id, closed: true });
    const ids = async (filter: string) =>
      (await client.boards.getBoardCardsByFilter({ id: board.id, filter })).map((c) => c.id);
    assert.ok((await ids('closed')).includes(top.id));
    assert.ok(!(await ids('open')).includes(top.id));
    assert.ok((await ids('all')).includes(top.id));
    assert.deepEqual(await ids('none'), []);
  });

  await t.test('cards of an archived list stay open but are not visible', async () => {
    await client.lists.updateList({ id: listB.id, closed: true });
    const ids = async (filter: string) =>
      (await client.boards.getBoardCardsByFilter({ id: board.id, filter })).map((c) => c.id);
    const stillOpen = await client.cards.getCard({ id: full.id });
    assert.equal(stillOpen.closed, false);
    assert.ok((await ids('open')).includes(full.id));
    assert.ok(!(await ids('visible')).includes(full.id));
    assert.ok(!(await client.boards.getBoardCards({ id: board.id })).some((c) => c.id === full.id));
    await client.lists.updateList({ id: listB.id, closed: false });
  });

  await t.test('a comment is added and read back among the card actions', async () => {
    const comment = await client.cards.createCardComment({ id: full.id, text: `${run}: synced` });
    assert.deepEqual(
      [comment.type, comment.idMemberCreator, comment.data['text']],
      ['commentCard', me.id, `${run}: synced`],
    );
    isoDate(comment.date);
    const actions = await client.cards.getCardActions({ id: full.id });
    assert.ok(actions.some((a) => a.id === comment.id));
  });

  await t.test('a checklist and its items are created and read back', async () => {
    const checklist = await client.cards.createCardChecklist({ id: full.id });
    assert.deepEqual([checklist.name, checklist.idCard], ['Checklist', full.id]);
    const first = await client.checklists.createChecklistItem({ id: checklist.id, name: 'step one' });
    const second = await client.checklists.createChecklistItem({
      id: checklist.id,
      name: 'step two',
      checked: true,
    });
    assert.deepEqual([first.state, second.state], ['incomplete', 'complete']);
    const onCard = await client.cards.getCardChecklists({ id: full.id });
    assert.deepEqual(
      onCard[0]?.checkItems?.map((i) => i.name),
      ['step one', 'step two'],
    );
    const onBoard = await client.boards.getBoardChecklists({ id: board.id });
    assert.ok(onBoard.some((c) => c.id === checklist.id));
    const badges = (await client.cards.getCard({ id: full.id })).badges;
    assert.deepEqual([badges?.checkItems, badges?.checkItemsChecked], [2, 1]);
  });

  await t.test('a URL attachment is added', async () => {
    const url = 'https://example.com/reports/2015_uke_42';
    const attachment = await client.cards.createCardAttachment({ id: full.id, url, name: 'report' });
    assert.deepEqual([attachment.name, attachment.url], ['report', url]);
    const listed = await client.cards.getCardAttachments({ id: full.id });
    assert.ok(listed.some((a) => a.id === attachment.id));
  });

  await t.test('search answers in the documented shape', async () => {
    const found = await client.search.search({ query: run, idBoards: board.id, modelTypes: 'cards' });
    assert.ok(Array.isArray(found.cards));
  });

  await t.test('a batch answers several GETs at once', async () => {
    const [b, c] = await client.batch.run((batch) => [
      batch.boards.getBoard({ id: board.id }),
      batch.cards.getCard({ id: full.id }),
    ]);
    assert.deepEqual([b.id, c.id], [board.id, full.id]);
  });

  await t.test('a deleted card is gone', async () => {
    await client.cards.deleteCard({ id: bare.id });
    await rejectsLikeTrello(
      client.cards.getCard({ id: bare.id }),
      404,
      'The requested resource was not found.',
    );
  });
}
