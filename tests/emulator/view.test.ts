import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withEmulator } from '../helpers/emulator.ts';
import { trelloClient } from './contract/target.ts';
import { SCRIPT_TITLE, seedBoard } from './seed-board.ts';

async function seededPage(t: Parameters<typeof withEmulator>[0]) {
  const emulator = await withEmulator(t);
  const client = trelloClient(emulator.url, emulator.key, emulator.token);
  const shortLink = await seedBoard(client, 'Statusrapporter UH IaaS');
  const response = await fetch(`${emulator.origin}/b/${shortLink}`);
  return { emulator, client, shortLink, response, html: await response.text() };
}

test('the board view shows card text as text, never as markup', async (t) => {
  const { response, html } = await seededPage(t);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
  assert.ok(
    html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;not bold&lt;/b&gt;'),
  );
  assert.ok(!html.includes(SCRIPT_TITLE));
  assert.ok(!/<script|<img|<b>/i.test(html), 'no tag from card text reached the page');
  assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
});

test('the board view renders descriptions as Trello does: Markdown without HTML', async (t) => {
  const { html } = await seededPage(t);
  assert.ok(html.includes('<strong>still markdown</strong>'));
  assert.ok(html.includes('<a href="http://stackalytics.com/report/reviews/neutron-group/30">'));
  assert.ok(html.includes("<blockquote>\n<p>L'avenir est prometteur pour <em>OpenStackClient</em>.</p>"));
});

test('the board view shows lists, labels, checklist progress and folds archived cards away', async (t) => {
  const { html } = await seededPage(t);
  const listNames = [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
  assert.deepEqual(listNames, ['TODO', 'Planned activities']);
  assert.match(
    html,
    /<span class="label" style="background:#fea362;color:#172b4d" title="Summit Vancouver">Summit Vancouver<\/span>/,
  );
  assert.match(html, /<span>Étapes<\/span><span>1\/3<\/span>/);
  const folded = html.indexOf('<details class="archived"><summary>Archived cards (1)</summary>');
  assert.ok(
    folded > 0 && html.indexOf('Release 0.2.0 (done, archived)') > folded,
    'the archived card is inside the fold',
  );
});

test('a card URL leads to its tile on the board; unknown boards are 404', async (t) => {
  const { emulator, client, shortLink } = await seededPage(t);
  const [card] = await client.boards.getBoardCards({ id: shortLink });
  assert.ok(card?.shortUrl);
  const jump = await fetch(card.shortUrl, { redirect: 'manual' });
  assert.equal(jump.status, 302);
  assert.equal(jump.headers.get('location'), `/b/${shortLink}#card-${card.id}`);
  assert.equal((await fetch(`${emulator.origin}/b/ZZZZZZZZ`)).status, 404);
});
