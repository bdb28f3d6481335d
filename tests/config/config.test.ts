import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.ts';
import { configJsonSchema } from '../../src/config/json-schema.ts';
import { ConfigError } from '../../src/errors.ts';
import { PROJECT_ROOT } from '../helpers/cli.ts';

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-config-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => assert.fail('expected a ConfigError'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ConfigError, `expected ConfigError, got ${String(error)}`);
  return error;
}

test('without a config file the defaults apply, relative to the working directory', async () => {
  const cwd = await folderWith({});
  const { config, warnings } = await loadConfig({ cwd, env: {} });
  assert.equal(config.configFile, null);
  assert.deepEqual(config.lists, { todo: 'TODO', planned: 'Planned' });
  assert.equal(config.vanished, 'keep');
  assert.equal(config.trello.requestsPer10s, 90);
  assert.equal(config.stateFile, join(cwd, '.report-sync/state.json'));
  assert.ok(config.extraction.planHeadings.includes('kommende aktiviteter'));
  assert.deepEqual(warnings, []);
});

test('the example config is valid and every setting in it is read', async () => {
  const { config } = await loadConfig({
    cwd: PROJECT_ROOT,
    configPath: 'config/report-sync.example.json',
    env: {},
  });
  assert.equal(config.sources.length, 3);
  assert.deepEqual(config.sources[2], {
    kind: 'git',
    url: 'https://github.com/norcams/iaas.git',
    branch: 'master',
    path: 'docs/status/reports',
    urlTemplate: null,
  });
  assert.equal(config.worker.healthPort, 8080);
  assert.equal(config.people['Raymond Kristiansen'], 'raymondk');
  assert.equal(config.stateFile, join(PROJECT_ROOT, 'config/.report-sync/state.json'));
});

test('environment and .env override the file, real environment over .env, flags over both', async () => {
  const cwd = await folderWith({
    'report-sync.json': JSON.stringify({ board: 'fileBoard', sources: ['from-file/'] }),
    '.env': 'TRELLO_BOARD=dotenvBoard\nTRELLO_API_KEY=k-from-dotenv\nREPORT_SYNC_SOURCES=a/, b/*.md\n',
  });
  const fromDotenv = await loadConfig({ cwd, env: {} });
  assert.equal(fromDotenv.config.board, 'dotenvBoard');
  assert.equal(fromDotenv.config.trello.key, 'k-from-dotenv');
  assert.deepEqual(
    fromDotenv.config.sources.map((s) => (s.kind === 'path' ? s.pattern : s.url)),
    ['a/', 'b/*.md'],
  );
  assert.match(fromDotenv.warnings.join('\n'), /only one of TRELLO_API_KEY and TRELLO_API_TOKEN/);
  const fromEnv = await loadConfig({ cwd, env: { TRELLO_BOARD: 'envBoard' } });
  assert.equal(fromEnv.config.board, 'envBoard');
  const fromFlag = await loadConfig({
    cwd,
    env: { TRELLO_BOARD: 'envBoard' },
    overrides: { board: 'flagBoard' },
  });
  assert.equal(fromFlag.config.board, 'flagBoard');
});

test('a bad value names the setting, the value seen and the fix', async () => {
  const cwd = await folderWith({
    'report-sync.json': JSON.stringify({ trello: { requestsPer10s: 500 }, vanished: 'delete' }),
  });
  const error = await configError(loadConfig({ cwd, env: {} }));
  assert.match(error.message, /invalid configuration in .*report-sync\.json/);
  assert.match(error.message, /trello\.requestsPer10s: .*100.* \(got 500\)\. Fix: .*per 10 s/);
  assert.match(error.message, /vanished: .*"keep".* \(got "delete"\)/);
  assert.equal(error.exitCode, 2);
});

test('an unknown setting is named; a secret in the file is refused with the right place for it', async () => {
  const cwd = await folderWith({
    'report-sync.json': JSON.stringify({ lsts: {}, trello: { token: 'abc' } }),
  });
  const error = await configError(loadConfig({ cwd, env: {} }));
  assert.match(error.message, /lsts: unknown setting/);
  assert.match(error.message, /trello\.token: secrets do not belong in the config file.*TRELLO_API_TOKEN/);
  assert.doesNotMatch(error.message, /abc/);
});

test('broken JSON, a missing --config file and an invalid heading pattern are clear errors', async () => {
  const cwd = await folderWith({
    'bad.json': '{ "board": ',
    'regex.json': '{"extraction":{"planHeadings":["(oops"]}}',
  });
  assert.match(
    (await configError(loadConfig({ cwd, env: {}, configPath: 'bad.json' }))).message,
    /not valid JSON/,
  );
  assert.match(
    (await configError(loadConfig({ cwd, env: {}, configPath: 'missing.json' }))).message,
    /missing\.json \(from --config\) does not exist/,
  );
  assert.match(
    (await configError(loadConfig({ cwd, env: {}, configPath: 'regex.json' }))).message,
    /extraction\.planHeadings\[0\]: .* \(got "\(oops"\)\. Fix: write a valid regular expression/,
  );
});

test('config/report-sync.schema.json matches the zod schema (run `npm run config:schema` after changing it)', async () => {
  const onDisk = await readFile(join(PROJECT_ROOT, 'config/report-sync.schema.json'), 'utf8');
  assert.equal(onDisk, configJsonSchema());
});
