import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestContext, test } from 'node:test';
import { ReportSyncError } from '../../src/errors.ts';
import { startEmulator } from '../../src/emulator/index.ts';
import { trelloClient } from './contract/target.ts';

async function tempDir(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'emulator-data-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A data file the emulator wrote itself, to break in one place. */
async function writtenDataFile(t: TestContext): Promise<{ file: string; data: Record<string, unknown> }> {
  const file = join(await tempDir(t), 'board.json');
  const emulator = await startEmulator({ dataFile: file, rateLimit: false });
  const client = trelloClient(emulator.url, emulator.key, emulator.token);
  const [list] = await client.boards.getBoardLists({ id: emulator.board.id });
  await client.cards.createCard({ idList: list?.id ?? '', name: 'a card' });
  await emulator.close();
  return { file, data: JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown> };
}

/**
 * Starts an emulator on `dataFile` and expects a refusal that names the file, says what is wrong and how to
 * start fresh, and is not a raw Node error. An emulator that starts anyway is closed, so the failing test
 * does not keep the run alive.
 */
async function assertRefused(dataFile: string, ...what: RegExp[]): Promise<void> {
  const error = await startEmulator({ dataFile }).then(
    async (emulator) => {
      await emulator.close();
      return undefined;
    },
    (e: unknown) => e,
  );
  assert.ok(error !== undefined, `the emulator started on ${dataFile} instead of refusing it`);
  assert.ok(error instanceof ReportSyncError, `a ReportSyncError, got ${String(error)}`);
  assert.ok(error.message.includes(dataFile), `names the file: ${error.message}`);
  for (const expected of what) assert.match(error.message, expected);
  assert.match(error.message, /move it away/);
}

test('boards, cards and checklists survive a restart with the same data file', async (t) => {
  const dataFile = join(await tempDir(t), 'board.json');
  const first = await startEmulator({ dataFile, board: 'Uke 42', rateLimit: false });
  const client = trelloClient(first.url, first.key, first.token);
  const [list] = await client.boards.getBoardLists({ id: first.board.id });
  const card = await client.cards.createCard({ idList: list?.id ?? '', name: 'Klargjøring for pilot' });
  const checklist = await client.cards.createCardChecklist({ id: card.id, name: 'Steg' });
  await client.checklists.createChecklistItem({ id: checklist.id, name: 'dev02 på NTNU' });
  await client.cards.createCardComment({ id: card.id, text: 'sjekket' });
  await client.cards.createCardAttachment({ id: card.id, url: 'https://example.org/r.rst', name: 'r.rst' });
  await first.close();

  const second = await startEmulator({ dataFile, board: 'Uke 42', rateLimit: false });
  t.after(() => second.close());
  assert.deepEqual(second.board, { ...first.board, url: `${second.origin}/b/${first.board.shortLink}` });
  const again = trelloClient(second.url, second.key, second.token);
  const restored = await again.cards.getCard({ id: card.id });
  assert.equal(restored.name, 'Klargjøring for pilot');
  const [restoredChecklist] = await again.cards.getCardChecklists({ id: card.id });
  assert.deepEqual(
    restoredChecklist?.checkItems?.map((i) => i.name),
    ['dev02 på NTNU'],
  );
  const onDisk = JSON.parse(await readFile(dataFile, 'utf8')) as { version: number; cards: unknown[] };
  assert.deepEqual([onDisk.version, onDisk.cards.length], [1, 1]);
});

test('a data file that is not JSON is refused with a message naming it and the fix', async (t) => {
  const dataFile = join(await tempDir(t), 'broken.json');
  await writeFile(dataFile, '{"cards": [');
  await assertRefused(dataFile, /is not valid JSON/);
});

test('a data file whose records have the wrong shape is refused, naming the field', async (t) => {
  const { file, data } = await writtenDataFile(t);
  const [card] = data['cards'] as Record<string, unknown>[];
  assert.ok(card);
  card['closed'] = 'no';
  delete card['idList'];
  await writeFile(file, JSON.stringify(data));
  await assertRefused(
    file,
    /cards\[0\]\.closed: [^;]*expected boolean/,
    /cards\[0\]\.idList: [^;]*expected string/,
  );
});

test('a data file holding something else than the emulator’s store is refused', async (t) => {
  const dataFile = join(await tempDir(t), 'other.json');
  await writeFile(dataFile, JSON.stringify([{ version: 1 }]));
  await assertRefused(dataFile, /has no "version"/);
});

test('a data file of another version is refused, saying which version it is', async (t) => {
  const { file, data } = await writtenDataFile(t);
  await writeFile(file, JSON.stringify({ ...data, version: 2 }));
  await assertRefused(file, /version 2.*reads version 1/);
});

test('a data file path that is a directory is refused with the reason, not a raw EISDIR', async (t) => {
  const dataFile = join(await tempDir(t), 'a-directory');
  await mkdir(dataFile);
  await assertRefused(dataFile, /is a directory/);
});

test('an unreadable data file is refused with the reason, not a raw EACCES', async (t) => {
  const { file } = await writtenDataFile(t);
  await chmod(file, 0o000);
  const stillReadable = await readFile(file).then(
    () => true,
    () => false,
  );
  if (stillReadable) {
    // Root (or CAP_DAC_OVERRIDE) reads a mode-000 file, so EACCES cannot be produced here.
    t.skip(
      `running as uid ${process.getuid?.()} with permission checks bypassed: chmod 000 does not stop this user reading the file, so EACCES cannot be produced (the directory test covers another non-ENOENT read error)`,
    );
    return;
  }
  await assertRefused(file, /permission denied/);
});
