// Original reports (tests/fixtures/reports) in five languages and three formats, read from disk
// as a sync run reads them, with the exact items the contract gives for each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileRules } from '../../src/extract/index.ts';
import type { Item } from '../../src/extract/index.ts';
import { loadReport } from '../../src/reports/load.ts';
import { PROJECT_ROOT } from '../helpers/cli.ts';

const FIXTURES = `${PROJECT_ROOT}tests/fixtures/reports/`;
const rules = compileRules({
  people: {
    Dana: 'dana_w',
    Priya: 'priya_k',
    Camille: 'camille_f',
    Jonas: 'jonas_m',
    Ingrid: 'ingrid_s',
    李娜: 'lina',
  },
});

type Expected = Pick<Item, 'kind' | 'status' | 'text' | 'section' | 'line' | 'owners'> & {
  /** Open checklist entries, by text. */
  checklist: string[];
  description?: string;
};

async function itemsOf(name: string): Promise<Item[]> {
  const { report, warnings } = await loadReport(`${FIXTURES}${name}`, { rules });
  assert.ok(report, `${name} was skipped: ${JSON.stringify(warnings)}`);
  return report.items;
}

function assertItems(items: Item[], expected: Expected[]): void {
  const seen = items.map((item, index) => {
    const { kind, status, text, section, line, owners } = item;
    assert.ok(
      item.checklist.every((entry) => !entry.checked),
      `${text}: no checked entry in these fixtures`,
    );
    const checklist = item.checklist.map((entry) => entry.text);
    return expected[index]?.description === undefined
      ? { kind, status, text, checklist, section, line, owners }
      : { kind, status, text, checklist, section, line, owners, description: item.description };
  });
  assert.deepEqual(seen, expected);
}

const expectTodo = (
  text: string,
  line: number,
  section: string[],
  more: Partial<Expected> = {},
): Expected => ({
  kind: 'todo',
  status: 'open',
  text,
  checklist: [],
  section,
  line,
  owners: [],
  ...more,
});
const expectPlanned = (
  text: string,
  line: number,
  section: string[],
  more: Partial<Expected> = {},
): Expected => ({
  ...expectTodo(text, line, section, more),
  kind: 'planned',
});

const done = { status: 'done' } as const;

test('English Markdown: task lists, nested and numbered lists, a code block, markers with owners', async () => {
  assertItems(await itemsOf('weekly-2024-w14.md'), [
    expectTodo('Move the build cache to the new bucket', 13, ['Done'], done),
    expectPlanned('Replaced the load balancer health checks', 14, ['Done'], done),
    expectTodo('Who owns the staging certificates?', 18, ['Open questions']),
    expectTodo('Ask finance about the reserved instance renewal', 19, ['Open questions']),
    expectTodo('silence the retention warning in backup.py', 21, ['Open questions']),
    expectTodo('publish the incident review', 30, ['Open questions'], { owners: ['Dana'] }),
    expectPlanned('Finish the storage migration', 36, ['Next steps'], {
      checklist: ['copy the remaining 40 TB', 'switch the read path', 'verify checksums on a sample'],
    }),
    expectPlanned('Upgrade the Kubernetes control plane (Priya)', 40, ['Next steps'], { owners: ['Priya'] }),
    expectTodo('Write the runbook for failover', 41, ['Next steps']),
    expectTodo('Book the load test window', 42, ['Next steps'], done),
    expectTodo('Review the on-call rota', 46, ['Action items']),
    expectTodo('Order spare disks for rack B', 47, ['Action items']),
  ]);
});

