// A run stopped (SIGSTOP) while it waits in the client's pacer, right after it
// saved the intent to create a card, loses its lock to a second run, which makes
// the card. Resumed (SIGCONT), the first run must notice before it sends anything,
// not make the card a second time.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { readStateFile } from '../../src/state/store.ts';
import { syncStateSchema } from '../../src/state/sync-state-schema.ts';
import { PROJECT_ROOT } from '../helpers/cli.ts';
import { cardsByMarker, countsOf, syncHarness, until } from './e2e-helpers.ts';

const MAIN = join(PROJECT_ROOT, 'src/cli/main.ts');

test('a run paused in the pacer after a create intent, whose lock another run took, creates nothing when resumed', async (t) => {
  const h = await syncHarness(t);
  const reports = join(h.dir, 'reports');
  await mkdir(reports);
  await writeFile(join(reports, 'week-1.md'), '# Uke 1\n\n- TODO: Bestille disker\n');
  // The board gets its lists and labels, and the state its board: the next run's only requests before its create are the snapshot's.
  countsOf(await h.cli(['sync', '--source', 'reports', '--json']));
  await writeFile(
    join(reports, 'week-2.md'),
    '# Uke 2\n\n- TODO: Rydde logger\n- TODO: Oppdatere sertifikater\n- TODO: Flytte Ceph\n',
  );
  h.emulator.resetStats();
  countsOf(await h.cli(['sync', '--source', 'reports', '--dry-run', '--json']));
  const readsBeforeCreate = h.emulator.stats().total;

  // Paced at exactly that many requests per 10 s, the first run's first create waits ~10 s in the pacer.
  await writeFile(
    join(h.dir, 'paced.json'),
    JSON.stringify({ trello: { requestsPer10s: readsBeforeCreate } }),
  );
  h.emulator.resetStats();
  const first = spawn(
    process.execPath,
    [MAIN, 'sync', '--config', 'paced.json', '--source', 'reports', '--json'],
    {
      cwd: h.dir,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], LOG_LEVEL: 'warn', ...h.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let firstStderr = '';
  first.stderr.setEncoding('utf8').on('data', (d: string) => (firstStderr += d));
  const firstExit = once(first, 'exit');
  t.after(() => first.kill('SIGKILL'));

  // Its intent is on disk once the state holds a card without an id.
  let intentSaved = false;
  const poll = setInterval(() => {
    void readStateFile(h.statePath, { schema: syncStateSchema }).then(
      (read) => (intentSaved ||= Object.values(read?.data.cards ?? {}).some((c) => c.cardId === null)),
      () => undefined,
    );
  }, 10);
  await until(() => intentSaved, 30_000);
  clearInterval(poll);
  assert.ok(intentSaved, `the first run saved a create intent (stderr: ${firstStderr})`);
  first.kill('SIGSTOP');
  assert.equal(h.emulator.stats().writes, 0, 'stopped before its create was sent: the pacer held it');

  // The second run waits until the stopped run's lock is stale, takes it over and makes the cards.
  const second = countsOf(await h.cli(['sync', '--source', 'reports', '--json']));
  assert.equal(second.created, 3);

  first.kill('SIGCONT');
  const [code] = (await firstExit) as [number | null];
  const board = await h.board();
  for (const [key, cards] of cardsByMarker(board)) assert.equal(cards.length, 1, `one card for ${key}`);
  assert.equal(board.cards.length, 4);
  assert.equal(code, 1, firstStderr);
  assert.match(firstStderr, /Lost the lock on the state file .*stopped before its next write/);
});
