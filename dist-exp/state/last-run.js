/**
 * The last run, whatever it did, in a small file beside the state file
 * (`<state>.last-run.json`). A run that changed nothing writes only this file,
 * so the state itself stays untouched by a no-op (and cheap to read next
 * time), while `status` still shows that an idle worker is alive.
 */
import { readFile } from 'node:fs/promises';
import { replaceFile } from "./durable-write.js";
import { runSummarySchema } from "./sync-state.js";
export function lastRunPathOf(stateFile) {
    return `${stateFile}.last-run.json`;
}
/** Null when no run was recorded, or the record cannot be read: it is a report of the past, never input to a sync. */
export async function readLastRun(stateFile) {
    const text = await readFile(lastRunPathOf(stateFile), 'utf8').catch(() => null);
    if (text === null)
        return null;
    try {
        const parsed = runSummarySchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
    }
    catch {
        return null;
    }
}
export async function writeLastRun(stateFile, run) {
    await replaceFile(lastRunPathOf(stateFile), `${JSON.stringify(run)}\n`);
}
//# sourceMappingURL=last-run.js.map