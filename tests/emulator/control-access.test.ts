import assert from 'node:assert/strict';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { test } from 'node:test';
import { isLoopbackAddress } from '../../src/emulator/loopback.ts';
import { withEmulator } from '../helpers/emulator.ts';

test('loopback is 127.0.0.0/8 and ::1, also when IPv4 arrives mapped into IPv6', () => {
  const loopback = [
    '127.0.0.1',
    '127.255.0.9',
    '::1',
    '0:0:0:0:0:0:0:1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:2',
  ];
  const remote = [
    '192.0.2.2',
    '10.0.0.1',
    '128.0.0.1',
    '0.0.0.0',
    '::',
    '::2',
    'fd00::2',
    'fe80::1',
    '::ffff:192.0.2.2',
    '::ffff:c000:202',
    '::127.0.0.1', // IPv4-compatible, not mapped: not loopback
    'localhost',
    '',
    undefined,
  ];
  assert.deepEqual(
    loopback.filter((a) => !isLoopbackAddress(a)),
    [],
  );
  assert.deepEqual(
    remote.filter((a) => isLoopbackAddress(a)),
    [],
  );
});

/** This machine's addresses that are not loopback, by family: what another host on the network would reach. */
function localNonLoopback(family: 'IPv4' | 'IPv6'): string | undefined {
  const all = Object.values(networkInterfaces()).flatMap((entries) => entries ?? []);
  // Link-local IPv6 needs a zone id in the URL; skip it.
  return all.find((a) => a.family === family && !a.internal && !a.address.startsWith('fe80:'))?.address;
}

/** GET through node:http, which (unlike fetch) lets the test choose the address it connects from. */
function get(
  host: string,
  port: number,
  path: string,
  localAddress?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path, localAddress, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const ipv4 = localNonLoopback('IPv4');
const ipv6 = localNonLoopback('IPv6');

test(
  'listening on 0.0.0.0, the /_emulator controls answer loopback clients only; the API stays reachable',
  { skip: ipv4 ? false : 'this machine has no non-loopback IPv4 address to call from' },
  async (t) => {
    const address = ipv4 ?? '';
    const emulator = await withEmulator(t, { host: '0.0.0.0' });
    const port = Number(new URL(emulator.origin).port);

    const fromNetwork = await get(address, port, '/_emulator/stats', address);
    assert.equal(fromNetwork.status, 403);
    assert.match(fromNetwork.body, /loopback/);
    const setFaults = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: address,
          port,
          path: '/_emulator/faults',
          method: 'POST',
          localAddress: address,
          agent: false,
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ errorRate: 1 }));
    });
    assert.equal(setFaults, 403);
    assert.deepEqual(emulator.stats().faults, 0);

    assert.equal((await get('127.0.0.1', port, '/_emulator/stats')).status, 200);
    const api = await get(
      address,
      port,
      `/1/members/me?key=${emulator.key}&token=${emulator.token}`,
      address,
    );
    assert.equal(api.status, 200, 'no fault was configured from the network');
  },
);

test(
  'listening on ::, mapped IPv4 loopback is loopback and the other addresses are not',
  { skip: ipv4 && ipv6 ? false : 'this machine lacks a non-loopback IPv4 and IPv6 address to call from' },
  async (t) => {
    const emulator = await withEmulator(t, { host: '::' });
    const port = Number(new URL(emulator.origin).port);
    const status = async (host: string, local?: string) =>
      (await get(host, port, '/_emulator/faults', local)).status;
    assert.deepEqual(
      {
        v4loopback: await status('127.0.0.1'),
        v6loopback: await status('::1'),
        v4network: await status(ipv4 ?? '', ipv4),
        v6network: await status(ipv6 ?? '', ipv6),
      },
      { v4loopback: 200, v6loopback: 200, v4network: 403, v6network: 403 },
    );
  },
);
