import type { Logger } from '../log/logger.ts';
import type { Credentials } from './auth.ts';
import type { FaultOptions } from './faults.ts';
import type { RateLimitOptions } from './ratelimit.ts';

export interface MemberSeed {
  username: string;
  fullName: string;
}

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the emulator is for this machine only. */
  host?: string;
  /** JSON file the boards are kept in across restarts; memory only when absent. */
  dataFile?: string;
  /** The key/token pairs accepted; default `[DEFAULT_CREDENTIALS]`. */
  credentials?: Credentials[];
  /** Name of the board to create if no board of that name exists; default `DEFAULT_BOARD_NAME`. */
  board?: string;
  /**
   * Whether the board created at start gets Trello's default lists and labels
   * (as `POST /1/boards` does unless told not to); default true.
   */
  boardDefaults?: boolean;
  /** The member every token belongs to. */
  owner?: MemberSeed;
  /** Further members of every board the emulator creates (to test assigning cards to people). */
  members?: MemberSeed[];
  /** Trello's limits by default; `false` turns rate limiting off. */
  rateLimit?: RateLimitOptions | false;
  faults?: FaultOptions;
  /**
   * The most cards a read of a board's cards answers without `limit`; more
   * is refused as Trello refuses too large a read (`API_TOO_MANY_CARDS_REQUESTED`).
   * Default 10,000 (?).
   */
  maxCardsPerRead?: number;
  /** How long a new card stays invisible to `/1/search`, like Trello's lagging index; default 2000 ms. */
  searchIndexLagMs?: number;
  /**
   * The emulator's time in ms since the epoch (rate-limit windows, ids, dates,
   * the search index); default `Date.now`. Tests pass one they can move
   * forward to see a window pass without waiting it out.
   */
  clock?: () => number;
  logger?: Logger;
}

/** Documented defaults, shaped like Trello's: a 32-hex key and an `ATTA…` token. */
export const DEFAULT_CREDENTIALS: Credentials = {
  key: 'e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1',
  token: 'ATTAe1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1',
};

export const DEFAULT_BOARD_NAME = 'report-sync';
export const DEFAULT_OWNER: MemberSeed = { username: 'emulator', fullName: 'Emulator Owner' };
export const DEFAULT_SEARCH_INDEX_LAG_MS = 2_000;
