/**
 * The last run, whatever it did, in a small file beside the state file
 * (`<state>.last-run.json`). A run that changed nothing writes only this file,
 * so the state itself stays untouched by a no-op (and cheap to read next
 * time), while `status` still shows that an idle worker is alive.
 */
import { readFile } from 'node:fs/promises';
import { replaceFile } from './durable-write.ts';
import type { RunSummary } from './sync-state.ts';

export function lastRunPathOf(stateFile: string): string {
  return `${stateFile}.last-run.json`;
}

/** Null when no run was recorded, or the record cannot be read: it is a report of the past, never input to a sync. */
export async function readLastRun(stateFile: string): Promise<RunSummary | null> {
  const text = await readFile(lastRunPathOf(stateFile), 'utf8').catch(() => null);
  if (text === null) return null;
  const { runSummarySchema } = await import('./sync-state-schema.ts'); // `status` reads it; a sync only writes
  try {
    const parsed = runSummarySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeLastRun(stateFile: string, run: RunSummary): Promise<void> {
  await replaceFile(lastRunPathOf(stateFile), `${JSON.stringify(run)}\n`);
}
