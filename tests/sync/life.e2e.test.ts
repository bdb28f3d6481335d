/**
 * An item's life on the board over five weekly reports, synced by the real
 * CLI to the emulator over HTTP, with people working on the board between
 * the syncs: a due date and an owner, done, reopened, moved by a person,
 * renamed by a person and reworded by a report, a checklist that grows and
 * gets checked, and two reports that disagree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { itemKey } from '../../src/extract/normalise.ts';
import { screenshotBoard } from '../helpers/browser.ts';
import { type BoardCard, cardsByMarker, countsOf, syncHarness } from './e2e-helpers.ts';

const MEMBERS = [
  { username: 'ann', fullName: 'Ann Berg' },
  { username: 'bob', fullName: 'Bob Stone' },
];

const DISKS = 'Order disks for the new rack by Friday @ann';
const BUILD = 'Migrate the build server';
const SLA = 'Write the SLA draft for the customer';
const SLA_REWORDED = 'Write the first SLA draft for the customer';
const TLS = 'Renew the TLS certificates';

function weekly(week: number, date: string, body: string[]): [string, string] {
  const text = ['---', `title: Week ${week}`, `date: ${date}`, '---', '', '## Action items', '', ...body, ''];
  return [`${date}-week-${week}.md`, text.join('\n')];
}

const box = (done: boolean, text: string, indent = '') => `${indent}- [${done ? 'x' : ' '}] ${text}`;

async function lifeHarness(t: Parameters<typeof syncHarness>[0]) {
  const h = await syncHarness(t, { members: MEMBERS });
  const reports = join(h.dir, 'reports');
  await mkdir(reports);
  const board = h.emulator.board.id;
  return {
    ...h,
    write: ([name, text]: [string, string]) => writeFile(join(reports, name), text),
    sync: async () => countsOf(await h.cli(['sync', '--source', 'reports', '--json'])),
    async card(text: string): Promise<BoardCard> {
      const cards = cardsByMarker(await h.board()).get(itemKey(text)) ?? [];
      assert.equal(cards.length, 1, `one card for "${text}"`);
      return cards[0] as BoardCard;
    },
    async listOf(card: BoardCard): Promise<string | undefined> {
      return (await h.board()).lists.find((l) => l.id === card.idList)?.name;
    },
    async comments(card: BoardCard): Promise<string[]> {
      const actions = await h.api<{ data: { text: string } }[]>('GET', `/cards/${card.id}/actions`, {
        filter: 'commentCard',
      });
      return actions.map((a) => a.data.text);
    },
    async checklist(card: BoardCard): Promise<string[]> {
      const lists = (await h.board()).checklists.filter((c) => c.idCard === card.id);
      return lists.flatMap((c) =>
        c.checkItems.map((i) => `${i.state === 'complete' ? '[x]' : '[ ]'} ${i.name}`),
      );
    },
    async listId(name: string): Promise<string> {
      const lists = await h.api<{ id: string; name: string }[]>('GET', `/boards/${board}/lists`);
      const list = lists.find((l) => l.name === name);
      assert.ok(list, `a list "${name}"`);
      return list.id;
    },
    async member(username: string): Promise<string> {
      const members = await h.api<{ id: string; username: string }[]>('GET', `/boards/${board}/members`);
      const found = members.find((m) => m.username === username);
      assert.ok(found, `@${username} is a member of the board`);
      return found.id;
    },
  };
}

test('an item lives on the board as the weekly reports say, and people always win', async (t) => {
  const h = await lifeHarness(t);
  const ann = await h.member('ann');
  const bob = await h.member('bob');

  // An older report, first by path, says Bob owns the certificates; the newer week 20 says Ann.
  await h.write([
    '2024-04-29-backlog.md',
    '---\ntitle: Backlog review\ndate: 2024-04-29\n---\n\n## Action items\n\n| Task | Owner |\n| --- | --- |\n| Renew the TLS certificates | Bob Stone |\n',
  ]);
  await h.write(
    weekly(19, '2024-05-06', [
      box(false, DISKS),
      box(false, BUILD),
      box(false, 'copy the artefacts', '  '),
      box(false, 'switch DNS', '  '),
      box(false, SLA),
    ]),
  );
  const week19 = await h.sync();
  assert.equal(week19.created, 4);

  // Week 19: due that Friday at noon UTC, Ann a member; on the board's own `To Do`, no `TODO` beside it.
  const disks = await h.card(DISKS);
  assert.equal(disks.due, '2024-05-10T12:00:00.000Z');
  assert.equal(disks.dueComplete, false);
  assert.deepEqual(disks.idMembers, [ann]);
  assert.equal(await h.listOf(disks), 'To Do');
  assert.deepEqual(
    (await h.board()).lists.map((l) => l.name),
    ['To Do', 'Doing', 'Done'],
  );
  assert.deepEqual((await h.card(TLS)).idMembers, [bob], 'full name "Bob Stone" is the member bob');
  assert.match(disks.desc, /^From Week 19 \(2024-05-06\) › Action items · 1 report\n/);
  assert.deepEqual(await h.checklist(await h.card(BUILD)), ['[ ] copy the artefacts', '[ ] switch DNS']);

  // A person renames the SLA card; week 20 rewords its item.
  const sla = await h.card(SLA);
  await h.api('PUT', `/cards/${sla.id}`, { name: 'SLA (Bob drafts it)' });
  await h.write(
    weekly(20, '2024-05-13', [
      box(true, DISKS),
      box(false, BUILD),
      box(true, 'copy the artefacts', '  '),
      box(false, 'switch DNS', '  '),
      box(false, 'update the runbook', '  '),
      box(false, SLA_REWORDED),
      '',
      '| Task | Owner | Due |',
      '| --- | --- | --- |',
      `| ${TLS} | Ann Berg | 2024-05-31 |`,
    ]),
  );
  const week20 = await h.sync();
  assert.deepEqual([week20.created, week20.completed, week20.errors], [0, 1, 0]);

  // Week 20 checked it: in Done, its due date complete, one comment naming the report and the line.
  const done = await h.card(DISKS);
  assert.equal(await h.listOf(done), 'Done');
  assert.equal(done.due, '2024-05-10T12:00:00.000Z', 'the due date stays');
  assert.equal(done.dueComplete, true);
  assert.deepEqual(await h.comments(done), [
    'Done in Week 20 (2024-05-13) · `reports/2024-05-13-week-20.md:8`',
  ]);
  // The rewording follows the renamed card: same card, the person's name, the new marker and source.
  const reworded = await h.card(SLA_REWORDED);
  assert.equal(reworded.id, sla.id, 'no duplicate from a person renaming and a report rewording');
  assert.equal(reworded.name, 'SLA (Bob drafts it)');
  assert.match(reworded.desc, /reports\/2024-05-13-week-20\.md:13/);
  assert.match(reworded.desc, /2024-05-06-week-19\.md:12/, 'the old text in week 19 is still a source');
  assert.equal((await h.board()).cards.length, 4);
  // The newest report decides: Ann, not Bob from the older backlog; and its due date.
  assert.deepEqual((await h.card(TLS)).idMembers, [ann]);
  assert.equal((await h.card(TLS)).due, '2024-05-31T12:00:00.000Z');
  // A sub-item added and one checked: the checklist follows.
  const build = await h.card(BUILD);
  assert.deepEqual(await h.checklist(build), [
    '[x] copy the artefacts',
    '[ ] switch DNS',
    '[ ] update the runbook',
  ]);

  // A person unchecks what report-sync checked and checks what the report leaves open.
  const items = (await h.board()).checklists.find((c) => c.idCard === build.id)?.checkItems ?? [];
  const itemId = (name: string) => items.find((i) => i.name === name)?.id ?? '';
  await h.api('PUT', `/cards/${build.id}/checkItem/${itemId('copy the artefacts')}`, { state: 'incomplete' });
  await h.api('PUT', `/cards/${build.id}/checkItem/${itemId('switch DNS')}`, { state: 'complete' });

  // Week 21 lists it open again (with the week's Friday) and checks the runbook.
  await h.write(
    weekly(21, '2024-05-20', [
      box(false, DISKS),
      box(false, BUILD),
      box(true, 'copy the artefacts', '  '),
      box(false, 'switch DNS', '  '),
      box(true, 'update the runbook', '  '),
    ]),
  );
  const week21 = await h.sync();
  assert.deepEqual([week21.reopened, week21.completed, week21.errors], [1, 0, 0]);
  const reopened = await h.card(DISKS);
  assert.equal(await h.listOf(reopened), 'To Do', 'back in its list');
  assert.equal(reopened.dueComplete, false);
  assert.equal(reopened.due, '2024-05-24T12:00:00.000Z', 'the newest report decides the due date');
  assert.deepEqual(await h.checklist(build), [
    '[ ] copy the artefacts',
    '[x] switch DNS',
    '[x] update the runbook',
  ]);

  // A person moves it to Doing: report-sync never moves it again, done or open.
  await h.api('PUT', `/cards/${reopened.id}`, { idList: await h.listId('Doing') });
  await h.write(weekly(22, '2024-05-27', [box(true, DISKS), box(true, TLS)]));
  const week22 = await h.sync();
  assert.deepEqual([week22.completed, week22.errors], [2, 0]);
  const tls = await h.card(TLS);
  assert.deepEqual(
    [await h.listOf(tls), tls.due, tls.dueComplete],
    ['Done', '2024-05-31T12:00:00.000Z', true],
  );
  assert.deepEqual(tls.idMembers, [ann], 'a box ticked without its owner keeps who did it');
  const doneAgain = await h.card(DISKS);
  assert.equal(await h.listOf(doneAgain), 'Doing');
  assert.equal(doneAgain.dueComplete, false, 'the done state is the person’s with the list');
  assert.equal((await h.comments(doneAgain)).length, 2, 'the comment only');
  assert.match((await h.comments(doneAgain))[0] ?? '', /^Done in Week 22 \(2024-05-27\)/);
  await h.write(weekly(23, '2024-06-03', [box(false, DISKS)]));
  const week23 = await h.sync();
  assert.deepEqual([week23.reopened, week23.errors], [1, 0]);
  assert.equal(await h.listOf(await h.card(DISKS)), 'Doing');

  // Nothing new: nothing written.
  h.emulator.resetStats();
  assert.equal((await h.sync()).apiCalls, 0);
  assert.equal((await h.board()).cards.length, 4);

  const shot = await screenshotBoard(t, `${h.emulator.origin}/b/${h.emulator.board.shortLink}`);
  if (shot) t.diagnostic(`screenshot of the board after the weekly sequence: ${shot}`);
});

test('plan --out, then a person moves a card, then apply: the move stays and is reported', async (t) => {
  const h = await lifeHarness(t);
  await h.write(weekly(19, '2024-05-06', [box(false, DISKS), box(false, BUILD)]));
  await h.sync();
  await h.write(weekly(20, '2024-05-13', [box(true, DISKS), box(false, BUILD)]));
  const planned = await h.cli(['plan', '--source', 'reports', '--out', 'plan.json']);
  assert.notEqual(planned.code, 1, planned.stderr);
  assert.match(
    planned.stdout,
    /update +\[Done\] Order disks .*done; changed in the reports: sources, idList, dueComplete/,
  );

  const disks = await h.card(DISKS);
  const doing = await h.listId('Doing');
  await h.api('PUT', `/cards/${disks.id}`, { idList: doing });
  const applied = await h.cli(['apply', 'plan.json', '--json']);
  assert.equal(applied.code, 0, applied.stderr);
  const counts = JSON.parse(applied.stdout) as {
    leftToPeople: number;
    warnings?: { code: string; message: string }[];
  };
  // The move, and the done state that goes with the list.
  assert.equal(counts.leftToPeople, 2);
  assert.match(
    counts.warnings?.find((w) => w.code === 'left-to-people')?.message ?? '',
    /Order disks.*idList, dueComplete/,
  );
  assert.match(applied.stderr, /left as a person changed it since the plan: idList, dueComplete/);
  const after = await h.card(DISKS);
  assert.equal(after.idList, doing, 'the person’s move stays');
  assert.match(after.desc, /reports\/2024-05-13-week-20\.md:8/, 'the fields still report-sync’s are written');
  assert.deepEqual(await h.comments(after), [
    'Done in Week 20 (2024-05-13) · `reports/2024-05-13-week-20.md:8`',
  ]);
});
