import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '../../src/config/index.ts';
import { StateError, TrelloError } from '../../src/errors.ts';
import { createLogger } from '../../src/log/logger.ts';
import { lockPathOf } from '../../src/state/lock.ts';
import { runSync } from '../../src/sync/run.ts';
import { requireTrelloAccess } from '../../src/config/index.ts';
import { withSyncState } from '../../src/state/sync-file.ts';
import type { BoardSnapshot } from '../../src/trello/types.ts';
import { FakeGateway } from '../helpers/fake-gateway.ts';

/** A real state file and one report in a temp folder, and a logger whose lines the test reads. */
async function setup(t: TestContext, board: string) {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-release-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(
    join(dir, 'uke_01.md'),
    '# Uke 1 2024\n\n## Planlagte aktiviteter\n\n- Oppgradere OpenStack\n',
  );
  const env = {
    TRELLO_API_KEY: 'key',
    TRELLO_API_TOKEN: 'token',
    TRELLO_BOARD: board,
    REPORT_SYNC_STATE_FILE: join(dir, 'state.json'),
    REPORT_SYNC_SOURCES: dir,
  };
  const { config } = await loadConfig({ cwd: dir, env });
  const lines: { level: number; msg: string }[] = [];
  const logger = createLogger({
    level: 'info',
    pretty: false,
    destination: {
      write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }),
    },
  });
  return { config, logger, errors: () => lines.filter((l) => l.level >= 50).map((l) => l.msg) };
}

/** Another process takes the lock over, as it may once this one looks stale: the lock's time is no longer ours. */
async function takeOverLock(config: Config): Promise<void> {
  const later = new Date(Date.now() + 60_000);
  await utimes(lockPathOf(config.stateFile), later, later);
}

test('a run that fails keeps its own error when the lock is lost meanwhile; the lost lock is logged beside it', async (t) => {
  const gw = new (class extends FakeGateway {
    override async snapshot(): Promise<BoardSnapshot> {
      await takeOverLock(config);
      throw new TrelloError('Trello failed GET /batch with 500 after 6 attempts', 500);
    }
  })();
  const { config, logger, errors } = await setup(t, gw.boardRef.shortLink);
  const run = runSync(config, requireTrelloAccess(config), { gateway: gw, logger, now: () => new Date() });
  await assert.rejects(
    run,
    (error: unknown) => error instanceof TrelloError && /GET \/batch/.test(error.message),
  );
  assert.ok(
    errors().some((msg) => /releasing the state file failed too: Lost the lock/.test(msg)),
    errors().join('\n'),
  );
});

test('a run that succeeds but loses its lock reports the lost lock', async (t) => {
  const { config, logger } = await setup(t, 'FakeBord');
  const done = withSyncState(config, { readOnly: false, logger }, async () => {
    await takeOverLock(config);
    return 'done';
  });
  await assert.rejects(
    done,
    (error: unknown) => error instanceof StateError && /Lost the lock/.test(error.message),
  );
});

test('a run that fails with its lock held releases it and throws its own error', async (t) => {
  const { config, logger, errors } = await setup(t, 'FakeBord');
  const failing = withSyncState(config, { readOnly: false, logger }, () => Promise.reject(new Error('boom')));
  await assert.rejects(failing, /boom/);
  assert.deepEqual(errors(), []);
  // Released: the next run gets the lock at once.
  assert.equal(await withSyncState(config, { readOnly: false, logger }, async () => 'next'), 'next');
});
