/**
 * What a sync needs to know of its state to tell that a run has nothing to
 * do, kept in the state file's head (StateFileOptions.summarize): a run whose
 * report files all look as the state remembers them reads this, not the
 * megabytes of cards and items behind it.
 */
import { createHash } from 'node:crypto';
import { isSettled, type SyncState } from './sync-state.ts';

export interface SyncSummary {
  /** The board as configured, when one was synced. */
  board: string | null;
  settingsHash: string | null;
  /** Every card the state holds is settled (isSettled): no create is unconfirmed, no write pending. */
  confirmed: boolean;
  /** Distinct items in the reports. */
  items: number;
  /**
   * The digest of every report's entry (reportEntry), or null when one of
   * them must be read again whatever its file looks like: it was skipped, or
   * its fingerprint was not settled when it was read.
   */
  reports: string | null;
}

/** What tells, for one report, that its file is the one synced, found where it was, under the same settings. */
export interface ReportEntry {
  id: string;
  fingerprint: string;
  extractedWith: string;
  origin: string;
  link: string | null;
  displayPath: string;
}

/** The digest of a set of report entries, whatever their order. */
export function reportsDigest(entries: readonly ReportEntry[]): string {
  const lines = entries.map((e) =>
    JSON.stringify([e.id, e.fingerprint, e.extractedWith, e.origin, e.link, e.displayPath]),
  );
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

export function summarizeSyncState(state: SyncState): SyncSummary {
  const entries: ReportEntry[] = [];
  let readable = true;
  const items = new Set<string>();
  for (const [id, record] of Object.entries(state.reports)) {
    for (const item of record.items) items.add(item.key);
    const { fingerprint, extractedWith, origin, link, displayPath } = record;
    if (record.skipped || !fingerprint || extractedWith === undefined) readable = false;
    else entries.push({ id, fingerprint, extractedWith, origin, link, displayPath });
  }
  return {
    board: state.board?.ref ?? null,
    settingsHash: state.settingsHash,
    confirmed: Object.values(state.cards).every(isSettled),
    items: items.size,
    reports: readable ? reportsDigest(entries) : null,
  };
}

/** The summary as read from a file's head, or undefined when it is not one (written by another version). */
export function asSyncSummary(value: unknown): SyncSummary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const s = value as Record<string, unknown>;
  const textOrNull = (v: unknown) => v === null || typeof v === 'string';
  const valid =
    textOrNull(s['board']) &&
    textOrNull(s['settingsHash']) &&
    typeof s['confirmed'] === 'boolean' &&
    Number.isSafeInteger(s['items']) &&
    textOrNull(s['reports']);
  return valid ? (s as unknown as SyncSummary) : undefined;
}
