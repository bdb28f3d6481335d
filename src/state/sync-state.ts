/**
 * What a sync remembers between runs (the payload of the state file): which
 * card holds which item, what was last written to each of its fields, and which
 * reports were synced at which content hash. No secret is ever stored here.
 * The shape is checked by sync-state-schema.ts, which only a run whose state
 * file is not trusted as written (store.ts) loads.
 */
import type { z } from 'zod';
import type * as schemas from './sync-state-schema.ts';

/** A card field report-sync writes and a person may take over. */
export type CardField = z.output<typeof schemas.cardFieldSchema>;

export type WrittenChecklist = z.output<typeof schemas.writtenChecklistSchema>;
export type WrittenFields = z.output<typeof schemas.writtenFieldsSchema>;
export type Tombstone = z.output<typeof schemas.tombstoneSchema>;
export type CardRecord = z.output<typeof schemas.cardRecordSchema>;
export type PendingWrite = z.output<typeof schemas.pendingWriteSchema>;
export type StoredItem = z.output<typeof schemas.storedItemSchema>;
export type StoredEntry = StoredItem['checklist'][number];
export type ReportRecord = z.output<typeof schemas.reportRecordSchema>;
export type RunSummary = z.output<typeof schemas.runSummarySchema>;
export type SyncState = z.output<typeof schemas.syncStateSchema>;

/** A card record as report-sync first writes or adopts it: no tombstone, nothing changed by a person yet. */
export function newCardRecord(
  fields: Pick<CardRecord, 'cardId' | 'kind' | 'title' | 'written' | 'sources'>,
  now: string,
): CardRecord {
  return {
    ...fields,
    tombstone: null,
    archivedBySync: false,
    vanishedNoticeAt: null,
    doneIn: null,
    formerKeys: [],
    personFields: [],
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The state knows how the card's last write ended: its create has its card
 * id, and no write to it is pending (recorded before it was sent, not yet
 * after). A record that is not settled is for the next full sync to reconcile.
 */
export function isSettled(record: CardRecord): boolean {
  return record.cardId !== null && record.pending === undefined;
}

/** The state of a board never synced. */
export function emptySyncState(): SyncState {
  return { board: null, install: null, settingsHash: null, cards: {}, reports: {}, unresolvedOwners: [] };
}
