/**
 * What a sync remembers between runs (the payload of the state file): which
 * card holds which item, what was last written to each of its fields, and which
 * reports were synced at which content hash. No secret is ever stored here.
 */
import { z } from 'zod';
import { COUNTS, type CountKey } from '../counts.ts';

export const CARD_FIELD_NAMES = ['name', 'desc', 'idList', 'idLabels', 'idMembers', 'checklist'] as const;
/** A card field report-sync writes and a person may take over. */
export type CardField = (typeof CARD_FIELD_NAMES)[number];

const writtenChecklistSchema = z.object({
  id: z.string(),
  name: z.string(),
  items: z.array(z.string()),
});

/** The values report-sync last wrote to a card: a field that differs on the board was changed by a person. */
const writtenFieldsSchema = z.object({
  name: z.string(),
  /** Hash of the description written (descriptions can be long; equality is all that is needed). */
  descHash: z.string(),
  /**
   * Hash of the description as rendered with every source's line number as 0:
   * a source that only moved to another line is no reason to write the card
   * (its line is brought up to date with the next real change).
   */
  descShape: z.string(),
  idList: z.string(),
  /** Sorted. */
  idLabels: z.array(z.string()),
  /** Sorted. */
  idMembers: z.array(z.string()),
  checklist: writtenChecklistSchema.nullable(),
});

const tombstoneSchema = z.object({
  reason: z.enum(['archived', 'deleted']),
  at: z.string(),
});

const cardRecordSchema = z.object({
  /** null while a create is intended but its outcome is not known yet. */
  cardId: z.string().nullable(),
  kind: z.enum(['todo', 'planned']),
  title: z.string(),
  written: writtenFieldsSchema,
  /** Report paths listed in the description last written. */
  sources: z.array(z.string()),
  /** Set when a person archived or deleted the card: it is never re-created or re-opened without --revive. */
  tombstone: tombstoneSchema.nullable(),
  /** report-sync archived it (vanished policy `archive`): reopened if the item comes back. */
  archivedBySync: z.boolean(),
  /** When the "no longer in any report" comment was posted (policy `comment`). */
  vanishedNoticeAt: z.string().nullable(),
  /** Fields a person changed, already logged once and left alone since. */
  personFields: z.array(z.enum(CARD_FIELD_NAMES)),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** An item as stored for an unchanged report: enough to render its card without reading the file again. */
const storedItemSchema = z.object({
  key: z.string(),
  kind: z.enum(['todo', 'planned']),
  text: z.string(),
  title: z.string(),
  description: z.string(),
  checklist: z.array(z.string()),
  section: z.array(z.string()),
  line: z.number().int(),
  owners: z.array(z.string()),
});

const reportRecordSchema = z.object({
  /** Content hash of the file when it was last synced. */
  hash: z.string(),
  /**
   * extractionHash of the settings the items were extracted under (rules,
   * people, link template); a report whose settings differ is parsed again.
   * Absent in state files written before it existed: such a report is parsed
   * again once.
   */
  extractedWith: z.string().optional(),
  /**
   * The file's fingerprint (size, times, inode: reports/fingerprint.ts) when
   * its hash was taken; while the file still has it, it is not read again.
   * Null or absent: read and hash it next time.
   */
  fingerprint: z.string().nullable().optional(),
  /** Path shown in a card's sources, relative to its source root. */
  displayPath: z.string(),
  /** The configured source the report was found through (safe to show: no credentials). */
  origin: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  /** Source link with `{path}` filled in and `{line}` left, or null. */
  link: z.string().nullable(),
  items: z.array(storedItemSchema),
  /**
   * Set when the file's current content could not be read (too slow to parse, nested too deep,
   * too many items): that content, by hash, is not parsed again until it changes. `hash` and
   * `items` above stay those last synced ("" and none for a report never synced).
   */
  skipped: z.object({ hash: z.string(), extractedWith: z.string(), reason: z.string() }).optional(),
});

const countSchemas = Object.fromEntries(COUNTS.map(({ key }) => [key, z.number().int()])) as Record<
  CountKey,
  z.ZodNumber
>;

/** The last run's counts, as `sync --json` printed them (kept beside the state: last-run.ts). */
export const runSummarySchema = z.object({ at: z.string(), ...countSchemas });

export const syncStateSchema = z.object({
  board: z
    .object({
      /** The board as configured (id, shortLink or URL). */
      ref: z.string(),
      id: z.string(),
      name: z.string(),
      url: z.string(),
    })
    .nullable(),
  /** Hash of the settings that shape cards: a change means every report is planned again. */
  settingsHash: z.string().nullable(),
  cards: z.record(z.string(), cardRecordSchema),
  reports: z.record(z.string(), reportRecordSchema),
});

export type WrittenChecklist = z.infer<typeof writtenChecklistSchema>;
export type WrittenFields = z.infer<typeof writtenFieldsSchema>;
export type Tombstone = z.infer<typeof tombstoneSchema>;
export type CardRecord = z.infer<typeof cardRecordSchema>;
export type StoredItem = z.infer<typeof storedItemSchema>;
export type ReportRecord = z.infer<typeof reportRecordSchema>;
export type RunSummary = z.infer<typeof runSummarySchema>;
export type SyncState = z.infer<typeof syncStateSchema>;

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
    personFields: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** The state of a board never synced. */
export function emptySyncState(): SyncState {
  return { board: null, settingsHash: null, cards: {}, reports: {} };
}
