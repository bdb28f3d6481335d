/** `report-sync outline` run as a user runs it: a real process, real files, real exit codes. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CORPUS, runCli } from '../helpers/cli.ts';

let dir: string;
before(async () => (dir = await mkdtemp(join(tmpdir(), 'report-sync-outline-'))));
after(async () => rm(dir, { recursive: true, force: true }));

test('outline --format json prints the docutils shape for a corpus report', async () => {
  const run = await runCli(['outline', '--format', 'json', 'reports/workshop/2016_workshop_2.rst'], {
    cwd: CORPUS,
  });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const printed = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
  const docutils = readFileSync(`${CORPUS}docutils-outline.jsonl`, 'utf8')
    .split('\n')
    .map((l) => (l ? (JSON.parse(l) as Record<string, unknown>) : null))
    .find((o) => o?.['path'] === 'reports/workshop/2016_workshop_2.rst');
  assert.equal(printed['path'], 'reports/workshop/2016_workshop_2.rst');
  assert.equal(printed['format'], 'rst');
  assert.equal(printed['title'], 'Workshop 2 - 2016');
  assert.deepEqual(printed['sections'], docutils?.['sections']);
  assert.deepEqual(printed['items'], docutils?.['items']);
});

test('the default tree view shows headings with their class, paragraphs and items with their lines', async () => {
  const run = await runCli(['outline', 'seeds/001_704dc26c4333c099.txt'], { cwd: CORPUS });
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.equal(
    lines[0],
    'seeds/001_704dc26c4333c099.txt: format rst, title "Uke 30", author Raymond Kristiansen, date 2017-07-31, week 30',
  );
  assert.ok(lines.includes('  ## Planlagte aktiviteter  (line 43)  [plan]'), run.stdout);
  assert.ok(lines.includes('    - Oppgradere til Openstack Newton  (line 46)'), run.stdout);
});

test('an unreadable path is a warning; with nothing read the exit code is 1', async () => {
  const run = await runCli(['outline', '--format', 'json', 'no/such/report.rst'], { cwd: dir });
  assert.equal(run.code, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^no\/such\/report\.rst: not found; check the path/m);
  assert.match(run.stderr, /report-sync: no report could be read from no\/such\/report\.rst\. Fix: /);
});

test('a skipped file among readable ones is a warning with file and reason; the exit code stays 0', async () => {
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
  await writeFile(join(dir, 'notes.md'), '# Notes\n\n- [ ] order disks\n');
  const run = await runCli(['outline', '--format', 'json', '.'], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(
    run.stderr,
    'binary.txt: skipped: contains NUL bytes, so it is binary or UTF-16 text; save reports as UTF-8\n',
  );
  assert.deepEqual(JSON.parse(run.stdout), {
    path: 'notes.md',
    format: 'markdown',
    title: 'Notes',
    metadata: {},
    sections: [{ title: 'Notes', level: 1, line: 1 }],
    items: [{ text: 'order disks', depth: 1, line: 3 }],
  });
});

test('an unknown --format is a usage error (exit 2)', async () => {
  const run = await runCli(['outline', '--format', 'xml', 'x.rst'], { cwd: dir });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /argument 'xml' is invalid/);
});

test('the tree view shows the class of every heading and label, so a user sees why a section was read or not', async () => {
  await writeFile(
    join(dir, 'minutes.md'),
    '# Minutes\n\n## Attendees\n\n- Kari\n\n## Notes\n\n**Action Items:**\n\n- send the agenda\n\nRemarks:\n\nNächste Schritte: Raum finden\n',
  );
  const run = await runCli(['outline', 'minutes.md'], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.ok(lines.includes('  ## Attendees  (line 3)  [attendance: never read for items]'), run.stdout);
  assert.ok(lines.includes('    ¶ Action Items:  (line 9)  [label: task list]'), run.stdout);
  assert.ok(lines.includes('    ¶ Remarks:  (line 13)  [label: no class]'), run.stdout);
  assert.ok(
    lines.includes('    ¶ Nächste Schritte: Raum finden  (line 15)  [label and items: plan]'),
    run.stdout,
  );
});