test('French RST: plan subsections with descriptions, a task-list section, a literal block', async () => {
  assertItems(await itemsOf('compte-rendu-mars.rst'), [
    expectTodo('vérifier les routes statiques du site de Nantes', 15, ['Bilan']),
    expectPlanned('Migration du site de Nantes', 27, ['Activités prévues'], {
      description: 'La migration commence le 12 avril et dure deux semaines.',
      checklist: [
        'préparer les configurations',
        'prévenir les utilisateurs',
        'par courriel',
        "sur l'intranet",
      ],
    }),
    expectPlanned('Audit de sécurité', 38, ['Activités prévues'], {
      description: "Un prestataire externe réalisera l'audit.",
    }),
    expectTodo('Renouveler le certificat du portail (Camille)', 46, ['À faire'], { owners: ['Camille'] }),
    expectTodo("Mettre à jour l'inventaire", 47, ['À faire'], {
      checklist: ['baies de stockage', 'onduleurs'],
    }),
    expectTodo("Réunion d'équipe le jeudi. Vérifier les accès VPN avant le départ en congés.", 55, [
      'Divers',
    ]),
  ]);
});

test('German plain text: heuristic headings, a done section, a plan section of paragraphs only, lettered sub-lists', async () => {
  const items = await itemsOf('wochenbericht-kw22.txt');
  assertItems(items, [
    expectPlanned('Alarmregeln für die Datenbanken angelegt', 11, ['Erledigt'], done),
    expectPlanned('Dashboards für das Rechenzentrum Süd gebaut', 12, ['Erledigt'], {
      ...done,
      checklist: ['Netzwerk', 'Speicher'],
    }),
    expectTodo('Schwellwerte für die Festplatten prüfen', 15, ['Erledigt'], done),
    expectPlanned('Wir migrieren die restlichen Hosts am 3. Juni.', 19, ['Nächste Schritte'], {
      description: 'Danach wird die alte Plattform abgeschaltet.',
    }),
    expectPlanned('Die Rufbereitschaft wird ab Juli über das neue System alarmiert.', 22, [
      'Nächste Schritte',
    ]),
    expectPlanned('Zugangsdaten im Tresor hinterlegen (Jonas)', 26, ['Aufgaben'], { owners: ['Jonas'] }),
    expectPlanned('Handbuch für die Rufbereitschaft schreiben', 27, ['Aufgaben'], {
      checklist: ['Eskalationsstufen', 'Kontaktliste'],
    }),
    expectTodo('Lizenzkosten mit dem Einkauf klären', 31, ['Aufgaben']),
  ]);
});

test('Chinese Markdown: full-width colon marker, numbered plan, task list with a checked item', async () => {
  assertItems(await itemsOf('周报-第18周.md'), [
    expectTodo('日志平台的磁盘使用率偏高', 7, ['本周进展']),
    expectTodo('整理网络拓扑图', 9, ['本周进展']),
    expectPlanned('数据库主备切换演练', 18, ['下周计划'], { checklist: ['准备回滚方案', '通知业务方'] }),
    expectPlanned('升级负载均衡器固件（李娜）', 21, ['下周计划'], { owners: ['李娜'] }),
    expectTodo('更新值班表', 25, ['待办事项']),
    expectTodo('提交采购申请', 26, ['待办事项'], done),
    expectTodo('复查防火墙策略', 27, ['待办事项']),
  ]);
});

test('Norwegian RST with a BOM and CRLF line ends: same lines as LF, duplicates collapse', async () => {
  assertItems(await itemsOf('uke-12-crlf-bom.rst'), [
    expectTodo('Overvåking av kø-lengder er på plass', 13, ['Oppsummering']),
    expectTodo('skrive rutine for diskbytte', 16, ['Oppsummering']),
    expectPlanned('Oppgradere OpenStack i test', 21, ['Planlagt framdrift']),
    expectPlanned('Flytte DNS til nye servere', 22, ['Planlagt framdrift'], {
      checklist: ['eksterne soner først', 'interne soner etterpå'],
    }),
    expectPlanned('Ferdigstille tilgangsrevisjon (Ingrid)', 27, ['Planlagt framdrift'], {
      owners: ['Ingrid'],
    }),
    expectTodo('Bestille nye SSD-er', 32, ['Todo-liste']),
  ]);
});

test('a write-up with no marker and no plan heading yields no items', async () => {
  assert.deepEqual(await itemsOf('conference-notes.txt'), []);
});
