/**
 * Check items added to an existing checklist: to finish one a crash or a lost
 * answer cut short (the gateway adds a checklist's items one request at a
 * time), or to follow a report whose checklist grew.
 *
 * TrelloGateway has no such call yet (requested); it is used when the gateway
 * offers `addCheckItems`, and reported as a failure otherwise.
 */
import type { WrittenChecklist } from '../../state/sync-state.ts';
import type { TrelloCheckItem, TrelloGateway } from '../../trello/types.ts';
import { type ApplyContext, recordOf } from './context.ts';
import { writeOnce } from './reconcile.ts';

export interface CheckItemWriter {
  addCheckItems(checklistId: string, items: string[]): Promise<TrelloCheckItem[]>;
}

export function checkItemWriter(gateway: TrelloGateway): CheckItemWriter | null {
  const add = (gateway as TrelloGateway & Partial<CheckItemWriter>).addCheckItems;
  return typeof add === 'function' ? { addCheckItems: add.bind(gateway) } : null;
}

/** Adds `want`'s items missing from `have` (a prefix of `want`), then records the whole checklist as written. */
export async function completeChecklist(
  ctx: ApplyContext,
  key: string,
  have: WrittenChecklist,
  want: readonly string[],
): Promise<void> {
  let items = have.items;
  const writer = checkItemWriter(ctx.gateway);
  if (items.length < want.length) {
    if (!writer) {
      throw new Error(
        `checklist "${have.name}" on card for item ${key} has ${items.length} of its ${want.length} items, and this Trello gateway cannot add items to an existing checklist (it needs addCheckItems); the next sync tries again`,
      );
    }
    await writeOnce(
      ctx,
      `add check items to ${key}`,
      () => writer.addCheckItems(have.id, want.slice(items.length)),
      (snapshot) => {
        const now = snapshot.checklists.find((c) => c.id === have.id)?.checkItems.map((i) => i.name) ?? items;
        items = now;
        return now.length >= want.length ? [] : undefined;
      },
    );
  }
  const record = recordOf(ctx, key);
  ctx.state.cards[key] = {
    ...record,
    written: { ...record.written, checklist: { ...have, items: [...want] } },
  };
  await ctx.save();
}
