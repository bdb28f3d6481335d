import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startEmulator } from '../../src/emulator/index.ts';
import { trelloClient } from './contract/target.ts';

async function tempDir(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'emulator-data-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('boards, cards and checklists survive a restart with the same data file', async (t) => {
  const dataFile = join(await tempDir(t), 'board.json');
  const first = await startEmulator({ dataFile, board: 'Uke 42', rateLimit: false });
  const client = trelloClient(first.url, first.key, first.token);
  const [list] = await client.boards.getBoardLists({ id: first.board.id });
  const card = await client.cards.createCard({ idList: list?.id ?? '', name: 'Klargjøring for pilot' });
  const checklist = await client.cards.createCardChecklist({ id: card.id, name: 'Steg' });
  await client.checklists.createChecklistItem({ id: checklist.id, name: 'dev02 på NTNU' });
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

test('a data file that is not the emulator’s is refused with a message naming it', async (t) => {
  const dataFile = join(await tempDir(t), 'broken.json');
  await writeFile(dataFile, '{"cards": [');
  await assert.rejects(startEmulator({ dataFile }), (error: Error) => error.message.includes(dataFile));
});
