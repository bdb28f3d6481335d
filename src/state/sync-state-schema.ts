/**
 * The sync state's schema: what a state file read in full is checked against
 * (and migrated by: defaults fill fields added since it was written). Loaded
 * only when a file is not trusted as written (see store.ts), and by `status`.
 */
import { z } from 'zod';
import { COUNTS, type CountKey } from '../counts.ts';

/** The card fields report-sync writes and a person may take over (CardField). */
const CARD_FIELD_NAMES = [
  'name',
  'desc',
  'sources',
  'idList',
  'idLabels',
  'idMembers',
  'due',
  'dueComplete',
  'checklist',
] as const;
export const cardFieldSchema = z.enum(CARD_FIELD_NAMES);

export const writtenChecklistSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Names of the check items report-sync wrote (or found as its own), in order. */
  items: z.array(z.string()),
  /** Those of them last written (or found) checked: one whose state differs on the board was set by a person. */
  complete: z.array(z.string()).default([]),
});

/**
 * A card's values as report-sync records them: one or more per field of the
 * card-field table (plan/card-fields.ts). Without defaults, so that a part of
 * them (pendingWriteSchema) reads as just what it holds.
 */
const writtenValuesSchema = z.object({
  name: z.string(),
  /**
   * A description is two parts (plan/render.ts): the body a person reads (the
   * item's text and description) and the source part (the "From" line, the
   * Sources and the marker). Each has the hash of what was last written, so a
   * person's edit of one leaves the other report-sync's. Null in records
   * written before the split: see `descHash`.
   */
  bodyHash: z.string().nullable(),
  sourcesHash: z.string().nullable(),
  /**
   * Hash of the source part as rendered with every source's line number as 0:
   * a source that only moved to another line is no reason to write the card
   * (its line is brought up to date with the next real change).
   */
  descShape: z.string(),
  idList: z.string(),
  /** Sorted. */
  idLabels: z.array(z.string()),
  /** Sorted. */
  idMembers: z.array(z.string()),
  /** ISO instant, or null for none. Absent in records written before due dates were synced. */
  due: z.string().nullable(),
  dueComplete: z.boolean(),
});

/** The values report-sync last wrote to a card: a field that differs on the board was changed by a person. */
export const writtenFieldsSchema = writtenValuesSchema.extend({
  bodyHash: writtenValuesSchema.shape.bodyHash.default(null),
  sourcesHash: writtenValuesSchema.shape.sourcesHash.default(null),
  /**
   * Hash of the whole description, in records written before the split: a
   * card that still has it was untouched, and its parts' hashes are read from
   * the card (card-fields.ts). Not written any more.
   */
  descHash: z.string().optional(),
  due: writtenValuesSchema.shape.due.default(null),
  dueComplete: writtenValuesSchema.shape.dueComplete.default(false),
  checklist: writtenChecklistSchema.nullable(),
});

export const tombstoneSchema = z.object({
  reason: z.enum(['archived', 'deleted']),
  at: z.string(),
});

const settledRecordSchema = z.object({
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
  /**
   * The report whose "done" report-sync last announced on the card (the
   * `Done in …` comment), while the item stays done; null while it is open.
   */
  doneIn: z.string().nullable().default(null),
  /**
   * Keys the item had before it was reworded: the same item, whose occurrences
   * (in older reports that still have the old text) count as this one's.
   */
  formerKeys: z.array(z.string()).default([]),
  /** Fields a person changed, already logged once and left alone since. */
  personFields: z.array(cardFieldSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/**
 * A write to an existing card, recorded before it is sent (an update, a
 * reopen, an archive, a check item's state): when the save after it fails, the next plan finds on
 * the card what report-sync wrote rather than a person's edit (plan/pending.ts).
 */
export const pendingWriteSchema = z.object({
  /** What `written` takes, field by field (of the card-field table), once the write is made. */
  fields: z.partialRecord(cardFieldSchema, writtenValuesSchema.partial()),
  /** The closed state the write sets (an archive: true, a reopen: false), or null when it leaves it. */
  closed: z.boolean().nullable(),
  /** What `written.checklist` becomes once a check item's state is set. */
  checklist: writtenChecklistSchema.optional(),
  /** What the record takes besides `written` once the write is seen on the card. */
  then: settledRecordSchema.pick({
    kind: true,
    title: true,
    sources: true,
    tombstone: true,
    archivedBySync: true,
    vanishedNoticeAt: true,
    doneIn: true,
  }),
});

export const cardRecordSchema = settledRecordSchema.extend({
  /** A write sent (or about to be) whose outcome the state has not recorded yet. Absent otherwise. */
  pending: pendingWriteSchema.optional(),
});

/** A checklist entry; entries stored before they carried their state read as open ones. */
const storedEntrySchema = z.union([
  z.object({ text: z.string(), checked: z.boolean() }),
  z.string().transform((text) => ({ text, checked: false })),
]);

/** An item as stored for an unchanged report: enough to render its card without reading the file again. */
export const storedItemSchema = z.object({
  key: z.string(),
  kind: z.enum(['todo', 'planned']),
  status: z.enum(['open', 'done']).default('open'),
  text: z.string(),
  title: z.string(),
  description: z.string(),
  checklist: z.array(storedEntrySchema),
  section: z.array(z.string()),
  line: z.number().int(),
  owners: z.array(z.string()),
  /** `YYYY-MM-DD`, or null. */
  due: z.string().nullable().default(null),
});

export const reportRecordSchema = z.object({
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

/** A count added since a state file was written reads as 0 in its last run. */
const countSchemas = Object.fromEntries(
  COUNTS.map(({ key }) => [key, z.number().int().default(0)]),
) as Record<CountKey, z.ZodDefault<z.ZodNumber>>;

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
  /**
   * The install this state belongs to: the id its cards' markers carry
   * (plan/install.ts), fixed when the first plan is applied. Null in a state
   * file written before installs were told apart: the id is then derived.
   */
  install: z.string().nullable().default(null),
  /** Hash of the settings that shape cards: a change means every report is planned again. */
  settingsHash: z.string().nullable(),
  cards: z.record(z.string(), cardRecordSchema),
  reports: z.record(z.string(), reportRecordSchema),
  /** Owners of items, as written, that the last planned sync found no board member for. */
  unresolvedOwners: z.array(z.string()).default([]),
});
