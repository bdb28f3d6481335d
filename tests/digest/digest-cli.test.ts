/** `report-sync digest` as a user runs it: what it writes (nothing on Trello), where, and how it fails. */
import assert from 'node:assert/strict';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { lastDigestPathOf } from '../../src/state/last-digest.ts';
import { countsOf, syncHarness } from '../sync/e2e-helpers.ts';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

test('a digest writes nothing to Trello nor to the state; only one written to a file records where the next starts', async (t) => {
  const h = await syncHarness(t);
  await mkdir(join(h.dir, 'reports'));
  await writeFile(join(h.dir, 'reports', 'week-1.md'), '# Week 1\n\n## Action items\n\n- [ ] Order disks\n');
  assert.equal(countsOf(await h.cli(['sync', '--source', 'reports', '--json'])).created, 1);
  const state = await readFile(h.statePath, 'utf8');
  h.emulator.resetStats();

  const printed = await h.cli(['digest', '--language', 'nb']);
  assert.equal(printed.code, 0, printed.stderr);
  assert.match(printed.stdout, /^## Oversikt over tavla, \d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d$/m);
  assert.match(
    printed.stdout,
    /^### Nye kort \(1\)\n\n- I lista «To Do»\n {2}- Uten medlem\n {4}- \[«Order disks»\]/m,
  );
  assert.equal(await exists(lastDigestPathOf(h.statePath)), false, 'printing records nothing');

  const written = await h.cli(['digest', '--out', 'digest.rst', '--format', 'rst']);
  assert.equal(written.code, 0, written.stderr);
  assert.match(await readFile(join(h.dir, 'digest.rst'), 'utf8'), /^\.\. report-sync digest/);
  const record = JSON.parse(await readFile(lastDigestPathOf(h.statePath), 'utf8')) as Record<string, string>;
  assert.deepEqual([record['out'], record['format']], [join(h.dir, 'digest.rst'), 'rst']);

  const stats = h.emulator.stats();
  assert.equal(stats.writes, 0, `no write to Trello: ${JSON.stringify(stats.byRoute)}`);
  assert.ok((stats.byRoute['GET /1/boards/:id/actions'] ?? 0) >= 2, 'it read the board’s actions');
  assert.equal(await readFile(h.statePath, 'utf8'), state, 'the state file is as the sync left it');
});

test('a digest that cannot be made says why and what to do, and writes nothing', async (t) => {
  const h = await syncHarness(t);
  const badSince = await h.cli(['digest', '--since', 'yesterday']);
  assert.equal(badSince.code, 2);
  assert.match(badSince.stderr, /--since "yesterday" is no period start\. Fix: use "last"/);

  const noFolder = await h.cli(['digest', '--out', 'missing/digest.md']);
  assert.equal(noFolder.code, 1);
  assert.match(
    noFolder.stderr,
    /cannot write the digest to .*missing\/digest\.md \(ENOENT\); nothing was written\. Fix:/,
  );
  assert.equal(await exists(lastDigestPathOf(h.statePath)), false);

  // Never synced: the digest still reads the board, and says what it cannot know.
  const fresh = await h.cli(['digest', '--format', 'json']);
  assert.equal(fresh.code, 0, fresh.stderr);
  assert.match(fresh.stderr, /no sync state: the digest knows no report/);
  assert.deepEqual(Object.keys((JSON.parse(fresh.stdout) as { sections: object }).sections), [
    'done',
    'new',
    'moved',
    'overdue',
    'stale',
    'unresolvedOwners',
  ]);

  const unreadable = lastDigestPathOf(h.statePath);
  await writeFile(unreadable, 'not json');
  const recovered = await h.cli(['digest', '--out', 'digest.md']);
  assert.equal(recovered.code, 0, recovered.stderr);
  assert.match(recovered.stderr, /the record of the last digest cannot be used .* covers the default week/);
  assert.match(await readFile(unreadable, 'utf8'), /"out":/, 'the next digest written replaces the record');
});
