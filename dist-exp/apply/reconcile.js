/**
 * A write whose outcome is unknown (the answer was lost, or a 5xx that may
 * follow a commit) may have happened. Before writing again, look at the
 * board: the card's marker, or the list, label or checklist by name, tells
 * whether it did.
 */
import { IncompleteChecklistError, OutcomeUnknownError } from "../trello/errors.js";
/** Writes tried per action before the unknown outcome is left to the next run (which reconciles again). */
export const MAX_WRITE_ATTEMPTS = 4;
/**
 * Runs `write`; when its outcome is unknown, takes a snapshot and asks `find`
 * whether the write happened. Found: that result. Not found: write again. A
 * checklist cut short says how far it got, so it is thrown for the caller to
 * resume from there (see check-items.ts).
 */
export async function writeOnce(ctx, what, write, find) {
    for (let attempt = 1;; attempt++) {
        try {
            return await write();
        }
        catch (error) {
            if (!(error instanceof OutcomeUnknownError) || error instanceof IncompleteChecklistError)
                throw error;
            if (attempt >= MAX_WRITE_ATTEMPTS)
                throw error;
            ctx.logger.warn({ what, attempt }, 'write outcome unknown; checking the board before writing again');
            const found = find(await ctx.gateway.snapshot(ctx.boardId));
            if (found !== undefined) {
                ctx.logger.info({ what }, 'the write had happened; not repeated');
                return found;
            }
        }
    }
}
//# sourceMappingURL=reconcile.js.map