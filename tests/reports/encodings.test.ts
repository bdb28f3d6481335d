// Reports in other encodings than UTF-8, read as a user runs `extract` over a folder of them
// (tests/fixtures/encodings holds real bytes: Windows-1252, ISO-8859-1, GB18030, UTF-16 with BOMs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Item } from '../../src/extract/item.ts';
import { runCli } from '../helpers/cli.ts';

interface Output {
  reports: { path: string; date: string | null; items: Item[]; warnings: unknown[] }[];
}

const run = runCli(['extract', '--format', 'json', 'tests/fixtures/encodings']);

const itemsOf = async (name: string) => {
  const output = JSON.parse((await run).stdout) as Output;
  return output.reports.find((r) => r.path.endsWith(name));
};

test('mixed encodings in one folder: every readable report is read, each non-UTF-8 one with a warning naming file and encoding', async () => {
  const { code, stderr } = await run;
  assert.equal(code, 0, stderr);
  for (const [file, encoding] of [
    ['fr-windows-1252.md', 'windows-1252'],
    ['no-iso-8859-1.rst', 'ISO-8859-1'],
    ['zh-gb18030.md', 'GB18030'],
    ['en-utf16le-bom.md', 'UTF-16LE'],
    ['de-utf16be-bom.txt', 'UTF-16BE'],
  ])
    assert.match(stderr, new RegExp(`encodings/${file}: is not UTF-8: read as ${encoding}`), file);
  assert.doesNotMatch(stderr, /utf8\.md/);
});

test('Windows-1252 minutes give their accented items and the whole Prochaines étapes section', async () => {
  const report = await itemsOf('fr-windows-1252.md');
  assert.equal(report?.date, '2024-03-14');
  assert.deepEqual(
    report?.items.map((i) => [i.text, i.due]),
    [
      ['Commander les câbles et les répartiteurs', null],
      ['Préparer la migration du serveur “intranet” – échéance : 2024-03-29', '2024-03-29'],
      ['Réécrire la procédure de sauvegarde', null],
    ],
  );
});

test('ISO-8859-1 Norwegian, GB18030 Chinese and UTF-16 reports read as written', async () => {
  const norwegian = await itemsOf('no-iso-8859-1.rst');
  assert.equal(norwegian?.date, '2024-03-15');
  assert.deepEqual(norwegian?.items[1]?.text, 'Øve på gjenoppretting fra sikkerhetskopi innen fredag');
  // The report is dated Friday 15 March: `innen fredag` is the Friday after.
  assert.equal(norwegian?.items[1]?.due, '2024-03-22');
  const chinese = await itemsOf('zh-gb18030.md');
  assert.deepEqual(
    chinese?.items.map((i) => [i.text, i.due]),
    [
      ['数据库主备切换演练', null],
      ['升级负载均衡器固件，3月22日前完成', '2024-03-22'],
      ['整理网络拓扑图', null],
    ],
  );
  assert.deepEqual(
    (await itemsOf('en-utf16le-bom.md'))?.items.map((i) => i.text),
    ['Rotate the API keys by Friday', 'Update the runbook'],
  );
  assert.equal((await itemsOf('de-utf16be-bom.txt'))?.items[0]?.due, '2024-03-20');
});

test('a file whose encoding cannot be told, and one mixing UTF-8 with Latin-1, are skipped with a warning; no garbled text reaches an item', async () => {
  const { stdout, stderr } = await run;
  assert.match(stderr, /encodings\/undecidable\.md: skipped: is not UTF-8, and its encoding cannot be told/);
  assert.match(
    stderr,
    /encodings\/mixed-utf8-latin1\.md: skipped: mixes UTF-8 with another encoding \(.*line 6\)/,
  );
  const output = JSON.parse(stdout) as Output;
  assert.deepEqual(
    output.reports.map((r) => r.path.split('/').at(-1)),
    [
      'de-utf16be-bom.txt',
      'en-utf16le-bom.md',
      'fr-windows-1252.md',
      'no-iso-8859-1.rst',
      'utf8.md',
      'zh-gb18030.md',
    ],
  );
  assert.doesNotMatch(stdout, /\uFFFD|Ã[\u0080-\u00bf]/u);
});
