/**
 * What a command needs to reach Trello (board, key and token, each asked for
 * with where it comes from), and the Trello settings that are easy to get wrong by pasting: the API URL (it
 * must name version 1 of the API) and the board (a URL copied from the address
 * bar, or from an API call with `key=` and `token=` in its query).
 */
import { ConfigError } from '../errors.ts';
import type { Config } from './types.ts';

/** Where each credential comes from, for every message that asks for one. */
export const TRELLO_CREDENTIALS = {
  key: 'the API key of your Power-Up (https://trello.com/power-ups/admin, your Power-Up, "API key")',
  token:
    'generated with the "Token" link on your Power-Up\'s API key page (https://trello.com/power-ups/admin), logged in as a member of the board',
} as const;

/**
 * What to do about a 401, from what Trello said: `invalid key` (the token was
 * not checked), `invalid token` (the key was accepted), or `unauthorized
 * permission requested` (both valid, the token's member may not open the board).
 */
export function refusedCredentialsFix(body: string): string {
  if (/invalid key/i.test(body))
    return `the key is wrong (the token was not checked): set TRELLO_API_KEY to ${TRELLO_CREDENTIALS.key}`;
  if (/invalid token|expired|revoked/i.test(body))
    return `the key is right, the token is not (wrong, expired or revoked): set TRELLO_API_TOKEN to a new token, ${TRELLO_CREDENTIALS.token}`;
  if (/permission/i.test(body))
    return "the key and token are valid, but the token's member cannot open this board: add that member to the board, or make the token as a member of it";
  return `check both: TRELLO_API_KEY is ${TRELLO_CREDENTIALS.key}; TRELLO_API_TOKEN is ${TRELLO_CREDENTIALS.token}`;
}

/** Trello's REST API lives under `/1`; the emulator's URL ends in `/1` too. */
const API_VERSION_PATH = '/1';

/** A URL from a flag or the environment gets the same check the config file's does. */
export function apiUrlFrom(flag: string | undefined, env: string | undefined, file: string): string {
  const [value, origin] = flag
    ? [flag, '--api-url']
    : env
      ? [env, 'TRELLO_API_URL']
      : [file, 'trello.apiUrl'];
  if (!isHttpUrl(value)) {
    throw new ConfigError(
      `${origin}: expected an http(s) URL (got ${JSON.stringify(value)}). Fix: use https://api.trello.com/1, or the URL the emulator prints.`,
    );
  }
  const url = value.replace(/\/+$/, '');
  // Without the version every request goes to a path Trello does not know, and every board looks missing.
  if (!new URL(url).pathname.endsWith(API_VERSION_PATH)) {
    throw new ConfigError(
      `${origin}: ${url} does not end in ${API_VERSION_PATH}, the version of Trello's REST API, so Trello would answer every request "not found". Fix: use ${url}${API_VERSION_PATH} (for Trello: https://api.trello.com/1).`,
    );
  }
  return url;
}

/** As the config file's schema has it (`z.url({ protocol: /^https?$/ })`): http(s), with its `//`, parseable. */
function isHttpUrl(value: string): boolean {
  const trimmed = value.trim();
  return /^https?:\/\//i.test(trimmed) && URL.canParse(trimmed);
}

/** Names of query parameters that hold credentials in a URL copied from an API call. */
const CREDENTIAL_PARAMS = ['key', 'token'];

/**
 * A board given as a URL, without its query and fragment: they never name the
 * board, and a URL copied from an API call carries the key and token there,
 * which must not reach a message, a log line or the state file.
 */
export function boardFrom(value: string | null, warnings: string[]): string | null {
  if (value === null || !/^https?:\/\//i.test(value.trim()) || !URL.canParse(value.trim())) return value;
  const url = new URL(value.trim());
  if (CREDENTIAL_PARAMS.some((name) => url.searchParams.has(name))) {
    warnings.push(
      'the board URL carried key= or token= in its query; report-sync dropped them from the board. Credentials belong in TRELLO_API_KEY and TRELLO_API_TOKEN; if that URL was shared, make a new token.',
    );
  }
  url.search = '';
  url.hash = '';
  return url.href;
}

export interface TrelloAccess {
  board: string;
  key: string;
  token: string;
}

/** The board and credentials a command that talks to Trello needs, or a ConfigError saying how to set them. */
export function requireTrelloAccess(config: Config): TrelloAccess {
  const missing: string[] = [];
  if (!config.board) {
    missing.push(
      'board: set "board" in the config file, TRELLO_BOARD in the environment, or pass --board (a board id, shortLink or URL)',
    );
  }
  if (!config.trello.key) missing.push(`Trello API key: set TRELLO_API_KEY to ${TRELLO_CREDENTIALS.key}`);
  if (!config.trello.token)
    missing.push(`Trello API token: set TRELLO_API_TOKEN to a token ${TRELLO_CREDENTIALS.token}`);
  if (missing.length > 0 || !config.board || !config.trello.key || !config.trello.token) {
    throw new ConfigError(`cannot reach Trello, missing:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  }
  return { board: config.board, key: config.trello.key, token: config.trello.token };
}
