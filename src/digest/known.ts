/**
 * What the state knows of each card report-sync keeps: the item it holds, the
 * reports that mention it (newest last, as the planner orders them), and what
 * report-sync last wrote to it. Pure.
 */
import type { ItemKey } from '../extract/item.ts';
import { collectOccurrences, formerKeyAliases, type ItemOccurrences } from '../plan/occurrences.ts';
import type { ReportInput } from '../plan/types.ts';
import type { CardRecord, SyncState } from '../state/sync-state.ts';
import type { DigestSource } from './types.ts';

export interface KnownCard {
  key: string;
  record: CardRecord;
  /** Undefined when no report in the state mentions the item any more. */
  occurrences: ItemOccurrences | undefined;
}

/** The cards of the state by card id (creates not yet confirmed have none and are left out). */
export function knownCards(state: SyncState): Map<string, KnownCard> {
  const reports: ReportInput[] = Object.entries(state.reports).map(([id, record]) => ({
    id,
    record,
    status: 'unchanged',
  }));
  const occurrences = collectOccurrences(reports, formerKeyAliases(state.cards));
  const known = new Map<string, KnownCard>();
  for (const [key, record] of Object.entries(state.cards)) {
    if (record.cardId === null) continue;
    known.set(record.cardId, { key, record, occurrences: occurrences.get(key as ItemKey) });
  }
  return known;
}

/** The newest report that mentions the item, as an entry shows it. */
export function newestSource(known: KnownCard | undefined): DigestSource | null {
  const source = known?.occurrences?.sources.at(-1);
  if (!source) return null;
  return {
    report: source.reportTitle,
    date: source.date,
    path: source.displayPath,
    line: source.line,
    link: source.linkTemplate?.replaceAll('{line}', String(source.line)) ?? null,
  };
}

/** The newest report date among the item's mentions; null when no dated report mentions it. */
export function lastMentioned(known: KnownCard): string | null {
  const dates = (known.occurrences?.sources ?? []).flatMap((s) => (s.date === null ? [] : [s.date]));
  return dates.length === 0 ? null : dates.reduce((a, b) => (a > b ? a : b));
}
