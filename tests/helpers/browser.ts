/** A page of the emulator's board view in headless Chromium, as a PNG to look at. */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Why a browser test cannot run here, or false. CI must have a browser: there a missing one fails. */
export const noBrowser =
  existsSync(CHROMIUM) || process.env['CI']
    ? false
    : `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to render the board view`;

/** A full-page screenshot of `url`, in a directory of its own (kept for a look); null without a browser. */
export async function screenshotBoard(t: TestContext, url: string): Promise<string | null> {
  if (noBrowser) return null;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`the board view answered ${response?.status()}`);
  const path = join(await mkdtemp(join(tmpdir(), 'board-view-')), 'board.png');
  await page.screenshot({ path, fullPage: true });
  return path;
}
