import assert from 'node:assert/strict';
import { createTrelloClient } from 'trello.js';

export type TrelloClient = ReturnType<typeof createTrelloClient>;

/** Where the contract runs: the emulator or a real Trello board. */
export interface ContractTarget {
  client: TrelloClient;
  boardId: string;
  /** API base ending in `/1`, and the credentials the client uses (for clients with wrong ones). */
  host: string;
  key: string;
  token: string;
}

/**
 * A trello.js client with its response parsing off. Real Trello's read
 * answers carry nulls trello.js 2.2.0's schemas reject (`descData`,
 * `checkItemStates`, `idOrganization`: ../shared/spec/trello-api-facts.md),
 * and the emulator answers as Trello does, so parsing would fail here as it
 * fails there; the product reads answers with its own schemas. Answers are
 * the raw JSON: dates stay ISO strings, whatever the declared types say.
 */
export function trelloClient(host: string, apiKey: string, apiToken: string): TrelloClient {
  return createTrelloClient({ host, apiKey, apiToken, skipParsing: true });
}

/** A date field of an answer read without parsing (declared a Date by trello.js, an ISO string on the wire). */
export function isoDate(value: unknown): string {
  assert.equal(typeof value, 'string', `an ISO date string, got ${String(value)}`);
  assert.match(String(value), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  return String(value);
}

/** How a trello.js call failed: the status and body parsed out of its `Request failed: …` message. */
export async function trelloFailure(call: Promise<unknown>): Promise<{ status: number; body: string }> {
  const error = await call.then(
    () => assert.fail('expected the call to fail, it succeeded'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof Error, `expected an Error, got ${String(error)}`);
  const match = /^Request failed: (\d{3}) [^-]*? - ([\s\S]*)$/.exec(error.message);
  assert.ok(match, `not a trello.js request error: ${error.message}`);
  return { status: Number(match[1]), body: match[2] ?? '' };
}

/**
 * Asserts that a trello.js call failed the way it fails against Trello:
 * `Error("Request failed: <status> <statusText> - <body>")`. `body` is the
 * exact text, or a check run on the body.
 */
export async function rejectsLikeTrello(
  call: Promise<unknown>,
  status: number,
  body: string | ((text: string) => void),
): Promise<void> {
  const failure = await trelloFailure(call);
  assert.equal(failure.status, status, `status of a failure with body ${failure.body}`);
  if (typeof body === 'string') assert.equal(failure.body, body);
  else body(failure.body);
}

/** Checks a JSON error body's `message`. */
export function jsonMessage(expected: RegExp): (text: string) => void {
  return (text) => {
    const parsed = JSON.parse(text) as { message?: unknown };
    assert.match(String(parsed.message), expected);
  };
}

export const OBJECT_ID = /^[0-9a-f]{24}$/;
export const SHORT_LINK = /^[0-9A-Za-z]{8}$/;
