import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authQuery, testClock, withEmulator } from '../helpers/emulator.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Card names per section of the view's week panel, in page order. */
function panel(html: string): Record<string, string[]> {
  const sections = [...html.matchAll(/<section class="week-section week-(\w+)"[^>]*>([\s\S]*?)<\/section>/g)];
  return Object.fromEntries(
    sections.map(([, name, body]) => [
      name,
      [...(body ?? '').matchAll(/<a href="#card-[0-9a-f]{24}">([^<]*)<\/a>/g)].map((m) => m[1] ?? ''),
    ]),
  );
}

test('the board view has a "this week" panel with the digest’s sections, from the emulator’s own history', async (t) => {
  const clock = testClock();
  clock.advance(-30 * DAY_MS);
  const emulator = await withEmulator(t, {
    clock: clock.now,
    members: [{ username: 'ann', fullName: 'Ann Berg' }],
  });
  const api = async <T>(method: string, path: string, params: Record<string, string> = {}): Promise<T> => {
    const response = await fetch(`${emulator.url}${path}?${authQuery(emulator, params)}`, { method });
    assert.equal(response.status, 200, `${method} ${path}: ${await response.clone().text()}`);
    return (await response.json()) as T;
  };
  const lists = await api<{ id: string; name: string }[]>('GET', `/boards/${emulator.board.id}/lists`);
  const list = (name: string) => lists.find((l) => l.name === name)?.id ?? assert.fail(name);
  const card = async (name: string, extra: Record<string, string> = {}) =>
    (await api<{ id: string }>('POST', '/cards', { idList: list('To Do'), name, ...extra })).id;

  // A month ago: a card nobody touched since, and cards that change this week.
  await card('Quiet since last month');
  const toMove = await card('Moved this week');
  const toFinish = await card('Finished this week');
  const toArchive = await card('Archived this week');
  clock.advance(27 * DAY_MS);
  await card('New this week');
  await card('Past its due date', { due: new Date(clock.now() - DAY_MS).toISOString() });
  await card('Call the vendor with @zoe and @ann');
  await api('PUT', `/cards/${toMove}`, { idList: list('Doing') });
  await api('PUT', `/cards/${toFinish}`, { idList: list('Done') });
  await api('PUT', `/cards/${toArchive}`, { idList: list('Done') });
  await api('PUT', `/cards/${toArchive}`, { closed: 'true' });

  const html = await (await fetch(emulator.board.url)).text();
  assert.deepEqual(panel(html), {
    done: ['Finished this week'],
    new: ['New this week', 'Past its due date', 'Call the vendor with @zoe and @ann'],
    moved: ['Moved this week'],
    overdue: ['Past its due date'],
    stale: ['Quiet since last month'],
    unresolvedOwners: ['Call the vendor with @zoe and @ann'],
  });
  assert.match(html, /Doing · from To Do/);
  assert.match(html, /To Do · @zoe</, 'only the name that is no member');
  assert.ok(
    html.indexOf('class="week"') < html.indexOf('<main class="board">'),
    'the panel is above the lists',
  );
});
