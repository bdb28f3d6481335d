import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM, noBrowser as skip } from '../helpers/browser.ts';
import { withEmulator } from '../helpers/emulator.ts';
import { trelloClient } from './contract/target.ts';
import { SCRIPT_TITLE, seedBoard } from './seed-board.ts';

test('the board view of the seed reports renders in Chromium without console errors', { skip }, async (t) => {
  const emulator = await withEmulator(t);
  const shortLink = await seedBoard(
    trelloClient(emulator.url, emulator.key, emulator.token),
    'Statusrapporter UH IaaS',
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => problems.push(`dialog opened: ${dialog.message()}`));

  const response = await page.goto(`${emulator.origin}/b/${shortLink}`, { waitUntil: 'load' });
  assert.equal(response?.status(), 200);
  // A directory of its own per run, so overlapping runs do not overwrite each other's picture. Kept for a look.
  const screenshot = join(await mkdtemp(join(tmpdir(), 'emulator-view-')), 'board.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  t.diagnostic(`screenshot of the board view: ${screenshot}`);

  assert.deepEqual(problems, []);
  assert.equal(
    await page.locator('h3.card-title', { hasText: SCRIPT_TITLE }).count(),
    1,
    'the HTML title shows as text',
  );
  assert.equal(await page.locator('article script, article b, article img').count(), 0);
  assert.equal(await page.locator('section.list').count(), 2);

  const archived = page.getByText('Release 0.2.0 (done, archived)');
  assert.equal(await archived.isVisible(), false, 'archived cards start folded away');
  await page.getByText('Archived cards (1)').click();
  assert.equal(await archived.isVisible(), true);
});
