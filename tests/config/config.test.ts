import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.ts';
import { configJsonSchema } from '../../src/config/json-schema.ts';
import { ConfigError } from '../../src/errors.ts';
import { DEFAULT_EXTRACTION, resolveExtraction, type ExtractionOptions } from '../../src/extract/options.ts';
import { PROJECT_ROOT } from '../helpers/cli.ts';
import { errorExitCode } from '../../src/cli/exit-codes.ts';

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
  assert.deepEqual(config.lists, { todo: 'TODO', planned: 'Planned', done: 'Done' });
  assert.equal(config.dueTime, '12:00');
  assert.equal(config.vanished, 'keep');
  assert.equal(config.trello.requestsPer10s, null);
  assert.equal(config.stateFile, join(cwd, '.report-sync/state.json'));
  assert.ok(config.extraction.headings.plan.includes('kommende aktiviteter'));
  assert.deepEqual(warnings, []);
});

test('the example config is valid and every setting in it is read', async () => {
  const path = join(PROJECT_ROOT, 'config/report-sync.example.json');
  const example = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  const { config } = await loadConfig({ cwd: PROJECT_ROOT, configPath: path, env: {} });
  assert.deepEqual(config.sources, [
    { kind: 'path', pattern: 'reports/', urlTemplate: null },
    { kind: 'path', pattern: 'minutes/**/*.md', urlTemplate: 'https://wiki.example.org/minutes/{path}' },
    {
      kind: 'git',
      url: 'https://github.com/norcams/iaas.git',
      branch: 'master',
      path: 'docs/status/reports',
      urlTemplate: null,
    },
  ]);
  const { trello, ...rest } = config;
  const resolved: Record<string, unknown> = {
    ...rest,
    trello: { ...trello, key: undefined, token: undefined },
  };
  for (const [setting, value] of Object.entries(example)) {
    // Sources resolve to specs, and extraction lists to the defaults they extend (both checked below).
    if (setting === '$schema' || setting === 'sources' || setting === 'extraction') continue;
    assert.ok(setting in resolved, `setting ${setting} is not in the resolved config`);
    const actual = resolved[setting];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [field, fieldValue] of Object.entries(value)) {
        assert.deepEqual((actual as Record<string, unknown>)[field], fieldValue, `${setting}.${field}`);
      }
    } else {
      assert.deepEqual(actual, value, setting);
    }
  }
  // The example extends the default heading and marker lists: the defaults are all still there.
  assert.deepEqual(config.extraction, resolveExtraction(example['extraction'] as ExtractionOptions));
  assert.deepEqual(config.extraction.headings.plan, [...DEFAULT_EXTRACTION.headings.plan, 'sprint goals']);
});

test('paths in the file are relative to the file; paths from flags and the environment to the working directory', async () => {
  const cwd = await folderWith({});
  await mkdir(join(cwd, 'conf'));
  await writeFile(
    join(cwd, 'conf/rs.json'),
    JSON.stringify({ stateFile: 'state.json', sources: ['reports/'] }),
  );
  const fromFile = await loadConfig({ cwd, env: {}, configPath: 'conf/rs.json' });
  assert.equal(fromFile.config.stateFile, join(cwd, 'conf/state.json'));
  assert.equal(fromFile.config.baseDir, join(cwd, 'conf'));
  const fromFlags = await loadConfig({
    cwd,
    env: {},
    configPath: 'conf/rs.json',
    overrides: { stateFile: 'flag.json', sources: ['here/'] },
  });
  assert.equal(fromFlags.config.stateFile, join(cwd, 'flag.json'));
  assert.deepEqual(fromFlags.config.sources, [
    { kind: 'path', pattern: join(cwd, 'here'), urlTemplate: null },
  ]);
  const fromEnv = await loadConfig({
    cwd,
    env: { REPORT_SYNC_STATE_FILE: 'env.json' },
    configPath: 'conf/rs.json',
  });
  assert.equal(fromEnv.config.stateFile, join(cwd, 'env.json'));
});

test('an API URL from the environment is checked like one from the file; plain http off this machine is warned about', async () => {
  const cwd = await folderWith({});
  const error = await configError(loadConfig({ cwd, env: { TRELLO_API_URL: 'ftp://example.org/1' } }));
  assert.match(error.message, /TRELLO_API_URL: expected an http\(s\) URL \(got "ftp:\/\/example\.org\/1"\)/);
  const remote = await loadConfig({ cwd, env: { TRELLO_API_URL: 'http://trello.example.org/1/' } });
  assert.equal(remote.config.trello.apiUrl, 'http://trello.example.org/1');
  assert.match(remote.warnings.join('\n'), /plain http/);
  const local = await loadConfig({ cwd, env: { TRELLO_API_URL: 'http://127.0.0.1:8089/1' } });
  assert.deepEqual(local.warnings, []);
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
    [join(cwd, 'a'), join(cwd, 'b/*.md')],
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
  assert.match(
    error.message,
    /trello\.requestsPer10s: .*100.* \(got 500\)\. Fix: use a whole number from 1 to 100, or null\./,
  );
  assert.match(error.message, /vanished: .*"keep".* \(got "delete"\)/);
  assert.equal(errorExitCode(error), 2);
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

test('the v1 keys extraction.planHeadings and .taskListHeadings still work, with a deprecation warning naming the new key', async () => {
  const cwd = await folderWith({
    'old.json': '{"extraction":{"planHeadings":["sprint goals"],"taskListHeadings":["ärenden"]}}',
  });
  const { config, warnings } = await loadConfig({ cwd, env: {}, configPath: 'old.json' });
  assert.deepEqual(config.extraction.headings.plan, ['sprint goals']);
  assert.deepEqual(config.extraction.headings.taskList, ['ärenden']);
  assert.equal(warnings.length, 2);
  assert.match(
    warnings[0] ?? '',
    /extraction\.planHeadings is deprecated.*rename it to extraction\.headings\.plan/,
  );
  assert.match(
    warnings[1] ?? '',
    /extraction\.taskListHeadings is deprecated.*extraction\.headings\.taskList/,
  );
});

test('broken JSON, a missing --config file and an invalid heading pattern are clear errors', async () => {
  const cwd = await folderWith({
    'bad.json': '{ "board": ',
    'regex.json': '{"extraction":{"headings":{"plan":["(oops"]}}}',
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
    /extraction\.headings\.plan\[0\] is not a valid regular expression: "\(oops"/,
  );
});

test('config/report-sync.schema.json matches the zod schema (run `npm run config:schema` after changing it)', async () => {
  const onDisk = await readFile(join(PROJECT_ROOT, 'config/report-sync.schema.json'), 'utf8');
  assert.equal(onDisk, configJsonSchema());
});

test('the container settings come from the environment: git cache and health port', async () => {
  const cwd = await folderWith({});
  const { config } = await loadConfig({
    cwd,
    env: { REPORT_SYNC_GIT_CACHE_DIR: '/cache', REPORT_SYNC_HEALTH_PORT: '8080' },
  });
  assert.equal(config.gitCacheDir, '/cache');
  assert.equal(config.worker.healthPort, 8080);
  const error = await configError(loadConfig({ cwd, env: { REPORT_SYNC_HEALTH_PORT: 'http' } }));
  assert.match(error.message, /REPORT_SYNC_HEALTH_PORT: expected a port from 1 to 65535 \(got "http"\)/);
});
