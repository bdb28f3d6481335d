import assert from 'node:assert/strict';
import { request } from 'node:http';
import { test } from 'node:test';
import { withEmulator } from '../helpers/emulator.ts';

/** A raw request through node:http, which (unlike fetch) lets the test set Host and Origin freely. */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** What a web page on another site can send without a preflight: a text/plain POST. */
const simplePost = (port: number, headers: Record<string, string>) =>
  send(port, {
    method: 'POST',
    path: '/_emulator/faults',
    headers: { 'content-type': 'text/plain', ...headers },
    body: JSON.stringify({ errorRate: 1 }),
  });

test('a web page on another origin cannot switch faults on with a simple POST', async (t) => {
  const emulator = await withEmulator(t);
  const port = Number(new URL(emulator.origin).port);
  const host = `127.0.0.1:${port}`;

  const crossOrigin = await simplePost(port, { host, origin: 'http://evil.example' });
  assert.equal(crossOrigin.status, 403, crossOrigin.body);
  assert.match(crossOrigin.body, /Origin/);
  const opaqueOrigin = await simplePost(port, { host, origin: 'null' });
  assert.equal(opaqueOrigin.status, 403, opaqueOrigin.body);
  const otherPort = await simplePost(port, { host, origin: `http://127.0.0.1:${port + 1}` });
  assert.equal(otherPort.status, 403, otherPort.body);

  const faults = await send(port, { path: '/_emulator/faults', headers: { host } });
  assert.deepEqual(JSON.parse(faults.body), {}, 'no fault was switched on');

  const sameOrigin = await simplePost(port, { host, origin: emulator.origin });
  assert.equal(sameOrigin.status, 200, "the emulator's own origin may");
  const noOrigin = await send(port, { method: 'POST', path: '/_emulator/reset-stats', headers: { host } });
  assert.equal(noOrigin.status, 200, 'a tool on this machine (no Origin) may');
});

test('the controls refuse a Host that is not the loopback address and port they serve (DNS rebinding)', async (t) => {
  const emulator = await withEmulator(t);
  const port = Number(new URL(emulator.origin).port);
  const rebound = await simplePost(port, { host: `rebind.example:${port}` });
  assert.equal(rebound.status, 403, rebound.body);
  assert.match(rebound.body, /Host/);
  const wrongPort = await send(port, {
    path: '/_emulator/stats',
    headers: { host: `127.0.0.1:${port + 1}` },
  });
  assert.equal(wrongPort.status, 403, wrongPort.body);
  assert.equal(emulator.stats().faults, 0);
  for (const host of [`127.0.0.1:${port}`, `localhost:${port}`])
    assert.equal((await send(port, { path: '/_emulator/stats', headers: { host } })).status, 200, host);
});

test('the board view refuses a foreign Host (DNS rebinding), and shows the board to its own', async (t) => {
  const emulator = await withEmulator(t);
  const port = Number(new URL(emulator.origin).port);
  const path = `/b/${emulator.board.shortLink}`;
  const rebound = await send(port, { path, headers: { host: `rebind.example:${port}` } });
  assert.equal(rebound.status, 403, rebound.body);
  assert.ok(!rebound.body.includes(emulator.board.name), 'the board is not shown');
  const own = await send(port, { path, headers: { host: `localhost:${port}` } });
  assert.equal(own.status, 200);
  assert.ok(own.body.includes(emulator.board.name));
});
