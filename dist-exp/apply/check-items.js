import { IncompleteChecklistError, OutcomeUnknownError } from "../trello/errors.js";
import { toWritten } from "../plan/checklist.js";
import { leaveToPeople, recordOf } from "./context.js";
import { MAX_WRITE_ATTEMPTS, writeOnce } from "./reconcile.js";
/** Adds the checklist `name` with `items` to a card, and records it. */
export async function createChecklist(ctx, key, cardId, name, items) {
    let progress;
    try {
        const made = await writeOnce(ctx, `add checklist to ${key}`, () => ctx.gateway.addChecklist(cardId, name, [...items]), (snap) => snap.checklists.find((c) => c.idCard === cardId && c.name === name));
        // Found on the board after a lost answer, it may be short of items: the rest are added.
        progress = { checklist: toWritten(made), inDoubt: false };
    }
    catch (error) {
        if (!(error instanceof IncompleteChecklistError))
            throw error;
        progress = cutShort({ id: error.checklistId, name, items: [], complete: [] }, error, items);
    }
    await complete(ctx, key, progress, items);
}
/** Adds `want`'s items beyond `have` (a prefix of `want`) to a recorded checklist, and records it. */
export async function appendCheckItems(ctx, key, have, want) {
    await complete(ctx, key, { checklist: have, inDoubt: false }, want);
}
async function complete(ctx, key, start, want) {
    let { checklist, inDoubt } = start;
    try {
        for (let attempt = 1;; attempt++) {
            if (inDoubt) {
                checklist = await settleDoubt(ctx, checklist, want);
                inDoubt = false;
            }
            if (checklist.items.length >= want.length)
                break;
            try {
                await ctx.gateway.addCheckItems(checklist.id, want.slice(checklist.items.length));
                checklist = { ...checklist, items: [...want] };
            }
            catch (error) {
                if (!(error instanceof OutcomeUnknownError))
                    throw error;
                ({ checklist, inDoubt } =
                    error instanceof IncompleteChecklistError
                        ? cutShort(checklist, error, want)
                        : { checklist, inDoubt: true });
                if (attempt >= MAX_WRITE_ATTEMPTS)
                    throw error;
                ctx.logger.warn({ item: key, checklist: checklist.id, attempt }, inDoubt
                    ? 'check items cut short by a lost answer; checking the board before adding the rest'
                    : 'check items cut short; adding the rest');
            }
        }
    }
    catch (error) {
        // Recorded as far as it is known to go: the next run appends the rest (an item in doubt included).
        await record(ctx, key, checklist);
        throw error;
    }
    await record(ctx, key, checklist);
}
/** Where a call that stopped part-way left the checklist: its confirmed items, and one in doubt after a lost answer. */
function cutShort(checklist, error, want) {
    const items = want.slice(0, checklist.items.length + error.added.length);
    return { checklist: { ...checklist, items }, inDoubt: error.cause instanceof OutcomeUnknownError };
}
/** Whether the item after the confirmed ones made it to the board, from a snapshot. */
async function settleDoubt(ctx, checklist, want) {
    const snapshot = await ctx.gateway.snapshot(ctx.boardId);
    const onBoard = snapshot.checklists.find((c) => c.id === checklist.id);
    if (!onBoard) {
        throw new Error(`checklist "${checklist.name}" (${checklist.id}) is no longer on the board; the next sync plans the card again`);
    }
    const next = checklist.items.length;
    const landed = onBoard.checkItems[next]?.name === want[next];
    if (landed)
        ctx.logger.info({ checklist: checklist.id }, 'the check item had been added; not repeated');
    return landed ? { ...checklist, items: want.slice(0, next + 1) } : checklist;
}
async function record(ctx, key, checklist) {
    const record = recordOf(ctx, key);
    ctx.state.cards[key] = { ...record, written: { ...record.written, checklist } };
    await ctx.save();
}
/**
 * Sets check items of report-sync's checklist to the states the newest report
 * gives them, on the checklist as it is now: an item a person checked or
 * unchecked since report-sync last wrote it, or removed, is left, and said.
 * Setting a state is idempotent, so one whose answer was lost is sent again.
 */
export async function setCheckItems(ctx, key, title, cardId, items) {
    const ours = recordOf(ctx, key).written.checklist;
    if (!ours)
        throw new Error(`no recorded checklist for item ${key}`);
    const onCard = (await ctx.reader.checklists(cardId)).find((c) => c.id === ours.id);
    let complete = [...ours.complete];
    const left = [];
    for (const item of items) {
        const found = onCard?.checkItems.find((i) => i.name === item.name);
        const is = found?.state === 'complete';
        if (!found || is !== complete.includes(item.name)) {
            left.push(`checklist: ${item.name}`);
            continue;
        }
        if (is === item.complete)
            continue;
        await withRetries(ctx, `set check item of ${key}`, () => ctx.gateway.setCheckItemState(cardId, found.id, item.complete));
        complete = item.complete ? [...complete, item.name] : complete.filter((name) => name !== item.name);
        await record(ctx, key, { ...ours, complete });
    }
    if (left.length > 0)
        leaveToPeople(ctx, { key, title, fields: left });
}
async function withRetries(ctx, what, write) {
    for (let attempt = 1;; attempt++) {
        try {
            return await write();
        }
        catch (error) {
            if (!(error instanceof OutcomeUnknownError) || attempt >= MAX_WRITE_ATTEMPTS)
                throw error;
            ctx.logger.warn({ what, attempt }, 'write outcome unknown; sending it again (it changes nothing twice)');
        }
    }
}
//# sourceMappingURL=check-items.js.map