// Report dates and due dates (docs/extraction.md, "The report date", "Due dates"), in each
// language, and the places where the contract reads a phrase otherwise than chrono-node does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { itemsOf, reportDate } from './v2-helpers.ts';

test('the report date comes from front matter, :date:, a byline, a Date: line, the title, its week, or the file name', () => {
  assert.equal(reportDate('a.md', ['---', 'date: 11/11/2023', '---', '# x']), '2023-11-11');
  assert.equal(reportDate('a.rst', [':date: 2024-05-02', '', 'Text']), '2024-05-02');
  assert.equal(
    reportDate('a.rst', ['Uke 30', '======', '', 'av Raymond Kristiansen, UH IaaS, 31.juli 2017']),
    '2017-07-31',
  );
  assert.equal(reportDate('a.md', ['**Date :** 22 juin 2021 à 18 h']), '2021-06-22');
  assert.equal(reportDate('a.md', ['Dato: 3. mars 2016']), '2016-03-03');
  assert.equal(reportDate('a.md', ['# Réunion Hebdomadaire - 28 Décembre 2024']), '2024-12-28');
  assert.equal(reportDate('a.md', ['# 架构SIG例会 2023-5-16 9:30-12:00']), '2023-05-16');
  assert.equal(reportDate('a.md', ['# 周报 2023年5月16日']), '2023-05-16');
  assert.equal(reportDate('a.md', ['# Protokoll 14.06.2023']), '2023-06-14');
  assert.equal(reportDate('reports/2015/2015_uke_40.rst', ['Uke 40', '======']), '2015-09-28');
  assert.equal(reportDate('2016/week.md', ['# KW 12']), '2016-03-21');
  assert.equal(reportDate('notes/第 42 周 2023.md', ['# 第 42 周']), '2023-10-16');
  assert.equal(reportDate('minutes_20230614.md', ['# Minutes']), '2023-06-14');
  assert.equal(reportDate('minutes_2023_06_14.md', ['# Minutes']), '2023-06-14');
  assert.equal(reportDate('labDiscussionsSet/2022/12/14/slides.md', ['# Weekly']), '2022-12-14');
});

test('a byline date without a year takes the year of the file name or folder; slash dates are read only unambiguously', () => {
  assert.equal(
    reportDate('2016/2016_uke_22.rst', ['Uke 22', '======', '', 'av Raymond Kristiansen, UH IaaS, 06. mai']),
    '2016-05-06',
  );
  assert.equal(reportDate('a.md', ['# (22/4/24) Meeting Minutes']), undefined);
  assert.equal(reportDate('a.md', ['# 2023/5 TC 例会']), undefined);
  assert.equal(reportDate('a.md', ['# Uke 42']), undefined, 'a week without a year is no date');
});

const dueOf = (path: string, line: string) =>
  itemsOf(path, ['## Action items', '', `- ${line}`])[0]?.due ?? null;

test('due dates after a due word, in each language, read from the report date (Thursday 2018-10-25)', () => {
  const cases: [string, string][] = [
    ['Send the slides by 2024-05-01', '2024-05-01'],
    ['Send the slides by Friday', '2018-10-26'],
    ['Send the slides before May 1', '2019-05-01'],
    ['Send the slides, deadline: end of May', '2019-05-31'],
    ['Sende referatet innen fredag', '2018-10-26'],
    ['Sende referatet senest mandag 15.august', '2019-08-15'],
    ['Sende referatet innen slutten av måneden', '2018-10-31'],
    ['Sende referatet til i morgen', '2018-10-26'],
    ['Sende referatet innen neste uke', '2018-11-02'],
    ['Kontakt aufnehmen bis 15.11.', '2018-11-15'],
    ['Kontakt aufnehmen bis Ende Mai', '2019-05-31'],
    ['Kontakt aufnehmen spätestens Freitag', '2018-10-26'],
    ['Relancer le devis avant le 3 décembre', '2018-12-03'],
    ['Relancer le devis (échéance : 2025-01-02)', '2025-01-02'],
    ["Relancer le devis d'ici la fin du mois", '2018-10-31'],
    ['更新文档，截止5月1日', '2019-05-01'],
    ['更新文档，11月5日前完成', '2018-11-05'],
    ['更新文档，月底之前', '2018-10-31'],
  ];
  for (const [line, due] of cases) assert.equal(dueOf('minutes-2018-10-25.md', line), due, line);
});

