import { createHash, type Hash } from 'node:crypto';
import type { z, ZodType } from 'zod';
import { StateError } from '../errors.ts';

/**
 * The state file's frame around the payload: which payload version wrote it,
 * how many saves it has seen, and which file it descends from. Checked by
 * hand, not with a schema: every run reads it, and a run whose file is
 * trusted (below) needs no schema library at all.
 */
export interface Envelope {
  schemaVersion: number;
  /** Increments on every save. */
  serial: number;
  /** Random id fixed when the file is created: a plan made against another file is detectable. */
  lineage: string;
  savedAt: string;
  /** sha256 of the data's JSON as written: a file that still matches it is read without a schema pass. */
  checksum?: string;
  /** What the writer derived from the data for readers that need no more (StateFileOptions.summarize). */
  summary?: unknown;
  data: unknown;
}

/** The head of an envelope (all but the data), or what is wrong with it. */
function checkedHead(json: unknown): Omit<Envelope, 'data'> | string {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return '(top level): expected an object';
  const head = json as Record<string, unknown>;
  const wholeAtLeast = (key: string, min: number) =>
    Number.isSafeInteger(head[key]) && (head[key] as number) >= min
      ? undefined
      : `${key}: expected a whole number of at least ${min}`;
  const text = (key: string, optional = false) =>
    typeof head[key] === 'string' || (optional && head[key] === undefined)
      ? undefined
      : `${key}: expected a string`;
  const problem =
    wholeAtLeast('schemaVersion', 1) ??
    wholeAtLeast('serial', 0) ??
    text('lineage') ??
    (head['lineage'] === '' ? 'lineage: expected a non-empty string' : undefined) ??
    text('savedAt') ??
    text('checksum', true);
  if (problem) return problem;
  const { schemaVersion, serial, lineage, savedAt, checksum, summary } = head as unknown as Envelope;
  return {
    schemaVersion,
    serial,
    lineage,
    savedAt,
    ...(checksum === undefined ? {} : { checksum }),
    ...(summary === undefined ? {} : { summary }),
  };
}

/**
 * The fixes offered whenever the state cannot be read. The journal goes with
 * the file it continues: left beside a restored backup, its saves would not
 * follow the backup's and the state would still not load.
 */
export function recoveryHint(path: string): string {
  const journal = `${path}.journal`;
  return `To go back to the state before the last run, move ${journal} away (if it exists), then copy ${path}.bak over ${path}. Or move ${path} and ${journal} away to rebuild the state from the markers on the board's cards.`;
}

/** "cards.x.title: expected string" for the first problem Zod found. */
export function firstIssue(error: z.ZodError, prefix: string[] = []): string {
  const issue = error.issues[0];
  if (!issue) return 'unexpected content';
  const where = [...prefix, ...issue.path.map(String)].join('.');
  return `${where || '(top level)'}: ${issue.message}`;
}

function corrupt(path: string, problem: string): StateError {
  return new StateError(
    `The state file ${path} cannot be read: ${problem}. It was left untouched. ${recoveryHint(path)}`,
  );
}

/** Reads an envelope from the text of a state file; the payload is checked separately (after any journal). */
export function parseEnvelope(path: string, text: string, supportedVersion: number): Envelope {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw corrupt(path, `it is not valid JSON (${(error as Error).message})`);
  }
  const head = checkedHead(json);
  if (typeof head === 'string') throw corrupt(path, head);
  if (head.schemaVersion > supportedVersion) {
    throw new StateError(
      `The state file ${path} was written by a newer report-sync (state version ${head.schemaVersion}; this one reads up to ${supportedVersion}). Upgrade report-sync, or move ${path} and ${path}.journal away to rebuild the state from the board's markers.`,
    );
  }
  return { ...head, data: (json as { data?: unknown }).data };
}

/** Checks the payload against the caller's schema, naming the path of the first problem. */
export function parsePayload<T>(path: string, data: unknown, schema: ZodType<T>): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw corrupt(path, firstIssue(parsed.error, ['data']));
  return parsed.data;
}

/** What separates the envelope's head from its data, which is written last. */
const DATA_KEY = ',"data":';
/** What ends the file, after the data. */
const FILE_END = '}\n';

/** The hash a checksum is of: over the data's bytes as written. */
export function dataHash(): Hash {
  return createHash('sha256');
}

function checksumOf(dataJson: string | Uint8Array): string {
  return `sha256:${dataHash().update(dataJson).digest('hex')}`;
}

/** The checksum a hash of a data's bytes gives. */
export function checksumFrom(hash: Hash): string {
  return `sha256:${hash.digest('hex')}`;
}

/** One line: the head (with the data's checksum), then the data. */
export function formatEnvelope(envelope: Envelope): string {
  const { data, checksum: _checksum, ...head } = envelope;
  const dataJson = JSON.stringify(data);
  return `${JSON.stringify({ ...head, checksum: checksumOf(dataJson) }).slice(0, -1)}${DATA_KEY}${dataJson}${FILE_END}`;
}

/** The head of a file as report-sync writes it, and where its data starts. */
export interface TrustedHead {
  head: Omit<Envelope, 'data'> & { checksum: string };
  /** Byte offset of the data; it ends FILE_END.length bytes before the file does. */
  dataStart: number;
}

/**
 * The head of a file exactly as report-sync writes it, of this payload
 * version, from the file's first bytes: its data's checksum is still to be
 * checked (trustedEnvelope, trusted-read.ts). Any other file (edited,
 * damaged, older) gives undefined and is read in full.
 */
export function trustedHead(first: Buffer, version: number): TrustedHead | undefined {
  const at = first.indexOf(DATA_KEY);
  if (at < 0) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(`${first.toString('utf8', 0, at)}}`);
  } catch {
    return undefined;
  }
  const head = checkedHead(json);
  if (typeof head === 'string' || head.schemaVersion !== version || head.checksum === undefined)
    return undefined;
  return { head: { ...head, checksum: head.checksum }, dataStart: at + DATA_KEY.length };
}

/** Whether a file's bytes end as report-sync ends a file. */
export function endsAsWritten(end: Buffer): boolean {
  return end.toString('latin1') === FILE_END;
}

export const FILE_END_BYTES = FILE_END.length;

/**
 * The envelope of a file's bytes when they are exactly as report-sync writes
 * them (trustedHead) and its data still matches its checksum: that data is
 * what a checked payload was when it was saved, so it needs no schema pass.
 */
export function trustedEnvelope(bytes: Buffer, version: number): Envelope | undefined {
  const trusted = trustedHead(bytes, version);
  const end = bytes.length - FILE_END_BYTES;
  if (!trusted || end < trusted.dataStart || !endsAsWritten(bytes.subarray(end))) return undefined;
  const data = bytes.subarray(trusted.dataStart, end);
  if (checksumOf(data) !== trusted.head.checksum) return undefined;
  return { ...trusted.head, data: JSON.parse(data.toString('utf8')) as unknown };
}
