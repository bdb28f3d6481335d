import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { itemKey } from '../../src/extract/normalise.ts';
import { CORPUS } from '../helpers/cli.ts';
import { type BoardCard, cardsByMarker, countsOf, syncHarness } from './e2e-helpers.ts';

const SEED = '001_704dc26c4333c099.txt';

async function seededHarness(t: Parameters<typeof syncHarness>[0]) {
  const h = await syncHarness(t);
  const reports = join(h.dir, 'reports');
  await cp(`${CORPUS}seeds`, reports, { recursive: true });
  const sync = async (...extra: string[]) =>
    countsOf(await h.cli(['sync', '--source', 'reports', '--json', ...extra]));
  const cardOf = async (text: string): Promise<BoardCard | undefined> =>
    cardsByMarker(await h.board()).get(itemKey(text))?.[0];
  return { ...h, reports, sync, cardOf };
}

test('one report edited: the reworded item updates its card, the added one is created, nothing is archived', async (t) => {
  const h = await seededHarness(t);
  await h.sync();
  const before = await h.board();
  const newton = await h.cardOf('Oppgradere til Openstack Newton');
  assert.ok(newton);

  const path = join(h.reports, SEED);
  const text = await readFile(path, 'utf8');
  await writeFile(
    path,
    text
      .replace('- Oppgradere til Openstack Newton', '- Oppgradere til Openstack Ocata')
      .replace('- IPv6 til instanser\n', '')
      .replace(
        '- Jobbe videre med Designate og Ceilometer',
        '- Jobbe videre med Designate og Ceilometer\n- Flytte Ceph til nye servere',
      ),
  );
  const counts = await h.sync();
  assert.deepEqual(
    { created: counts.created, updated: counts.updated, archived: counts.archived, errors: counts.errors },
    { created: 1, updated: 1, archived: 0, errors: 0 },
  );
  const after = await h.board();
  assert.equal(after.cards.length, before.cards.length + 1);
  const ocata = await h.cardOf('Oppgradere til Openstack Ocata');
  assert.equal(ocata?.id, newton.id, 'the reworded item kept its card');
  assert.equal(ocata?.name, 'Oppgradere til Openstack Ocata');
  const ipv6 = await h.cardOf('IPv6 til instanser');
  assert.equal(ipv6?.closed, false, 'the removed item is kept (default vanished policy)');
  assert.ok(await h.cardOf('Flytte Ceph til nye servere'));
});

test('renamed, moved, archived and deleted by a person: the next sync leaves all four as the person left them', async (t) => {
  const h = await seededHarness(t);
  await h.sync();
  const [renamed, moved, archived, deleted] = await Promise.all(
    [
      'Oppgradere til Openstack Newton',
      'IPv6 til instanser',
      'Teste oppsettet med sentral OS-disk',
      'Jobbe videre med Designate og Ceilometer',
    ].map(h.cardOf),
  );
  assert.ok(renamed && moved && archived && deleted);
  const doing = await h.api<{ id: string }>('POST', `/boards/${h.emulator.board.id}/lists`, {
    name: 'Doing',
  });
  await h.api('PUT', `/cards/${renamed.id}`, { name: 'Newton-oppgradering (Ola tar denne)' });
  await h.api('PUT', `/cards/${moved.id}`, { idList: doing.id });
  await h.api('PUT', `/cards/${archived.id}`, { closed: 'true' });
  await h.api('DELETE', `/cards/${deleted.id}`);

  // A new report mentions all four, so that each would get a new source if it were ours to touch.
  const original = await readFile(join(h.reports, SEED), 'utf8');
  await writeFile(join(h.reports, 'uke_31.txt'), original.replace(/uke 30/gi, 'uke 31'));
  const counts = await h.sync();
  assert.equal(counts.created, 0);
  assert.equal(counts.errors, 0);

  const board = await h.board();
  const now = (id: string) => board.cards.find((c) => c.id === id);
  assert.equal(now(renamed.id)?.name, 'Newton-oppgradering (Ola tar denne)');
  assert.match(
    now(renamed.id)?.desc ?? '',
    /uke_31\.txt/,
    'fields a person did not touch still follow the reports',
  );
  assert.equal(now(moved.id)?.idList, doing.id);
  assert.equal(now(archived.id)?.closed, true);
  assert.equal(now(deleted.id), undefined);
  assert.equal(
    cardsByMarker(board).get(itemKey('Jobbe videre med Designate og Ceilometer')),
    undefined,
    'not re-created',
  );

  // --revive brings back the archived and the deleted card, and only those.
  const revived = await h.sync('--revive');
  assert.equal(revived.created, 1);
  const after = await h.board();
  assert.equal(after.cards.find((c) => c.id === archived.id)?.closed, false);
  assert.equal(after.cards.find((c) => c.id === renamed.id)?.name, 'Newton-oppgradering (Ola tar denne)');
});

