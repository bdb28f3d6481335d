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

/** A client with schema parsing on, as the product uses it. */
export function trelloClient(host: string, apiKey: string, apiToken: string): TrelloClient {
  return createTrelloClient({ host, apiKey, apiToken });
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
