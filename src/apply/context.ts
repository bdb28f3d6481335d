/** What every step of the applier works with: the gateway, the state being written, the ids learnt this run. */
import type { Logger } from '../log/logger.ts';
import type { CardRecord, SyncState } from '../state/sync-state.ts';
import type { TrelloGateway } from '../trello/types.ts';
import type { Ids, LabelRef, ListRef } from '../plan/card-fields.ts';
import type { CardReader } from './card-reader.ts';

/** What a person changed on a card between the plan and its write: report-sync left it. */
export interface LeftToPeople {
  key: string;
  title: string;
  /** The fields, `checklist: <item>` for a check item's state, or `card` for a card deleted meanwhile. */
  fields: string[];
}

export interface ApplyContext {
  gateway: TrelloGateway;
  boardId: string;
  /** Mutated in place by the steps; `save` checkpoints it. */
  state: SyncState;
  save(): Promise<void>;
  now(): string;
  logger: Logger;
  checklistName: string;
  /** Ids of lists and labels created this run, by name. */
  created: { lists: Map<string, string>; labels: Map<string, string> };
  /** Reads each card again right before it is written. */
  reader: CardReader;
  /** Appended to by the steps that left a person's fresh change alone. */
  left: LeftToPeople[];
}

/** Notes, and logs once, what a person changed since the plan and report-sync therefore did not write. */
export function leaveToPeople(ctx: ApplyContext, entry: LeftToPeople): void {
  ctx.left.push(entry);
  ctx.logger.warn(
    { item: entry.key, title: entry.title, fields: entry.fields },
    `left as a person changed it since the plan: ${entry.fields.join(', ')}`,
  );
}

/** The ids of the lists and labels a card goes in, those created earlier in this run included. */
export function appliedIds(ctx: ApplyContext): Ids {
  return {
    list: (ref: ListRef) => {
      const id = ref.id ?? ctx.created.lists.get(ref.name);
      if (!id) throw new Error(`list "${ref.name}" was to be created earlier in this run, and was not`);
      return id;
    },
    labels: (refs: readonly LabelRef[]) =>
      refs.map((ref) => {
        const id = ref.id ?? ctx.created.labels.get(ref.name);
        if (!id) throw new Error(`label "${ref.name}" was to be created earlier in this run, and was not`);
        return id;
      }),
  };
}

export function recordOf(ctx: ApplyContext, key: string): CardRecord {
  const record = ctx.state.cards[key];
  if (!record) throw new Error(`no state record for item ${key}`);
  return record;
}
