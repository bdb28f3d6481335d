/**
 * From the configuration to what a sync needs: the card-shaping settings (and
 * their hash, which decides whether unchanged reports need planning again).
 */
import type { Config } from '../config/index.ts';
import { calendarTimeZone } from '../config/time-zone.ts';
import { stableHash } from '../plan/hash.ts';
import type { SyncSettings } from '../plan/types.ts';

/**
 * The name of the checklist report-sync writes. Not Trello's default name
 * ("Checklist"), so that a person's own checklist is never taken for it.
 */
export const CHECKLIST_NAME = 'From the reports';

/** Bump when the card layout changes, so that existing cards are rendered again. */
const CARD_LAYOUT_VERSION = 2;

/** Bump when a stored item gains what extraction knows (2: status, due, checked entries): reports are read again. */
const STORED_ITEM_VERSION = 2;

export function syncSettings(
  config: Config,
  options: { revive?: boolean; adoptForeign?: boolean } = {},
): SyncSettings {
  return {
    lists: { ...config.lists },
    labels: { todo: { ...config.labels.todo }, planned: { ...config.labels.planned } },
    perReportLabels: config.labels.perReport,
    people: { ...config.people },
    vanished: config.vanished,
    revive: options.revive ?? false,
    adoptForeign: options.adoptForeign ?? false,
    checklistName: CHECKLIST_NAME,
    due: { time: config.dueTime, timeZone: calendarTimeZone(config.worker.timezone) },
  };
}

/** Everything that changes what a card should say, besides the reports themselves. */
export function settingsHash(config: Config): string {
  const { revive: _revive, adoptForeign: _adoptForeign, ...shaping } = syncSettings(config);
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
  return stableHash({
    record: STORED_ITEM_VERSION,
    extraction: config.extraction,
    people: config.people,
    urlTemplate,
  });
}
