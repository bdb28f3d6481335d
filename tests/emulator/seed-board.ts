import { readFile } from 'node:fs/promises';
import { CORPUS } from '../helpers/cli.ts';
import type { TrelloClient } from './contract/target.ts';

interface ExpectedItem {
  kind: 'todo' | 'planned';
  text: string;
  checklist: string[];
  line: number;
  section: string[];
}

const REPORT_LABELS: Record<string, { name: string; color: string }> = {
  'seeds/000_9fd465e7c4273f2b.txt': { name: 'Uke 42', color: 'green' },
  'seeds/001_704dc26c4333c099.txt': { name: '2017 uke 30', color: 'blue' },
  'seeds/002_384c8731d690f1f5.txt': { name: 'Workshop 2', color: 'purple' },
  'seeds/003_9266378be0443682.txt': { name: 'OpenStack 周报', color: 'red_light' },
  'seeds/004_67b3dc9cc46bd61c.txt': { name: 'Summit Vancouver', color: 'orange' },
};

export const SCRIPT_TITLE = '<script>alert("x")</script> & <b>not bold</b>';

async function seedItems(): Promise<{ path: string; item: ExpectedItem }[]> {
  const lines = (await readFile(`${CORPUS}expected.jsonl`, 'utf8')).split('\n').filter(Boolean);
  return lines
    .map((line) => JSON.parse(line) as { path: string; items: ExpectedItem[] })
    .filter((report) => report.path.startsWith('seeds/'))
    .flatMap((report) => report.items.map((item) => ({ path: report.path, item })));
}

function describe(path: string, item: ExpectedItem): string {
  return `From \`${path}\`, line ${item.line}, section **${item.section.join(' › ')}**.\n\nSynced by report-sync.`;
}

/**
 * A board like the one a sync of the five seed reports makes: one card per
 * extracted item, labelled by report, plus cards that test the view's edges
 * (Chinese and French text with Markdown, a checklist, an archived card, and
 * a title made of HTML that must show as text).
 */
export async function seedBoard(client: TrelloClient, name: string): Promise<string> {
  const board = await client.boards.createBoard({ name, defaultLists: false, defaultLabels: false });
  const todo = await client.boards.createBoardList({ id: board.id, name: 'TODO' });
  const planned = await client.boards.createBoardList({ id: board.id, name: 'Planned activities' });
  const labels = new Map<string, string>();
  for (const [path, { name: labelName, color }] of Object.entries(REPORT_LABELS)) {
    labels.set(path, (await client.boards.createBoardLabel({ id: board.id, name: labelName, color })).id);
  }
  const [me] = await client.boards.getBoardMembers({ id: board.id });
  const items = await seedItems();
  for (const [index, { path, item }] of items.entries()) {
    await client.cards.createCard({
      idList: item.kind === 'todo' ? todo.id : planned.id,
      name: item.text,
      desc: describe(path, item),
      idLabels: [labels.get(path) ?? ''],
      ...(index % 4 === 0 && me ? { idMembers: [me.id] } : {}),
      ...(index % 5 === 1 ? { due: new Date(Date.UTC(2016, 7, 1 + index)).toISOString() } : {}),
    });
  }

  const chinese = await client.cards.createCard({
    idList: planned.id,
    name: '关注 Fuel、TripleO、Tuskar 与 Heat 的结合',
    desc: 'Stackalytics 发布了 version 0.4：\n\n1. 查询项目的 top reviewer，比如 <http://stackalytics.com/report/reviews/neutron-group/30>\n2. 帮助 core reviewer 查询等待较长时间的 patch',
    idLabels: [labels.get('seeds/003_9266378be0443682.txt') ?? ''],
  });
  await client.cards.createCardComment({ id: chinese.id, text: 'Imported from the 12.16–12.26 digest.' });
  const french = await client.cards.createCard({
    idList: todo.id,
    name: 'Suivre le projet OpenStackClient (CLI unifiée)',
    desc: "Le projet de CLI unifiée avance, une session de design était dédiée au sujet.\n\n> L'avenir est prometteur pour *OpenStackClient*.",
    idLabels: [labels.get('seeds/004_67b3dc9cc46bd61c.txt') ?? ''],
    due: '2015-06-01T12:00:00.000Z',
  });
  const checklist = await client.cards.createCardChecklist({ id: french.id, name: 'Étapes' });
  for (const [i, step] of [
    'Lire le compte rendu',
    'Tester python-openstackclient',
    'Migrer les scripts',
  ].entries()) {
    await client.checklists.createChecklistItem({ id: checklist.id, name: step, checked: i === 0 });
  }
  await client.cards.createCard({
    idList: todo.id,
    name: SCRIPT_TITLE,
    desc: '<img src=x onerror=alert(1)> **still markdown**',
  });
  const archived = await client.cards.createCard({
    idList: planned.id,
    name: 'Release 0.2.0 (done, archived)',
  });
  await client.cards.updateCard({ id: archived.id, closed: true });
  return board.shortLink ?? '';
}