test('owners named in a report become the card members, through the roster or a full name; the others are listed in the plan, status and doctor', async (t) => {
  const h = await syncHarness(t, {
    members: [
      { username: 'kari', fullName: 'Kari Nordmann' },
      { username: 'ohansen', fullName: 'Ola Hansen' },
    ],
  });
  await writeFile(join(h.dir, 'report-sync.json'), JSON.stringify({ people: { Kari: 'kari' } }));
  await writeFile(
    join(h.dir, 'uke_1.md'),
    '# Uke 1\n\n## Notater\n\n- TODO(Kari): Bestille disker\n- TODO(ola hansen): Skifte disker\n- TODO(Per): Rydde logger\n',
  );
  const dryRun = await h.cli(['sync', '--source', 'uke_1.md', '--dry-run']);
  assert.match(dryRun.stdout, /^Owners not on the board .*: "Per"\. Fix: /m);
  countsOf(await h.cli(['sync', '--source', 'uke_1.md', '--json']));
  const members = await h.api<{ id: string; username: string }[]>(
    'GET',
    `/boards/${h.emulator.board.id}/members`,
  );
  const id = (username: string) => members.find((m) => m.username === username)?.id;
  const board = await h.board();
  const membersOf = (text: string) => cardsByMarker(board).get(itemKey(text))?.[0]?.idMembers;
  assert.deepEqual(membersOf('Bestille disker'), [id('kari')]);
  assert.deepEqual(membersOf('Skifte disker'), [id('ohansen')], 'by full name, any case');
  assert.deepEqual(membersOf('Rydde logger'), []);

  const status = await h.cli(['status']);
  assert.match(status.stdout, /^Owners: +1 not on the board: "Per"/m);
  assert.deepEqual(
    (JSON.parse((await h.cli(['status', '--json'])).stdout) as { unresolvedOwners: string[] })
      .unresolvedOwners,
    ['Per'],
  );
  const doctor = await h.cli(['doctor', '--source', 'uke_1.md']);
  assert.match(doctor.stdout, /^FAIL {2}owners: .*"Per"\n +fix: map each name/m);
});

test('a report that cannot be read any more makes nothing vanish, even under the archive policy', async (t) => {
  const h = await seededHarness(t);
  await writeFile(join(h.dir, 'report-sync.json'), JSON.stringify({ vanished: 'archive' }));
  await h.sync();
  await writeFile(join(h.reports, SEED), Buffer.from([0x00, 0x01, 0x02]));
  const counts = await h.sync();
  assert.equal(counts.archived, 0);
  assert.equal((await h.cardOf('IPv6 til instanser'))?.closed, false);
  // Edited for real, the report does make its removed item vanish.
  const original = await readFile(`${CORPUS}seeds/${SEED}`, 'utf8');
  await writeFile(join(h.reports, SEED), original.replace('- IPv6 til instanser\n', ''));
  assert.equal((await h.sync()).archived, 1);
  assert.equal((await h.cardOf('IPv6 til instanser'))?.closed, true);
});
