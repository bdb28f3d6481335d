import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRedactor, redactUrls } from '../../src/log/redact.ts';
import { syncHarness } from '../sync/e2e-helpers.ts';

const REPORT = '# Week 1\n\nTODO: order the new switches\n';

/** Everything a run left for people to read: its output, its log, and the files it wrote. */
async function everything(dir: string, runs: { stdout: string; stderr: string }[]): Promise<string> {
  const files = await Promise.all(
    (await readdir(dir)).map((name) => readFile(join(dir, name), 'utf8').catch(() => '')),
  );
  return [...runs.flatMap((r) => [r.stdout, r.stderr]), ...files].join('\n');
}

test('a board URL carrying key= and token= (copied from an API call) is echoed without them, and synced without storing them', async (t) => {
  const h = await syncHarness(t);
  await writeFile(join(h.dir, 'week-1.md'), REPORT);
  const query = `?key=${h.emulator.key}&token=${h.emulator.token}`;

  const missing = await h.cli([
    'sync',
    '--source',
    'week-1.md',
    '--board',
    `https://trello.com/b/Zz99Zz99/gone${query}`,
  ]);
  assert.equal(missing.code, 1, missing.stderr);
  assert.match(missing.stderr, /board "https:\/\/trello\.com\/b\/Zz99Zz99\/gone" was not found/);

  const found = await h.cli(['sync', '--source', 'week-1.md', '--board', `${h.emulator.board.url}${query}`]);
  assert.equal(found.code, 0, found.stderr);
  assert.ok((await h.board()).cards.some((card) => card.name === 'order the new switches'));

  const text = await everything(h.dir, [missing, found]);
  for (const secret of [h.emulator.key, h.emulator.token]) assert.equal(text.includes(secret), false);
});

test('a one-letter key and token: the sync saves its state, and messages read as they were written', async (t) => {
  const h = await syncHarness(t, { credentials: [{ key: 'e', token: 'a' }] });
  await writeFile(join(h.dir, 'week-1.md'), REPORT);
  const env = { TRELLO_API_KEY: 'e', TRELLO_API_TOKEN: 'a', LOG_LEVEL: 'debug' };

  const synced = await h.cli(['sync', '--source', 'week-1.md'], { env });
  assert.equal(synced.code, 0, synced.stderr);
  assert.match(synced.stdout, /^1 created, /);
  const wrongToken = await h.cli(['sync', '--source', 'week-1.md', '--board', 'Zz99Zz99'], {
    env: { ...env, TRELLO_API_TOKEN: 'b' },
  });
  assert.equal(wrongToken.code, 1);
  assert.match(
    wrongToken.stderr,
    /Trello refused the credentials for GET \/boards\/Zz99Zz99 \(401 invalid token\)/,
  );
  for (const run of [synced, wrongToken])
    assert.doesNotMatch(run.stderr, /[\p{L}\p{N}]\[redacted\]|\[redacted\][\p{L}\p{N}]/u);
});

test('the redactor hides credential parameters and userinfo in any URL, and short secrets only where they stand alone', () => {
  assert.equal(
    redactUrls('GET https://api.trello.com/1/boards/x?fields=id&key=0123abcd&token=ATTAxyz#top failed'),
    'GET https://api.trello.com/1/boards/x?fields=id&key=***&token=***#top failed',
  );
  assert.equal(redactUrls('Cannot GET /1/boards/?key=k&token=t'), 'Cannot GET /1/boards/?key=***&token=***');
  assert.equal(redactUrls('https://bot:pw@host/r.git'), 'https://***@host/r.git');
  const redact = createRedactor(['e', 'ATTA0123456789abcdef']);
  assert.equal(redact('Trello refused e (ATTA0123456789abcdef)'), 'Trello refused [redacted] ([redacted])');
  assert.equal(redact('xATTA0123456789abcdefx'), 'x[redacted]x');
});
