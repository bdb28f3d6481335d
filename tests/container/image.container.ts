import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.ts';
import { createGitFixture } from '../worker/git-fixture.ts';
import { waitFor } from '../worker/wait.ts';
import { buildImage, fromImage, imageConfig, signalDescendant } from './buildah.ts';
import { startEmulatorCli } from '../helpers/emulator.ts';
import { boardCards, freePort } from './board.ts';

/**
 * Builds the real image from the Dockerfile and runs it with buildah. It needs
 * root and takes minutes, so it is named outside `npm test`'s glob and runs
 * through `npm run test:container`.
 */
const IMAGE = 'localhost/report-sync:test';
const NODE_UID = 1000;
const BUILD_TIMEOUT_MS = 20 * 60_000;

describe('the container image', () => {
  before(
    async () => {
      assert.equal(process.getuid?.(), 0, 'buildah needs root');
      await buildImage(IMAGE, BUILD_TIMEOUT_MS);
    },
    { timeout: BUILD_TIMEOUT_MS + 60_000 },
  );

  test('runs as the node user with git, volumes, a health check and report-sync as its entrypoint', async () => {
    const config = await imageConfig(IMAGE);
    assert.equal(config.User, 'node');
    assert.deepEqual(config.Entrypoint, ['node', 'dist/cli/main.js']);
    assert.deepEqual(config.Cmd, ['worker']);
    assert.deepEqual(Object.keys(config.Volumes).sort(), ['/cache', '/data']);
    assert.equal(config.Healthcheck.Test[0], 'CMD');

    const container = await fromImage(IMAGE);
    try {
      assert.equal((await container.run(['id', '-u'])).trim(), String(NODE_UID));
      assert.match(await container.run(['git', '--version']), /^git version/);
      const help = await container.run(['node', 'dist/cli/main.js', '--help']);
      for (const command of ['sync', 'worker']) assert.match(help, new RegExp(`\\b${command}\\b`));
      const devDependency = await container.run([
        'sh',
        '-c',
        'test -d node_modules/typescript && echo present || echo absent',
      ]);
      assert.equal(devDependency.trim(), 'absent', 'only production dependencies are installed');
    } finally {
      await container.remove();
    }
  });

  test('a one-shot sync creates the example cards on the emulator board, and a rerun creates none', async (t) => {
    const { ready: info } = await startEmulatorCli(t, ['--port', '0', '--no-rate-limit']);
    const data = volumeDir();
    const env = {
      TRELLO_API_URL: info.url,
      TRELLO_API_KEY: info.key,
      TRELLO_API_TOKEN: info.token,
      TRELLO_BOARD: info.shortLink,
      REPORT_SYNC_SOURCES: 'examples',
    };
    const container = await fromImage(IMAGE);
    try {
      const sync = () =>
        container.run(['node', 'dist/cli/main.js', 'sync'], { env, volumes: [`${data}:/data`] });
      await sync();
      const cards = await boardCards(info);
      const expected = await exampleItems();
      assert.equal(cards.length, expected.keys.size, 'one card per distinct item of the examples');
      for (const card of cards)
        assert.ok(expected.titles.has(card.name), `"${card.name}" is an example item`);

      await sync();
      assert.equal((await boardCards(info)).length, cards.length, 'the rerun created nothing');
      assert.ok(existsSync(join(data, 'state.json')), 'the state file is in the /data volume');
    } finally {
      await container.remove();
    }
  });

  test(
    'the worker syncs a git source, passes the image HEALTHCHECK and exits 0 on SIGTERM',
    { timeout: 120_000 },
    async (t) => {
      const { ready: info } = await startEmulatorCli(t, ['--port', '0', '--no-rate-limit']);
      const healthPort = await freePort();
      const repo = createGitFixture();
      repo.commit(
        { 'reports/2024-05.md': '# May\n\n## Plans\n\n- Move the cluster to the new rack\n' },
        'a report',
      );
      execFileSync('chown', ['-R', `${NODE_UID}:${NODE_UID}`, repo.dir]);
      // A mounted config file, as a deployment would have it.
      const configDir = mkdtempSync(join(tmpdir(), 'report-sync-config-'));
      const config = {
        sources: ['/app/examples', { git: 'file:///repos/remote.git', branch: 'main', path: 'reports' }],
        board: info.shortLink,
        trello: { apiUrl: info.url },
        gitCacheDir: '/cache',
        worker: { schedule: '*/2 * * * * *', runOnStart: true, healthPort },
      };
      writeFileSync(join(configDir, 'report-sync.json'), JSON.stringify(config));
      chmodSync(configDir, 0o755);
      const env = {
        TRELLO_API_KEY: info.key,
        TRELLO_API_TOKEN: info.token,
        REPORT_SYNC_CONFIG: '/config/report-sync.json',
        // The image sets REPORT_SYNC_HEALTH_PORT=8080, and the environment wins over the config file.
        REPORT_SYNC_HEALTH_PORT: String(healthPort),
        LOG_LEVEL: 'warn',
      };
      const container = await fromImage(IMAGE);
      const worker = container.spawn(['node', 'dist/cli/main.js', 'worker'], {
        env,
        volumes: [
          `${configDir}:/config:ro`,
          `${volumeDir()}:/data`,
          `${volumeDir()}:/cache`,
          `${repo.dir}:/repos:ro`,
        ],
      });
      try {
        // The container shares the host network, so its endpoint is on the host's 127.0.0.1.
        const health = `http://127.0.0.1:${healthPort}/health`;
        const hasSynced = async () => {
          assert.equal(worker.exitCode(), undefined, 'the worker is still running');
          const response = await fetch(health).catch(() => null);
          return response?.ok === true && ((await response.json()) as { status: string }).status === 'ok';
        };
        await waitFor(hasSynced, 'the first good run', 60_000);
        const names = (await boardCards(info)).map((card) => card.name);
        assert.ok(names.includes('Move the cluster to the new rack'), 'the git report became a card');

        const { Healthcheck } = await imageConfig(IMAGE);
        await container.run(Healthcheck.Test.slice(1), {
          env: { REPORT_SYNC_HEALTH_PORT: String(healthPort) },
        });

        await signalDescendant(worker.pid, 'dist/cli/main.js worker', 'SIGTERM');
        assert.equal(await worker.exited(10_000), 0);
      } finally {
        await worker.stop();
        await container.remove();
      }
    },
  );
});

/** A host directory for a container volume, writable by the image's user, as `docker run -v` needs. */
function volumeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-sync-volume-'));
  chownSync(dir, NODE_UID, NODE_UID);
  return dir;
}

/** The items of examples/ as `report-sync extract` on the host sees them: distinct keys and their titles. */
async function exampleItems(): Promise<{ keys: Set<string>; titles: Set<string> }> {
  const run = await runCli(['extract', 'examples', '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  const { reports } = JSON.parse(run.stdout) as { reports: { items: { key: string; title: string }[] }[] };
  const items = reports.flatMap((report) => report.items);
  return { keys: new Set(items.map((item) => item.key)), titles: new Set(items.map((item) => item.title)) };
}
