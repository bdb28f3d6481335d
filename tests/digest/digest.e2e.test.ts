/**
 * `report-sync digest` end to end: two weekly reports synced by the real CLI
 * to the emulator over HTTP, a week apart on the emulator's clock; then a
 * person moves one card and gives another a due date that has passed. The
 * digest of the second week lists exactly the card the report completed, the
 * card it made, the card the person moved and the overdue one — in Markdown,
 * RST (checked with docutils) and JSON — and, saved among the reports, makes
 * no card on the next sync.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Digest, DigestSectionName } from '../../src/digest/types.ts';
import { lastDigestPathOf } from '../../src/state/last-digest.ts';
import { screenshotBoard } from '../helpers/browser.ts';
import { noDocutils, rstOutline, rstProblems } from '../helpers/docutils.ts';
import { testClock } from '../helpers/emulator.ts';
import { countsOf, logLines, syncHarness } from '../sync/e2e-helpers.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// Owners stay in the text (and the card's name) as written.
const DISKS = 'Order disks for the new rack @ann';
const BUILD = 'Migrate the build server @bob';
const TLS = 'Renew the TLS certificates';
const SLA = 'Write the SLA draft';
const MONITORING = 'Set up monitoring @kari';

function weekly(week: number, date: string, lines: string[]): [string, string] {
  return [
    `week-${week}.md`,
    ['---', `title: Week ${week}`, `date: ${date}`, '---', '', '## Action items', '', ...lines, ''].join(
      '\n',
    ),
  ];
}

/** What the digest must list, section by section (card names, in section order). */
const EXPECTED: Record<DigestSectionName, string[]> = {
  done: [DISKS],
  new: [MONITORING],
  moved: [BUILD],
  overdue: [TLS],
  stale: [],
  unresolvedOwners: [MONITORING],
};