test('a scheduled week or day is a due date too: its Friday, the year rolling over when the week is long past', () => {
  assert.equal(
    dueOf('notes-2016-08-01.md', 'Vi tar omleggingen i uke 31 (bgo) og uke 32 (osl)'),
    '2016-08-05',
  );
  assert.equal(dueOf('notes-2018-10-25.md', 'Server bestellen in KW 47'), '2018-11-23');
  assert.equal(dueOf('notes-2018-10-25.md', 'Migrer la base en semaine 15'), '2019-04-12');
  assert.equal(dueOf('notes-2018-10-25.md', '第45周完成迁移'), '2018-11-09');
  assert.equal(dueOf('notes-2018-10-25.md', 'Møte med UNINETT på fredag'), '2018-10-26');
  assert.equal(dueOf('notes-2018-10-25.md', 'Release on 2024-05-01'), '2024-05-01');
  assert.equal(dueOf('notes-2018-10-25.md', 'Regner med at det blir fikset neste uke'), null, 'no due word');
});

test('without a report date a relative phrase gives no due date; an absolute one still does', () => {
  assert.equal(dueOf('notes.md', 'Send the slides by Friday'), null);
  assert.equal(dueOf('notes.md', 'Sende referatet innen 15. mai'), null);
  assert.equal(dueOf('notes.md', 'Send the slides by 1 May 2024'), '2024-05-01');
  assert.equal(dueOf('notes.md', 'Kontakt aufnehmen bis 15.11.2024'), '2024-11-15');
});

test('where chrono-node reads a phrase otherwise, the contract wins', () => {
  const thursday = { instant: new Date(Date.UTC(2018, 9, 25, 12)), timezone: 0 };
  const iso = (d: Date | null) => d?.toISOString().slice(0, 10);
  // `next week`: chrono says seven days on; the contract says the Friday of the next ISO week.
  assert.equal(iso(chrono.en.casual.parseDate('next week', thursday)), '2018-11-01');
  assert.equal(dueOf('notes-2018-10-25.md', 'Ship it by next week'), '2018-11-02');
  // A weekday is the first such day after the report date, never the report date itself.
  assert.equal(dueOf('notes-2018-10-25.md', 'Ship it by Thursday'), '2018-11-01');
  // Day first: English chrono reads 01/05/2024 and 1.5.2024 as 5 January.
  assert.equal(iso(chrono.en.casual.parseDate('01/05/2024', thursday)), '2024-01-05');
  assert.equal(dueOf('notes-2018-10-25.md', 'Ship it by 01/05/2024'), '2024-05-01');
  assert.equal(dueOf('notes-2018-10-25.md', 'Ship it by 1.5.2024'), '2024-05-01');
  // chrono reads `Ende Mai`, `fin mai`, `5月底` and week numbers not at all (or as the 25th).
  assert.equal(chrono.de.casual.parseDate('Ende Mai', thursday), null);
  assert.match(iso(chrono.zh.hans.casual.parseDate('5月底', thursday)) ?? '', /-05-25$/);
  assert.equal(dueOf('notes-2018-10-25.md', '更新文档，截止5月底'), '2019-05-31');
});

test('a done item has no due date; checklist entries carry none', () => {
  const [item] = itemsOf('notes-2018-10-25.md', [
    '## Done',
    '',
    '- Send the slides by Friday',
    '  - print them by Monday',
  ]);
  assert.deepEqual(
    [item?.status, item?.due, item?.checklist],
    ['done', null, [{ text: 'print them by Monday', checked: false }]],
  );
});
