/**
 * A digest as data: what happened on the board in a period, section by
 * section. Plain JSON-serialisable, so that `--format json` prints it as it
 * is and the text formats are views of it.
 */
import type { DigestSectionName } from '../languages/types.ts';
import type { SyncState } from '../state/sync-state.ts';
import type { BoardSnapshot, TrelloAction } from '../trello/types.ts';

export { DIGEST_SECTIONS, type DigestSectionName } from '../languages/types.ts';

export const DIGEST_FORMATS = ['markdown', 'rst', 'json'] as const;
export type DigestFormat = (typeof DIGEST_FORMATS)[number];

/** Where an item was last written down: its newest report. */
export interface DigestSource {
  /** The report's title, or null when it has none. */
  report: string | null;
  /** The report date, `YYYY-MM-DD`, or null. */
  date: string | null;
  /** The report's path as a card shows it. */
  path: string;
  line: number;
  /** Link to the line, when the source has a URL template. */
  link: string | null;
}

export interface DigestMember {
  username: string;
  fullName: string;
}

export interface DigestEntry {
  name: string;
  /** The card's short URL. */
  url: string;
  /** The list the card is in now. */
  list: string;
  members: DigestMember[];
  /** ISO instant, or null. */
  due: string | null;
  /** The newest report that mentions the card's item; null for a card no report made. */
  source: DigestSource | null;
  /** When it happened (done, new, moved): the action's date. */
  at?: string;
  /** done: who completed it — report-sync, from a report, or a person who moved the card. */
  by?: 'report-sync' | 'person';
  /** moved: the list a person moved the card from. */
  from?: string;
  /** unresolvedOwners: the owners, as written, that no member of the board stands for. */
  owners?: string[];
}

export interface Digest {
  /** ISO instants: the period, from inclusive to exclusive. */
  from: string;
  to: string;
  board: { name: string; url: string };
  sections: Record<DigestSectionName, DigestEntry[]>;
}

/** The settings a digest is made under. */
export interface DigestSettings {
  lists: { todo: string; planned: string; done: string };
  /** An open item no report has mentioned for this many weeks is stale. */
  staleAfterWeeks: number;
}

/** Everything a digest is made from: no clock, no I/O. */
export interface DigestInput {
  window: { from: string; to: string };
  /** The board's card actions in the window (creates and list changes), any order. */
  actions: readonly TrelloAction[];
  snapshot: BoardSnapshot;
  state: SyncState;
  settings: DigestSettings;
  /** The member the token belongs to: report-sync's account. */
  selfId: string;
}