/** The card names of each `###` section of a Markdown digest. */
function markdownSections(text: string): string[][] {
  return text
    .split(/^### /m)
    .slice(1)
    .map((section) => [...section.matchAll(/^ {4}- \[“(.+?)”\]\(/gm)].map((m) => m[1] ?? ''));
}

/** The card names of each section of an RST digest, as docutils reads it (entries are the third level). */
function rstSections(path: string): string[][] {
  const { sections, items } = rstOutline(path);
  const inner = sections.filter((s) => s.level === 2);
  return inner.map((section, index) => {
    const end = inner[index + 1]?.line ?? Number.POSITIVE_INFINITY;
    return items
      .filter((i) => i.depth === 3 && i.line > section.line && i.line < end)
      .map((i) => /^“(.+?)”/.exec(i.text)?.[1] ?? i.text);
  });
}

test('the digest of a week lists exactly what was done, made, moved and overdue, in every format, and never feeds back', async (t) => {
  const now = Date.now();
  const clock = testClock();
  clock.advance(-10 * DAY_MS);
  const h = await syncHarness(t, {
    clock: clock.now,
    members: [
      { username: 'ann', fullName: 'Ann Berg' },
      { username: 'bob', fullName: 'Bob Stone' },
    ],
  });
  const reports = join(h.dir, 'reports');
  await mkdir(reports);
  const write = ([name, text]: [string, string]) => writeFile(join(reports, name), text);
  const sync = async (env: Record<string, string> = {}) =>
    h.cli(['sync', '--source', 'reports', '--json'], { env });

  // Week 1, ten days ago.
  await write(
    weekly(1, day(now - 10 * DAY_MS), [`- [ ] ${DISKS}`, `- [ ] ${BUILD}`, `- [ ] ${TLS}`, `- [ ] ${SLA}`]),
  );
  assert.equal(countsOf(await sync()).created, 4);

  // Week 2, three days ago: the disks are done, monitoring is new (for Kari, who is not on the board).
  clock.advance(7 * DAY_MS);
  await write(
    weekly(2, day(now - 3 * DAY_MS), [
      `- [x] ${DISKS}`,
      `- [ ] ${BUILD}`,
      `- [ ] ${TLS}`,
      `- [ ] ${SLA}`,
      `- [ ] ${MONITORING}`,
    ]),
  );
  const week2 = countsOf(await sync());
  assert.deepEqual([week2.created, week2.completed], [1, 1]);

  // A person moves the build card on, and gives the certificates a due date that has passed.
  const { cards } = await h.board();
  const cardOf = (name: string) => cards.find((c) => c.name === name) ?? assert.fail(`a card "${name}"`);
  const lists = await h.api<{ id: string; name: string }[]>('GET', `/boards/${h.emulator.board.id}/lists`);
  const doing = lists.find((l) => l.name === 'Doing')?.id ?? assert.fail('a Doing list');
  await h.api('PUT', `/cards/${cardOf(BUILD).id}`, { idList: doing });
  const overdueAt = new Date(now - 4 * DAY_MS).toISOString();
  await h.api('PUT', `/cards/${cardOf(TLS).id}`, { due: overdueAt });

  // The digest of the last five days (the second week), in every format.
  const since = new Date(now - 5 * DAY_MS).toISOString();
  const digestOf = async (format: string) => {
    const run = await h.cli(['digest', '--since', since, '--format', format]);
    assert.equal(run.code, 0, run.stderr);
    return run.stdout;
  };
  const json = JSON.parse(await digestOf('json')) as Digest & { generator: string };
  const names = (section: DigestSectionName) => json.sections[section].map((e) => e.name);
  assert.deepEqual(
    Object.fromEntries(Object.keys(EXPECTED).map((s) => [s, names(s as DigestSectionName)])),
    EXPECTED,
  );
  assert.equal(json.generator, 'report-sync digest');
  assert.equal(json.from, since);
  assert.deepEqual(json.board, { name: h.emulator.board.name, url: `${h.emulator.board.url}/report-sync` });

  const [done] = json.sections.done;
  assert.deepEqual(
    [done?.by, done?.list, done?.members, done?.source?.report, done?.source?.path, done?.source?.line],
    ['report-sync', 'Done', [{ username: 'ann', fullName: 'Ann Berg' }], 'Week 2', 'reports/week-2.md', 8],
  );
  assert.match(done?.url ?? '', /^http:\/\/127\.0\.0\.1:\d+\/c\/[0-9A-Za-z]{8}$/, 'the short URL');
  const [moved] = json.sections.moved;
  assert.deepEqual(
    [moved?.from, moved?.list, moved?.members.map((m) => m.username)],
    ['To Do', 'Doing', ['bob']],
  );
  assert.equal(json.sections.overdue[0]?.due, overdueAt);
  assert.deepEqual(json.sections.unresolvedOwners[0]?.owners, ['@kari']);
  for (const entries of Object.values(json.sections)) {
    for (const entry of entries) {
      assert.deepEqual(Object.keys(entry).slice(0, 6), ['name', 'url', 'list', 'members', 'due', 'source']);
    }
  }

  const markdown = await digestOf('markdown');
  assert.deepEqual(markdownSections(markdown), Object.values(EXPECTED));
  assert.match(markdown, /^<!-- report-sync digest/);
  assert.match(
    markdown,
    /^### Cards moved by people \(1\)\n\n- In list “Doing”\n {2}- Bob Stone\n {4}- \[“Migrate the build server @bob”\]\(http:\/\/[^)]+\) · moved from “To Do” · Week 2 \(\d{4}-\d\d-\d\d\) · `reports\/week-2\.md:9`$/m,
  );

  const rst = await digestOf('rst');
  const rstPath = join(h.dir, 'digest.rst');
  await writeFile(rstPath, rst);
  if (noDocutils) t.diagnostic(`RST not checked with docutils: ${noDocutils}`);
  else {
    assert.deepEqual(rstProblems(rstPath), [], 'docutils parses the RST digest without a message');
    assert.deepEqual(rstSections(rstPath), Object.values(EXPECTED));
  }

  // Saved among the reports, in Markdown and RST, the digests make no card on the next sync.
  const before = (await h.board()).cards.length;
  const saved = await h.cli(['digest', '--since', since, '--out', 'reports/digest-{date}.md']);
  assert.equal(saved.code, 0, saved.stderr);
  const savedPath = join(reports, `digest-${day(now)}.md`);
  assert.equal(saved.stdout, `digest written to ${savedPath}\n`);
  assert.equal(await readFile(savedPath, 'utf8'), markdown);
  await writeFile(join(reports, 'digest.rst'), rst);
  const next = await sync({ LOG_LEVEL: 'info' });
  const counts = countsOf(next);
  assert.deepEqual([counts.created, counts.updated, counts.errors], [0, 0, 0]);
  assert.equal((await h.board()).cards.length, before);
  const skipped = logLines(next).filter((l) => String(l['msg']).includes('a digest report-sync wrote'));
  assert.deepEqual(skipped.map((l) => [l['level'], String(l['path']).split('/').at(-1)]).sort(), [
    [30, `digest-${day(now)}.md`],
    [30, 'digest.rst'],
  ]);
  // The one warning is the planner's about Kari, as on every sync that plans: none is about the digests.
  const warnings = logLines(next).filter((l) => Number(l['level']) >= 40);
  assert.deepEqual(
    warnings.map((w) => w['code']),
    ['unknown-owner'],
  );

  // The digest written to a file is where the next one starts (`--since last`, the default).
  const record = JSON.parse(await readFile(lastDigestPathOf(h.statePath), 'utf8')) as { to: string };
  const following = await h.cli(['digest', '--format', 'json']);
  assert.equal((JSON.parse(following.stdout) as Digest).from, record.to);

  const png = await screenshotBoard(t, h.emulator.board.url);
  if (png) t.diagnostic(`screenshot of the board view with its week panel: ${png}`);
});
