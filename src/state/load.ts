import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ZodType } from 'zod';
import { StateError } from '../errors.ts';
import {
  type Envelope,
  firstIssue,
  formatEnvelope,
  parseEnvelope,
  parsePayload,
  recoveryHint,
  trustedEnvelope,
} from './envelope.ts';
import { applyOps } from './journal.ts';
import { readTrusted } from './trusted-read.ts';

/** The payload's schema, or a function that loads it: a trusted file is read without it. */
export type PayloadSchema<T> = ZodType<T> | (() => Promise<ZodType<T>>);

export interface LoadedState<T> {
  /** The payload, checked by the caller's schema (or trusted: see trustedEnvelope), built on first use. */
  readonly data: T;
  /** The envelope's head as saved, with the journal applied. */
  envelope: Omit<Envelope, 'data'>;
  /**
   * The head's summary of the payload (StateFileOptions.summarize), only when
   * the file is trusted: exactly as written, with no journal after it.
   */
  summary: unknown;
  /** Journal lines replayed on top of the last full save. */
  replayed: number;
  /**
   * The state as read, unshared with `data` (which its holder may change):
   * its text for the backup, its payload for what the first save compares with.
   */
  previous: PreviousState;
}

export interface PreviousState {
  text(): Promise<string>;
  data(): Promise<unknown>;
}

export function journalPathOf(path: string): string {
  return `${path}.journal`;
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw new StateError(
      `Could not read ${path}: ${(error as Error).message}. Check that ${path} is a file (not a folder) and that this user may read it and open its folder ${dirname(path)} (permissions, owner); or choose another state file (stateFile in the config file, REPORT_SYNC_STATE_FILE, or --state).`,
    );
  }
}

/** Going back to the last full save: what a journal that cannot be applied leaves as the way forward. */
function withoutJournal(path: string): string {
  return `Move ${journalPathOf(path)} away (rename it, e.g. to ${journalPathOf(path)}.old) to use ${path} as it is: the cards written since its last save carry markers, so the next sync finds them.`;
}

function corruptJournal(path: string, lineNumber: number, problem: string): StateError {
  const journal = journalPathOf(path);
  return new StateError(
    `The state journal ${journal} cannot be read (line ${lineNumber}: ${problem}). It was left untouched. ${withoutJournal(path)} Or: ${recoveryHint(path)}`,
  );
}

/** A well-formed journal that does not continue this state file (another file's, or one left beside a restored backup). */
function foreignJournal(path: string, problem: string): StateError {
  return new StateError(
    `The state journal ${journalPathOf(path)} does not continue ${path}: ${problem}, so its changes cannot be applied. Both files were left untouched. ${withoutJournal(path)}`,
  );
}

/**
 * Replays the journal's complete lines on the envelope. The last line may be
 * cut short by a crash while it was written: that checkpoint never finished,
 * so it is skipped. Lines older than the envelope (a crash between a full
 * save and the journal's removal) are skipped too.
 */
async function replayJournal(path: string, envelope: Envelope, text: string): Promise<number> {
  const { journalLineSchema } = await import('./journal-line.ts');
  const lines = text.split('\n');
  const complete = lines.slice(0, -1); // whatever follows the last newline is a torn write, or nothing
  let replayed = 0;
  for (const [index, line] of complete.entries()) {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw corruptJournal(path, index + 1, 'not valid JSON');
    }
    const parsed = journalLineSchema.safeParse(json);
    if (!parsed.success) throw corruptJournal(path, index + 1, firstIssue(parsed.error));
    const entry = parsed.data;
    if (entry.lineage !== envelope.lineage) {
      throw foreignJournal(
        path,
        `it belongs to another state file (line ${index + 1} is from the file with lineage ${entry.lineage}; ${path} has lineage ${envelope.lineage})`,
      );
    }
    if (entry.serial <= envelope.serial) continue;
    if (entry.serial !== envelope.serial + 1) {
      throw foreignJournal(
        path,
        `its line ${index + 1} is save ${entry.serial}, but ${path}${replayed > 0 ? ` with the journal's earlier lines` : ''} ends at save ${envelope.serial}, so the saves between are missing (was ${path} restored from ${path}.bak, or copied from elsewhere, without moving its journal away?)`,
      );
    }
    envelope.data = applyOps(envelope.data, entry.ops);
    envelope.serial = entry.serial;
    envelope.savedAt = entry.savedAt;
    replayed++;
  }
  return replayed;
}

/** Reads the state file and its journal; undefined when there is no state file yet. */
export async function loadState<T>(
  path: string,
  schema: PayloadSchema<T>,
  supportedVersion: number,
  options: { lazy?: boolean } = {},
): Promise<LoadedState<T> | undefined> {
  const journal = (await readIfExists(journalPathOf(path)))?.toString('utf8');
  // Read again when needed rather than kept: the text is as large as the state, and only a run that writes needs it.
  const again = () => readFile(path, 'utf8');
  const previous = { text: again, data: async () => (JSON.parse(await again()) as Envelope).data };
  // Streamed, its data built when asked for: only for a run holding the lock, for whom the file cannot change meanwhile.
  const trusted = !journal && options.lazy ? readTrusted(path, supportedVersion) : undefined;
  if (trusted) {
    let data: T | undefined;
    return {
      get data() {
        return (data ??= trusted.data() as T);
      },
      envelope: trusted.head,
      summary: trusted.head.summary,
      replayed: 0,
      previous,
    };
  }
  const bytes = await readIfExists(path);
  if (bytes === undefined) return undefined;
  const whole = journal ? undefined : trustedEnvelope(bytes, supportedVersion);
  if (whole) {
    const { data, ...head } = whole;
    return { data: data as T, envelope: head, summary: head.summary, replayed: 0, previous };
  }
  const envelope = parseEnvelope(path, bytes.toString('utf8'), supportedVersion);
  const replayed = journal === undefined ? 0 : await replayJournal(path, envelope, journal);
  // The schema's result is a copy, so the envelope's data stays as read.
  const data = parsePayload(path, envelope.data, typeof schema === 'function' ? await schema() : schema);
  const fromEnvelope = { text: async () => formatEnvelope(envelope), data: async () => envelope.data };
  const { data: _raw, ...head } = envelope;
  return { data, envelope: head, summary: undefined, replayed, previous: fromEnvelope };
}
