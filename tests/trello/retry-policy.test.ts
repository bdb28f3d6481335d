import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  backoffMs,
  type Failure,
  parseRateWindow,
  parseRetryAfter,
  verdict,
} from '../../src/trello/retry-policy.ts';

const status = (code: number, retryAfterMs?: number): Failure => ({
  kind: 'status',
  status: code,
  body: '',
  retryAfterMs,
});
const reset: Failure = { kind: 'network', code: 'ECONNRESET', reachedServer: true };
const refused: Failure = { kind: 'network', code: 'ECONNREFUSED', reachedServer: false };
const timeout: Failure = { kind: 'timeout' };
const unreadable: Failure = { kind: 'unreadable', status: 200, detail: 'id: required' };

describe('retry policy', () => {
  const table: [Failure, string, string][] = [
    [status(429), 'retry', 'retry'],
    [status(503), 'retry', 'retry'],
    [status(500), 'retry', 'outcome-unknown'],
    [status(502), 'retry', 'outcome-unknown'],
    [status(504), 'retry', 'outcome-unknown'],
    [reset, 'retry', 'outcome-unknown'],
    [timeout, 'retry', 'outcome-unknown'],
    [refused, 'retry', 'retry'],
    [unreadable, 'give-up', 'outcome-unknown'],
    [status(400), 'give-up', 'give-up'],
    [status(401), 'give-up', 'give-up'],
    [status(404), 'give-up', 'give-up'],
    [status(414), 'give-up', 'give-up'],
  ];
  for (const [failure, forGetAndPut, forPost] of table) {
    const name =
      failure.kind === 'status'
        ? String(failure.status)
        : failure.kind === 'network'
          ? failure.code
          : failure.kind;
    it(`${name}: ${forGetAndPut} for GET and PUT, ${forPost} for POST`, () => {
      assert.equal(verdict('GET', failure), forGetAndPut);
      assert.equal(verdict('PUT', failure), forGetAndPut);
      assert.equal(verdict('POST', failure), forPost);
    });
  }

  it('backs off exponentially with full jitter, capped', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5].map((retry) => backoffMs(retry, () => 0.999, timeout)),
      [999, 1998, 3996, 7992, 9990, 9990],
    );
    assert.equal(
      backoffMs(3, () => 0, timeout),
      0,
    );
  });

  it('waits at least what Retry-After asks, within reason', () => {
    assert.equal(
      backoffMs(0, () => 0, status(429, 5_000)),
      5_000,
    );
    assert.equal(
      backoffMs(0, () => 0, status(429, 3_600_000)),
      60_000,
    );
  });

  it('waits a whole rate window, plus up to 10 % jitter, after a 429 without Retry-After', () => {
    const refused = (rateWindowMs?: number): Failure => ({
      kind: 'status',
      status: 429,
      body: '{"error":"API_TOKEN_LIMIT_EXCEEDED"}',
      retryAfterMs: undefined,
      rateWindowMs,
    });
    assert.equal(
      backoffMs(0, () => 0, refused()),
      10_000,
      "Trello's window when no header says",
    );
    assert.equal(
      backoffMs(0, () => 0.999, refused()),
      10_999,
    );
    assert.equal(
      backoffMs(4, () => 0.5, refused()),
      10_500,
      'not shorter for a later retry',
    );
    assert.equal(
      backoffMs(0, () => 0.5, refused(200)),
      210,
      "the server's window when its headers say",
    );
    assert.equal(
      backoffMs(0, () => 0, refused(900_000)),
      60_000,
      'within reason',
    );
    assert.equal(
      backoffMs(0, () => 0, status(429, 2_000)),
      2_000,
      'a Retry-After is taken at its word',
    );
  });

  it('reads the rate window from the token or key interval header', () => {
    const headers =
      (values: Record<string, string>) =>
      (name: string): string | null =>
        values[name] ?? null;
    const both = headers({
      'x-rate-limit-api-token-interval-ms': '10000',
      'x-rate-limit-api-key-interval-ms': '20000',
    });
    assert.equal(parseRateWindow(both, '{"error":"API_TOKEN_LIMIT_EXCEEDED"}'), 10_000);
    assert.equal(parseRateWindow(both, '{"error":"API_KEY_LIMIT_EXCEEDED"}'), 20_000);
    assert.equal(
      parseRateWindow(headers({ 'x-rate-limit-api-token-interval-ms': '10000' }), 'API_KEY_LIMIT_EXCEEDED'),
      10_000,
    );
    assert.equal(parseRateWindow(headers({}), ''), undefined);
    assert.equal(parseRateWindow(headers({ 'x-rate-limit-api-token-interval-ms': 'soon' }), ''), undefined);
  });

  it('reads Retry-After as seconds or as a date', () => {
    assert.equal(parseRetryAfter('3', 0), 3_000);
    assert.equal(parseRetryAfter(new Date(10_000).toUTCString(), 4_000), 6_000);
    assert.equal(parseRetryAfter(null, 0), undefined);
    assert.equal(parseRetryAfter('soon', 0), undefined);
  });
});
