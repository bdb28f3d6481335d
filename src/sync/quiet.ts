/**
 * A run with nothing to do, told from the state's summary alone: every report
 * file the sources name now has the fingerprint, place and settings the state
 * remembers for it, no other report is remembered, the board and the card
 * settings are the same and every card is settled (no create unconfirmed,
 * no write pending: state/sync-state.ts isSettled). That is the full
 * check's "nothing changed" (prepare.ts), without reading the state's cards
 * and items: what a scheduled no-op run costs is then Node's start-up, a stat
 * per report and one read of the state file's bytes for its checksum.
 *
 * Anything the full check would say something about (a warning, a source
 * that names nothing, a report read again) is left to it.
 */
import type { Config } from '../config/index.ts';
import type { FoundReports } from '../reports/find.ts';
import { fingerprintOf } from '../reports/fingerprint.ts';
import { reportsDigest, type ReportEntry, type SyncSummary } from '../state/sync-summary.ts';
import { linkOf } from './inputs.ts';
import { extractionHash, settingsHash } from './settings.ts';

export interface QuietRun {
  /** Reports read (all of them unchanged). */
  reportsRead: number;
  /** Distinct items in them. */
  items: number;
}

/** The run's figures when it has nothing to do, or null when the full check must decide. */
export function quietRun(
  config: Config,
  board: string,
  summary: SyncSummary | undefined,
  found: FoundReports,
  nowMs: number,
): QuietRun | null {
  if (!summary?.confirmed || summary.reports === null) return null;
  if (summary.board !== board || summary.settingsHash !== settingsHash(config)) return null;
  if (found.warnings.length > 0 || found.failed.length > 0 || found.sources.some((s) => s.files === 0))
    return null;
  const extractedWith = new Map<string | null, string>();
  const entries: ReportEntry[] = [];
  for (const file of found.reports) {
    const fingerprint = fingerprintOf(file.path, nowMs)?.id;
    if (fingerprint === undefined) return null;
    let hash = extractedWith.get(file.urlTemplate);
    if (hash === undefined)
      extractedWith.set(file.urlTemplate, (hash = extractionHash(config, file.urlTemplate)));
    const { id, origin, displayPath } = file;
    entries.push({ id, fingerprint, extractedWith: hash, origin, link: linkOf(file), displayPath });
  }
  if (reportsDigest(entries) !== summary.reports) return null;
  return { reportsRead: found.reports.length, items: summary.items };
}
