/**
 * A state file read as report-sync wrote it, for a run that holds its lock:
 * the head from the file's first bytes, the data's checksum taken as its
 * bytes stream by a chunk at a time, and the data decoded only when asked
 * for. A run with nothing to do needs the head's summary alone, so it never
 * holds the file's megabytes, let alone the payload built from them.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { StateError } from '../errors.ts';
import {
  checksumFrom,
  dataHash,
  endsAsWritten,
  type Envelope,
  FILE_END_BYTES,
  trustedHead,
} from './envelope.ts';

const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export interface TrustedFile {
  head: Omit<Envelope, 'data'>;
  /** The data, read again and checked against the checksum: a StateError if the file changed since. */
  data(): unknown;
}

/** The file when it is exactly as written and its data matches its checksum; undefined for any other (or none). */
export function readTrusted(path: string, version: number): TrustedFile | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined; // absent or unreadable: the full read says which
  }
  try {
    const first = Buffer.alloc(HEAD_BYTES);
    const trusted = trustedHead(first.subarray(0, readSync(fd, first, 0, HEAD_BYTES, 0)), version);
    if (!trusted) return undefined;
    const checked = checkedData(fd, trusted.dataStart);
    if (checked?.checksum !== trusted.head.checksum) return undefined;
    return { head: trusted.head, data: () => dataOf(path, version, trusted.head.checksum) };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The checksum of the data from `start` to the file's end, read a chunk at a time; undefined when the file does not end as written. */
function checkedData(fd: number, start: number): { checksum: string } | undefined {
  const end = fstatSync(fd).size - FILE_END_BYTES;
  if (end < start) return undefined;
  const hash = dataHash();
  const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, end - start));
  for (let at = start; at < end;) {
    const read = readSync(fd, chunk, 0, Math.min(chunk.length, end - at), at);
    if (read === 0) return undefined; // cut short meanwhile
    hash.update(chunk.subarray(0, read));
    at += read;
  }
  const tail = Buffer.alloc(FILE_END_BYTES);
  const whole = readSync(fd, tail, 0, FILE_END_BYTES, end) === FILE_END_BYTES && endsAsWritten(tail);
  return whole ? { checksum: checksumFrom(hash) } : undefined;
}

/** The data, read once more: the file is this run's while it holds the lock, so it is the one checked. */
function dataOf(path: string, version: number, checksum: string): unknown {
  const bytes = readFileSync(path);
  const trusted = trustedHead(bytes, version);
  const end = bytes.length - FILE_END_BYTES;
  const data = trusted ? bytes.subarray(trusted.dataStart, end) : undefined;
  if (!data || checksumFrom(dataHash().update(data)) !== checksum) {
    throw new StateError(
      `The state file ${path} was changed by something else while this run held its lock (its data no longer matches the checksum it was read with). Nothing was written. Make sure only report-sync writes ${path}, then run again.`,
    );
  }
  return JSON.parse(data.toString('utf8')) as unknown;
}
