import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.ts';
import { ConfigError } from '../../src/errors.ts';
import { PROJECT_ROOT } from '../helpers/cli.ts';

const folder = () => mkdtemp(join(tmpdir(), 'report-sync-first-contact-'));

/** The `ENV` settings of the runtime image, as the Dockerfile writes them. */
async function imageEnvironment(): Promise<Record<string, string>> {
  const dockerfile = (await readFile(join(PROJECT_ROOT, 'Dockerfile'), 'utf8')).replace(/\\\n/g, ' ');
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
  const settings = [...runtime.matchAll(/^ENV (.+)$/gm)].flatMap(
    (line) => line[1]?.trim().split(/\s+/) ?? [],
  );
  return Object.fromEntries(settings.map((setting) => setting.split('=') as [string, string]));
}

/** `docker run --env-file`: every uncommented `NAME=value` line becomes a variable, an empty value included. */
async function envFileVariables(path: string): Promise<Record<string, string>> {
  const lines = (await readFile(path, 'utf8'))
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  return Object.fromEntries(
    lines
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

test("a .env copied from .env.example and passed with docker run --env-file keeps the image's settings", async () => {
  const image = await imageEnvironment();
  assert.equal(image['REPORT_SYNC_STATE_FILE'], '/data/state.json', 'the image sets the state file');
  const container = { ...image, ...(await envFileVariables(join(PROJECT_ROOT, '.env.example'))) };
  const { config } = await loadConfig({ cwd: await folder(), env: container });
  assert.equal(config.stateFile, '/data/state.json');
  assert.equal(config.gitCacheDir, '/cache');
  assert.equal(config.worker.healthPort, 8080);
});

test('an empty variable counts as unset wherever it comes from: .env or the default applies', async () => {
  const cwd = await folder();
  await writeFile(join(cwd, '.env'), 'REPORT_SYNC_STATE_FILE=from-dotenv.json\nTRELLO_BOARD=\n');
  const { config } = await loadConfig({ cwd, env: { REPORT_SYNC_STATE_FILE: '', TRELLO_BOARD: '  ' } });
  assert.equal(config.stateFile, join(cwd, 'from-dotenv.json'));
  assert.equal(config.board, null);
});

test("a bad value's fix names the values the setting allows, not what the setting is for", async () => {
  const cwd = await folder();
  const file = {
    vanished: 'delete',
    labels: { todo: { name: 'TODO', color: 'pinkish' }, perReport: 'yes' },
    worker: { healthPort: 0 },
    lists: { todo: '' },
  };
  await writeFile(join(cwd, 'report-sync.json'), JSON.stringify(file));
  const error = await loadConfig({ cwd, env: {} }).then(
    () => assert.fail('expected a ConfigError'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ConfigError);
  const line = (field: string) => error.message.split('\n').find((l) => l.startsWith(`  - ${field}:`)) ?? '';
  assert.match(line('vanished'), /\(got "delete"\)\. Fix: use one of "keep", "comment", "archive"\.$/);
  assert.match(line('labels.todo.color'), /Fix: use one of "green", .*"black_dark", or null\.$/);
  assert.match(line('labels.perReport'), /Fix: use true or false\.$/);
  assert.match(line('worker.healthPort'), /\(got 0\)\. Fix: use a whole number from 1 to 65535, or null\.$/);
  assert.match(line('lists.todo'), /Fix: use a non-empty text\.$/);
  assert.doesNotMatch(error.message, /What happens to the card|Port of the health endpoint/);
});

test('an API URL without /1 is a configuration error that names the fix, from the file, the environment or a flag', async () => {
  const cwd = await folder();
  const error = (promise: Promise<unknown>) =>
    promise.then(
      () => assert.fail('expected a ConfigError'),
      (e: unknown) => e as ConfigError,
    );
  const fromEnv = await error(loadConfig({ cwd, env: { TRELLO_API_URL: 'https://api.trello.com/' } }));
  assert.ok(fromEnv instanceof ConfigError);
  assert.match(
    fromEnv.message,
    /^TRELLO_API_URL: https:\/\/api\.trello\.com does not end in \/1.*Fix: use https:\/\/api\.trello\.com\/1 /,
  );
  await writeFile(
    join(cwd, 'report-sync.json'),
    JSON.stringify({ trello: { apiUrl: 'http://127.0.0.1:8089' } }),
  );
  assert.match(
    (await error(loadConfig({ cwd, env: {} }))).message,
    /^trello\.apiUrl: .*Fix: use http:\/\/127\.0\.0\.1:8089\/1 /,
  );
  const fromFlag = await error(
    loadConfig({ cwd, env: {}, overrides: { apiUrl: 'http://127.0.0.1:8089/2' } }),
  );
  assert.match(fromFlag.message, /^--api-url: /);
  const fine = await loadConfig({ cwd, env: { TRELLO_API_URL: 'http://127.0.0.1:8089/1/' } });
  assert.equal(fine.config.trello.apiUrl, 'http://127.0.0.1:8089/1');
});

test('a board URL loses its query and fragment, with a warning when they carried credentials', async () => {
  const cwd = await folder();
  const copied = await loadConfig({
    cwd,
    env: {
      TRELLO_BOARD: 'https://trello.com/b/AbCd1234/status?key=0123456789abcdef&token=ATTAsecret#comment',
    },
  });
  assert.equal(copied.config.board, 'https://trello.com/b/AbCd1234/status');
  assert.match(copied.warnings.join('\n'), /carried key= or token= in its query; report-sync dropped them/);
  assert.doesNotMatch(copied.warnings.join('\n'), /0123456789abcdef|ATTAsecret/);
  const plain = await loadConfig({ cwd, env: { TRELLO_BOARD: 'AbCd1234' } });
  assert.deepEqual([plain.config.board, plain.warnings], ['AbCd1234', []]);
});
