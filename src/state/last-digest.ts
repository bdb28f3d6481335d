/**
 * The last digest written to a file, in a small file beside the state file
 * (`<state>.last-digest.json`): where the next `--since last` starts. Kept
 * beside the state rather than in it, because a digest only reads the state:
 * it takes no lock, never rewrites the state a sync owns (nor wakes a no-op
 * sync's check of it), and a lost record costs only a digest that covers the
 * default week.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { replaceFile } from './durable-write.ts';

const lastDigestSchema = z.object({
  /** The period of the digest, ISO instants. */
  from: z.string(),
  to: z.string(),
  /** Where it was written. */
  out: z.string(),
  format: z.string(),
});

export type LastDigest = z.output<typeof lastDigestSchema>;

export function lastDigestPathOf(stateFile: string): string {
  return `${stateFile}.last-digest.json`;
}

/**
 * The record, or null when no digest was written; `unreadable` says why a
 * record that exists cannot be used (the caller warns, and it is replaced by
 * the next digest written).
 */
export async function readLastDigest(
  stateFile: string,
): Promise<{ record: LastDigest | null; unreadable?: string }> {
  const path = lastDigestPathOf(stateFile);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { record: null } : { record: null, unreadable: `${path}: ${code}` };
  }
  try {
    const parsed = lastDigestSchema.safeParse(JSON.parse(text));
    if (parsed.success && Number.isFinite(Date.parse(parsed.data.to))) return { record: parsed.data };
  } catch {
    // Not JSON: told below like any other record that cannot be used.
  }
  return { record: null, unreadable: `${path} is not a digest record` };
}

export async function writeLastDigest(stateFile: string, record: LastDigest): Promise<void> {
  const path = lastDigestPathOf(stateFile);
  // A digest of a board never synced here has no state folder yet.
  await mkdir(dirname(path), { recursive: true });
  await replaceFile(path, `${JSON.stringify(record)}\n`);
}
