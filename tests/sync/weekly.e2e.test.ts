import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { itemKey } from '../../src/extract/normalise.ts';
import { cardsByMarker, countsOf, syncHarness } from './e2e-helpers.ts';

const WEEKS = 30;
const SHARED = 'Oppgradere OpenStack til Newton';

interface WeeklyReport {
  path: string;
  title: string;
  /** Line of the shared activity. */
  sharedLine: number;
  unique: string;
}

/** A Norwegian weekly report: the shared activity and one of its own, in an order that varies by week. */
function weeklyReport(week: number): { report: WeeklyReport; text: string } {
  const title = `Uke ${week}`;
  const unique = `Bestille disker til rack ${week}`;
  const activities = week % 2 === 0 ? [unique, SHARED] : [SHARED, unique];
  const lines = [
    '='.repeat(title.length),
    title,
    '='.repeat(title.length),
    'av Kari Nordmann, UH IaaS, 2024',
    '',
    'Planlagte aktiviteter',
    '=====================',
    '',
    ...activities.flatMap((a) => [`- ${a}`, '']),
  ];
  const path = `reports/2024_uke_${String(week).padStart(2, '0')}.rst`;
  return {
    report: { path, title, sharedLine: lines.indexOf(`- ${SHARED}`) + 1, unique },
    text: lines.join('\n'),
  };
}

test('the same activity in thirty weekly reports is one card that lists its thirty sources; a rerun makes no API call', async (t) => {
  const h = await syncHarness(t);
  await mkdir(join(h.dir, 'reports'));
  const reports: WeeklyReport[] = [];
  for (let week = 1; week <= WEEKS; week++) {
    const { report, text } = weeklyReport(week);
    await writeFile(join(h.dir, report.path), text);
    reports.push(report);
  }

  const first = countsOf(await h.cli(['sync', '--source', 'reports', '--json']));
  assert.equal(first.created, WEEKS + 1);
  assert.equal(first.errors, 0);
  const board = await h.board();
  assert.equal(board.cards.length, WEEKS + 1, 'thirty cards of their own and one shared');
  const byKey = cardsByMarker(board);
  assert.deepEqual(
    new Set(byKey.keys()),
    new Set([SHARED, ...reports.map((r) => r.unique)].map((text) => itemKey(text))),
  );

  const [shared, ...more] = byKey.get(itemKey(SHARED)) ?? [];
  assert.ok(shared);
  assert.equal(more.length, 0);
  const sources = shared.desc.split('\n').filter((line) => /^- .*:\d+`?$/.test(line));
  assert.equal(sources.length, WEEKS, shared.desc);
  for (const report of reports) {
    const line = sources.find((s) => s.includes(`\`${report.path}:${report.sharedLine}\``));
    assert.ok(line, `the shared card lists ${report.path}:${report.sharedLine}`);
    assert.ok(
      line.startsWith(`- ${report.title} `),
      `the source line names the report "${report.title}": ${line}`,
    );
  }
  for (const report of reports) {
    const [own] = byKey.get(itemKey(report.unique)) ?? [];
    assert.ok(own?.desc.includes(`\`${report.path}:`), `${report.unique} lists its one report`);
  }

  h.emulator.resetStats();
  const rerun = countsOf(await h.cli(['sync', '--source', 'reports', '--json']));
  assert.equal(h.emulator.stats().total, 0, 'a rerun with nothing changed makes no API call at all');
  assert.equal(rerun.apiCalls, 0);
  assert.equal(rerun.unchanged, WEEKS + 1);
  assert.equal(rerun.created, 0);
});
