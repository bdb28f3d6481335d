import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { nodeVersionProblem } from '../scripts/check-node.js';
import { PROJECT_ROOT } from './helpers/cli.ts';

/** A Node older than 22.18: NODE_OLD, else the machine's /usr/bin/node when it is one (Debian's is 20). */
function oldNode(): string | null {
  const candidate = process.env['NODE_OLD'] ?? '/usr/bin/node';
  if (!existsSync(candidate)) return null;
  const version = execFileSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
  return nodeVersionProblem(version) === null ? null : candidate;
}

const OLD_NODE = oldNode();
const NO_OLD_NODE =
  OLD_NODE === null && 'no Node older than 22.18 here: set NODE_OLD to one (e.g. npm install node@20)';

/** npm's own script, run by the old Node, with the old Node first on PATH (as on a machine that has only it). */
function npmUnderOldNode(node: string, args: string[], cwd = PROJECT_ROOT) {
  const npm = realpathSync(
    execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim() || 'npm',
  );
  const path = [dirname(node), '/usr/bin', '/bin'].join(delimiter);
  return spawnSync(node, [npm, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: path, HOME: process.env['HOME'] },
  });
}

const ONE_LINE =
  /^report-sync needs Node\.js 22\.18 or newer, and this is Node\.js \d+\.\d+\.\d+ \(.+\): install Node\.js 24 LTS from https:\/\/nodejs\.org\/ or with a version manager \(`nvm install 24`\), then run the command again\.$/m;

test('the check takes its minimum from package.json and names the version seen', () => {
  assert.equal(nodeVersionProblem('22.18.0'), null);
  assert.equal(nodeVersionProblem('24.1.0'), null);
  assert.equal(nodeVersionProblem('23.0.0'), null);
  assert.match(
    nodeVersionProblem('22.17.1') ?? '',
    /needs Node\.js 22\.18 or newer, and this is Node\.js 22\.17\.1/,
  );
  assert.match(nodeVersionProblem('20.19.2') ?? '', ONE_LINE);
  assert.equal((nodeVersionProblem('18.0.0') ?? '').includes('\n'), false);
});

test(
  'under Node 20, the report-sync command says in one line which Node it needs, and exits 1',
  { skip: NO_OLD_NODE },
  () => {
    const node = OLD_NODE as string;
    const run = spawnSync(node, [join(PROJECT_ROOT, 'bin/report-sync.js'), '--version'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, ONE_LINE);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.equal(run.stdout, '');
  },
);

test(
  'under Node 20, npm start and npm test stop at the check, before any TypeScript',
  { skip: NO_OLD_NODE },
  () => {
    const node = OLD_NODE as string;
    for (const script of ['start', 'test']) {
      const run = npmUnderOldNode(node, [script]);
      assert.notEqual(run.status, 0, script);
      assert.match(run.stderr, ONE_LINE, script);
      assert.doesNotMatch(
        run.stderr + run.stdout,
        /ERR_UNKNOWN_FILE_EXTENSION|Could not find|at .*\.ts:\d+/,
        script,
      );
    }
  },
);

test(
  'under Node 20, npm ci refuses to install (engine-strict), naming the Node required',
  { skip: NO_OLD_NODE },
  async (t) => {
    const node = OLD_NODE as string;
    const dir = await mkdtemp(join(tmpdir(), 'report-sync-engines-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    for (const file of ['package.json', 'package-lock.json', '.npmrc'])
      await copyFile(join(PROJECT_ROOT, file), join(dir, file));
    const run = npmUnderOldNode(node, ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], dir);
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /EBADENGINE/);
    assert.match(run.stderr, /Required: \{"node":">=22\.18"\}/);
    assert.deepEqual(
      (await readdir(dir)).sort(),
      ['.npmrc', 'package-lock.json', 'package.json'],
      'nothing was installed',
    );
  },
);
