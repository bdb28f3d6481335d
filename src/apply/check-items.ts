/**
 * A card's checklist and its items. Trello has no bulk call for check items,
 * so the gateway sends one request per item and a call can stop part-way; it
 * then throws IncompleteChecklistError, which names the checklist and the
 * items not confirmed. After a refused item nothing is in doubt: the rest are
 * sent again at once. After a lost answer that one item may exist: the board
 * settles it before anything is sent again. The checklist is recorded as far
 * as it is known to go, so a later run appends the rest and adds nothing twice.
 */
import type { WrittenChecklist } from '../state/sync-state.ts';
import { IncompleteChecklistError, OutcomeUnknownError } from '../trello/errors.ts';
import { toWritten } from '../plan/checklist.ts';
import type { CheckItemState } from '../plan/types.ts';
import { type ApplyContext, leaveToPeople, recordOf } from './context.ts';
import { pendingWrite, writeIntended } from './intent.ts';
import { MAX_WRITE_ATTEMPTS, writeOnce } from './reconcile.ts';

/** How far a checklist is known to go, and whether the next wanted item may be on the board already. */
interface Progress {
  checklist: WrittenChecklist;
  inDoubt: boolean;
}

/** Adds the checklist `name` with `items` to a card, and records it. */
export async function createChecklist(
  ctx: ApplyContext,
  key: string,
  cardId: string,
  name: string,
  items: readonly string[],
): Promise<void> {
  let progress: Progress;
  try {
    const made = await writeOnce(
      ctx,
      `add checklist to ${key}`,
      () => ctx.gateway.addChecklist(cardId, name, [...items]),
      (snap) => snap.checklists.find((c) => c.idCard === cardId && c.name === name),
    );
    // Found on the board after a lost answer, it may be short of items: the rest are added.
    progress = { checklist: toWritten(made), inDoubt: false };
  } catch (error) {
    if (!(error instanceof IncompleteChecklistError)) throw error;
    progress = cutShort({ id: error.checklistId, name, items: [], complete: [] }, error, items);
  }
  await complete(ctx, key, progress, items);
}

/** Adds `want`'s items beyond `have` (a prefix of `want`) to a recorded checklist, and records it. */
export async function appendCheckItems(
  ctx: ApplyContext,
  key: string,
  have: WrittenChecklist,
  want: readonly string[],
): Promise<void> {
  await complete(ctx, key, { checklist: have, inDoubt: false }, want);
}

async function complete(ctx: ApplyContext, key: string, start: Progress, want: readonly string[]) {
  let { checklist, inDoubt } = start;
  try {
    for (let attempt = 1; ; attempt++) {
      if (inDoubt) {
        checklist = await settleDoubt(ctx, checklist, want);
        inDoubt = false;
      }
      if (checklist.items.length >= want.length) break;
      try {
        await ctx.gateway.addCheckItems(checklist.id, want.slice(checklist.items.length));
        checklist = { ...checklist, items: [...want] };
      } catch (error) {
        if (!(error instanceof OutcomeUnknownError)) throw error;
        ({ checklist, inDoubt } =
          error instanceof IncompleteChecklistError
            ? cutShort(checklist, error, want)
            : { checklist, inDoubt: true });
        if (attempt >= MAX_WRITE_ATTEMPTS) throw error;
        ctx.logger.warn(
          { item: key, checklist: checklist.id, attempt },
          inDoubt
            ? 'check items cut short by a lost answer; checking the board before adding the rest'
            : 'check items cut short; adding the rest',
        );
      }
    }
  } catch (error) {
    // Recorded as far as it is known to go: the next run appends the rest (an item in doubt included).
    await record(ctx, key, checklist);
    throw error;
  }
  await record(ctx, key, checklist);
}

/** Where a call that stopped part-way left the checklist: its confirmed items, and one in doubt after a lost answer. */
function cutShort(
  checklist: WrittenChecklist,
  error: IncompleteChecklistError,
  want: readonly string[],
): Progress {
  const items = want.slice(0, checklist.items.length + error.added.length);
  return { checklist: { ...checklist, items }, inDoubt: error.cause instanceof OutcomeUnknownError };
}

/** Whether the item after the confirmed ones made it to the board, from a snapshot. */
async function settleDoubt(
  ctx: ApplyContext,
  checklist: WrittenChecklist,
  want: readonly string[],
): Promise<WrittenChecklist> {
  const snapshot = await ctx.gateway.snapshot(ctx.boardId);
  const onBoard = snapshot.checklists.find((c) => c.id === checklist.id);
  if (!onBoard) {
    throw new Error(
      `checklist "${checklist.name}" (${checklist.id}) is no longer on the board; the next sync plans the card again`,
    );
  }
  const next = checklist.items.length;
  const landed = onBoard.checkItems[next]?.name === want[next];
  if (landed) ctx.logger.info({ checklist: checklist.id }, 'the check item had been added; not repeated');
  return landed ? { ...checklist, items: want.slice(0, next + 1) } : checklist;
}

async function record(ctx: ApplyContext, key: string, checklist: WrittenChecklist): Promise<void> {
  const record = recordOf(ctx, key);
  ctx.state.cards[key] = { ...record, written: { ...record.written, checklist } };
  await ctx.save();
}

/**
 * Sets check items of report-sync's checklist to the states the newest report
 * gives them, on the checklist as it is now: an item a person checked or
 * unchecked since report-sync last wrote it, or removed, is left, and said.
 * Setting a state is idempotent, so one whose answer was lost is sent again.
 * Each state is recorded as pending before it is sent (intent.ts).
 */
export async function setCheckItems(
  ctx: ApplyContext,
  key: string,
  title: string,
  cardId: string,
  items: readonly CheckItemState[],
): Promise<void> {
  const ours = recordOf(ctx, key).written.checklist;
  if (!ours) throw new Error(`no recorded checklist for item ${key}`);
  const onCard = (await ctx.reader.checklists(cardId)).find((c) => c.id === ours.id);
  let complete = [...ours.complete];
  const left: string[] = [];
  for (const item of items) {
    const found = onCard?.checkItems.find((i) => i.name === item.name);
    const is = found?.state === 'complete';
    if (!found || is !== complete.includes(item.name)) {
      left.push(`checklist: ${item.name}`);
      continue;
    }
    if (is === item.complete) continue;
    complete = item.complete ? [...complete, item.name] : complete.filter((name) => name !== item.name);
    const before = recordOf(ctx, key);
    const checklist = { ...ours, complete };
    const intent = { ...before, pending: pendingWrite(before, { checklist }) };
    await writeIntended(ctx, key, intent, before, () =>
      withRetries(ctx, `set check item of ${key}`, () =>
        ctx.gateway.setCheckItemState(cardId, found.id, item.complete),
      ),
    );
    ctx.state.cards[key] = { ...before, written: { ...before.written, checklist } };
    await ctx.save();
  }
  if (left.length > 0) leaveToPeople(ctx, { key, title, fields: left });
}

async function withRetries<T>(ctx: ApplyContext, what: string, write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof OutcomeUnknownError) || attempt >= MAX_WRITE_ATTEMPTS) throw error;
      ctx.logger.warn(
        { what, attempt },
        'write outcome unknown; sending it again (it changes nothing twice)',
      );
    }
  }
}
