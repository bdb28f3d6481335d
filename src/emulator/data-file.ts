import { z } from 'zod';
import { ReportSyncError } from '../errors.ts';
import type { StoreData } from './model.ts';

/**
 * The emulator's data file, checked record by record before any of it is
 * used: a hand-edited or foreign file is refused at start with the field at
 * fault, instead of failing later as a 500 on some request.
 */

export const DATA_FILE_VERSION = 1;

const objectId = z.string().regex(/^[0-9a-f]{24}$/, 'expected a 24-hex-character id');
const shortLink = z.string().regex(/^[0-9A-Za-z]{8}$/, 'expected an 8-character shortLink');
const date = z.iso.datetime();
const position = z.number().positive();
const idList = z.array(objectId);
/** Collections added after the first release of the format are absent from older files. */
const records = <T extends z.ZodType>(record: T) => z.array(record).default([]);

const member = z.object({ id: objectId, username: z.string(), fullName: z.string() });

const board = z.object({
  id: objectId,
  shortLink,
  name: z.string(),
  desc: z.string(),
  closed: z.boolean(),
  idMemberCreator: objectId,
  idMembers: idList,
  dateLastActivity: date,
});

const list = z.object({
  id: objectId,
  idBoard: objectId,
  name: z.string(),
  closed: z.boolean(),
  pos: position,
});

const label = z.object({ id: objectId, idBoard: objectId, name: z.string(), color: z.string().nullable() });

const card = z.object({
  id: objectId,
  idBoard: objectId,
  idList: objectId,
  idShort: z.number().int().positive(),
  shortLink,
  name: z.string(),
  desc: z.string(),
  closed: z.boolean(),
  pos: position,
  due: date.nullable(),
  start: date.nullable(),
  dueComplete: z.boolean(),
  idLabels: idList,
  idMembers: idList,
  idMemberCreator: objectId,
  dateCreated: date,
  dateLastActivity: date,
});

const checkItem = z.object({
  id: objectId,
  name: z.string(),
  pos: position,
  state: z.enum(['complete', 'incomplete']),
  due: date.nullable(),
  idMember: objectId.nullable(),
});

const checklist = z.object({
  id: objectId,
  idBoard: objectId,
  idCard: objectId,
  name: z.string(),
  pos: position,
  checkItems: z.array(checkItem),
});

const attachment = z.object({
  id: objectId,
  idCard: objectId,
  idMember: objectId,
  name: z.string(),
  url: z.string(),
  date,
  pos: position,
});

const action = z.object({
  id: objectId,
  type: z.string(),
  date,
  idMemberCreator: objectId,
  idBoard: objectId,
  idCard: objectId.nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const storeDataSchema = z.object({
  version: z.literal(DATA_FILE_VERSION),
  members: records(member),
  boards: records(board),
  lists: records(list),
  labels: records(label),
  cards: records(card),
  checklists: records(checklist),
  attachments: records(attachment),
  actions: records(action),
}) satisfies z.ZodType<StoreData, unknown>;

/** Issues listed in the message; the rest are counted. */
const SHOWN_ISSUES = 5;

/** Parses a data file's text, or throws an error that names the file, what is wrong, and the way out. */
export function parseStoreData(text: string, file: string): StoreData {
  const fix = `move it away (e.g. \`mv ${file} ${file}.bad\`) and the emulator starts fresh with an empty store`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReportSyncError(`emulator data file ${file} is not valid JSON (${reason}); ${fix}`, {
      cause: error,
    });
  }
  const version = versionOf(parsed);
  if (version === undefined) {
    throw new ReportSyncError(
      `emulator data file ${file} has no "version" field, so it was not written by the emulator; ${fix}`,
    );
  }
  if (version !== DATA_FILE_VERSION) {
    throw new ReportSyncError(
      `emulator data file ${file} is format version ${JSON.stringify(version)}, but this emulator reads version ${DATA_FILE_VERSION} only; use the report-sync that wrote it, or ${fix}`,
    );
  }
  const result = storeDataSchema.safeParse(parsed);
  if (!result.success) {
    const { issues } = result.error;
    const shown = issues.slice(0, SHOWN_ISSUES).map((i) => `${issuePath(i.path)}: ${i.message}`);
    const more = issues.length > SHOWN_ISSUES ? `; and ${issues.length - SHOWN_ISSUES} more` : '';
    throw new ReportSyncError(
      `emulator data file ${file} does not hold valid emulator data: ${shown.join('; ')}${more}. It was changed by hand or by another program; ${fix}`,
    );
  }
  return result.data;
}

function versionOf(parsed: unknown): unknown {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  return (parsed as Record<string, unknown>)['version'];
}

/** `["cards", 0, "closed"]` → `cards[0].closed`. */
function issuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
