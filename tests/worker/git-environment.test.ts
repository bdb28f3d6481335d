import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { silentLogger } from '../../src/log/logger.ts';
import { checkoutRepository } from '../../src/reports/git.ts';

test('git runs without the Trello credentials in its environment', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'report-sync-git-env-'));
  const seen = join(dir, 'environment.txt');
  // A stand-in `git` first on PATH records the environment it was given, then fails like a bad remote.
  await writeFile(join(dir, 'git'), `#!/bin/sh\nenv > '${seen}'\nexit 128\n`);
  await chmod(join(dir, 'git'), 0o755);
  const saved = { PATH: process.env['PATH'], TRELLO_API_TOKEN: process.env['TRELLO_API_TOKEN'] };
  process.env['PATH'] = `${dir}${delimiter}${saved.PATH ?? ''}`;
  process.env['TRELLO_API_TOKEN'] = 'ATTA-secret-token-for-this-test';
  t.after(() => {
    process.env['PATH'] = saved.PATH;
    if (saved.TRELLO_API_TOKEN === undefined) delete process.env['TRELLO_API_TOKEN'];
    else process.env['TRELLO_API_TOKEN'] = saved.TRELLO_API_TOKEN;
  });

  await assert.rejects(
    checkoutRepository('file:///nowhere.git', 'main', {
      cacheRoot: join(dir, 'cache'),
      logger: silentLogger(),
    }),
  );
  const environment = await readFile(seen, 'utf8');
  assert.match(environment, /^PATH=/m, 'git still gets PATH');
  assert.match(environment, /^GIT_TERMINAL_PROMPT=0$/m);
  assert.doesNotMatch(environment, /TRELLO_API_TOKEN|ATTA-secret-token-for-this-test/);
});
