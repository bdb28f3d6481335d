/**
 * Two installs on one board (a laptop and a container, each with its own
 * state file, the same reports), and one install that lost its state file:
 * the real CLI against the emulator, the board read back over HTTP.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CardMarker } from '../../src/plan/marker.ts';
import { readStateFile } from '../../src/state/store.ts';
import { syncStateSchema } from '../../src/state/sync-state-schema.ts';
import { type BoardView, cardsByMarker, countsOf, syncHarness } from './e2e-helpers.ts';

const WEEK_1 = `# Week 1

TODO: order the new switches
TODO: renew the TLS certificate

## Planned activities

- Move the backups to the new storage
`;
const ITEMS = 3;

async function twoInstalls(t: Parameters<typeof syncHarness>[0]) {
  const h = await syncHarness(t);
  await mkdir(join(h.dir, 'reports'));
  await writeFile(join(h.dir, 'reports', 'week-1.md'), WEEK_1);
  const laptop = h.statePath;
  const container = join(h.dir, 'container', 'state.json');
  const run = (state: string, ...args: string[]) =>
    h.cli([...args, '--source', 'reports'], { env: { REPORT_SYNC_STATE_FILE: state } });
  const installOf = async (state: string) =>
    (await readStateFile(state, { schema: syncStateSchema }))?.data.install ?? null;
  return { ...h, laptop, container, run, installOf };
}

/** Every card's marker, by card id. */
const markers = (board: BoardView) => new Map(board.cards.map((c) => [c.id, CardMarker.parse(c.desc)]));

test('two installs, one board, the same reports: one card per item; the second one reports the first one’s cards and takes them only with --adopt-foreign', async (t) => {
  const h = await twoInstalls(t);
  assert.equal(countsOf(await h.run(h.laptop, 'sync', '--json')).created, ITEMS);
  const laptopId = await h.installOf(h.laptop);
  assert.ok(laptopId);
  const before = await h.board();
  assert.ok(
    [...markers(before).values()].every((m) => m?.install === laptopId),
    'cards carry their install',
  );

  // The container's plan: nothing to create, every card named as the laptop's.
  const dryRun = await h.run(h.container, 'sync', '--dry-run');
  assert.equal(dryRun.code, 1, dryRun.stderr);
  assert.doesNotMatch(dryRun.stdout, /^create /m);
  assert.match(
    dryRun.stdout,
    new RegExp(
      `^Other install: ${ITEMS} cards of report-sync install ${laptopId} \\(last activity on them \\d{4}-\\d{2}-\\d{2}\\), another install, hold items of these reports`,
      'm',
    ),
  );
  assert.match(dryRun.stdout, /--adopt-foreign/);
  const plan = await h.run(h.container, 'plan');
  assert.equal(plan.code, 0, plan.stderr);
  assert.equal(plan.stdout.match(/^skip .* held by a card of another report-sync install/gm)?.length, ITEMS);

  const doctor = await h.run(h.container, 'doctor', '--json');
  const checks = (JSON.parse(doctor.stdout) as { checks: { name: string; ok: boolean; detail: string }[] })
    .checks;
  const installs = checks.find((c) => c.name === 'other installs');
  assert.equal(installs?.ok, false);
  assert.match(
    installs?.detail ?? '',
    new RegExp(`the board also has ${ITEMS} cards of report-sync install ${laptopId} `),
  );
  assert.equal(doctor.code, 1);

  // Synced, twice: nothing is made or taken, and the second run says so as loudly as the first.
  for (const attempt of [1, 2]) {
    const sync = await h.run(h.container, 'sync', '--json');
    assert.equal(sync.code, 1, `run ${attempt}: ${sync.stderr}`);
    const counts = JSON.parse(sync.stdout) as Record<string, number>;
    assert.deepEqual([counts['created'], counts['updated'], counts['foreign']], [0, 0, ITEMS]);
    const reason = `^report-sync: ${ITEMS} items were not synced: their cards are another install's \\(install ${laptopId}\\)\\. Fix: .*--adopt-foreign`;
    assert.match(sync.stderr, new RegExp(reason, 'm'));
    assert.deepEqual(await h.board(), before, `run ${attempt} changed nothing on the board`);
  }

  // The laptop goes on as before: its cards are its own, nothing taken for a person's edit.
  const laptopDoctor = await h.run(h.laptop, 'doctor', '--json');
  assert.match(laptopDoctor.stdout, /"name":"other installs","ok":true/);

  // Taken over explicitly: the markers become the container's; then it syncs as any install does.
  const adopt = await h.run(h.container, 'sync', '--adopt-foreign', '--json');
  const adopted = countsOf(adopt);
  assert.deepEqual([adopted.created, adopted.foreign, adopted.updated], [0, 0, ITEMS]);
  const containerId = await h.installOf(h.container);
  assert.ok(containerId && containerId !== laptopId, 'two installs, two ids');
  const after = await h.board();
  assert.equal(after.cards.length, ITEMS);
  assert.ok([...markers(after).values()].every((m) => m?.install === containerId));
  assert.deepEqual(
    after.cards.map((c) => c.id).sort(),
    before.cards.map((c) => c.id).sort(),
    'the same cards, not new ones',
  );
  const again = countsOf(await h.run(h.container, 'sync', '--json'));
  assert.deepEqual([again.created, again.updated, again.foreign], [0, 0, 0]);

  // A new item: the container makes its card; the laptop now finds the container's cards, and leaves them.
  await appendFile(join(h.dir, 'reports', 'week-1.md'), '\nTODO: label the patch panel\n');
  assert.equal(countsOf(await h.run(h.container, 'sync', '--json')).created, 1);
  const laptopRun = await h.run(h.laptop, 'sync', '--json');
  assert.equal(laptopRun.code, 1);
  const laptopCounts = JSON.parse(laptopRun.stdout) as Record<string, number>;
  assert.deepEqual(
    [laptopCounts['created'], laptopCounts['updated'], laptopCounts['skipped'], laptopCounts['foreign']],
    [0, 0, 0, ITEMS + 1],
    "the container's writes are not taken for a person's edits",
  );
  for (const [key, cards] of cardsByMarker(await h.board()))
    assert.equal(cards.length, 1, `one card for ${key}`);
});

test('a lost state file, made again in the same place: the install gets its cards back from their markers silently', async (t) => {
  const h = await twoInstalls(t);
  assert.equal(countsOf(await h.run(h.laptop, 'sync', '--json')).created, ITEMS);
  const id = await h.installOf(h.laptop);
  const before = await h.board();
  for (const suffix of ['', '.bak', '.journal', '.last-run.json'])
    await rm(`${h.laptop}${suffix}`, { force: true });

  const rebuilt = await h.run(h.laptop, 'sync', '--json');
  assert.equal(rebuilt.code, 0, rebuilt.stderr);
  const counts = countsOf(rebuilt);
  assert.deepEqual([counts.created, counts.updated, counts.foreign], [0, 0, 0]);
  assert.deepEqual(await h.board(), before, 'nothing written');
  const state = await readStateFile(h.laptop, { schema: syncStateSchema });
  assert.equal(state?.data.install, id, 'the same install as before');
  assert.deepEqual(
    Object.values(state?.data.cards ?? {})
      .map((r) => r.cardId)
      .sort(),
    before.cards.map((c) => c.id).sort(),
  );
});
