/**
 * From the configuration to what a sync needs: the card-shaping settings (and
 * their hash, which decides whether unchanged reports need planning again) and
 * the Trello connection, with an actionable error for each missing setting.
 */
import type { Config } from '../config/index.ts';
import { ConfigError } from '../errors.ts';
import { stableHash } from '../plan/hash.ts';
import type { SyncSettings } from '../plan/types.ts';

/**
 * The name of the checklist report-sync writes. Not Trello's default name
 * ("Checklist"), so that a person's own checklist is never taken for it.
 */
export const CHECKLIST_NAME = 'From the reports';

/** Bump when the card layout changes, so that existing cards are rendered again. */
const CARD_LAYOUT_VERSION = 1;

export function syncSettings(config: Config, options: { revive?: boolean } = {}): SyncSettings {
  return {
    lists: { ...config.lists },
    labels: { todo: { ...config.labels.todo }, planned: { ...config.labels.planned } },
    perReportLabels: config.labels.perReport,
    people: { ...config.people },
    vanished: config.vanished,
    revive: options.revive ?? false,
    checklistName: CHECKLIST_NAME,
  };
}

/** Everything that changes what a card should say, besides the reports themselves. */
export function settingsHash(config: Config): string {
  const { revive: _revive, ...shaping } = syncSettings(config);
  return stableHash({
    layout: CARD_LAYOUT_VERSION,
    shaping,
    sourceUrlTemplate: config.sourceUrlTemplate,
    sources: config.sources.map((s) => s.urlTemplate),
    extraction: config.extraction,
  });
}

/**
 * Everything besides a report's bytes that shapes what is extracted from it
 * and stored in its record (extraction rules, the people roster, the source
 * link template): a report stored under another hash is parsed again.
 */
export function extractionHash(config: Config, urlTemplate: string | null): string {
  return stableHash({ extraction: config.extraction, people: config.people, urlTemplate });
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
  if (!config.trello.key) {
    missing.push(
      'Trello API key: set TRELLO_API_KEY (from https://trello.com/power-ups/admin, your Power-Up, "API key")',
    );
  }
  if (!config.trello.token) {
    missing.push('Trello API token: set TRELLO_API_TOKEN (generated from the API key page, "Token")');
  }
  if (missing.length > 0 || !config.board || !config.trello.key || !config.trello.token) {
    throw new ConfigError(`cannot reach Trello, missing:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  }
  return { board: config.board, key: config.trello.key, token: config.trello.token };
}
