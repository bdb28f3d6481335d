/**
 * The checklist report-sync adds to a card, compared with the one on the
 * board: nothing to do, items to add, or a change that is not made (existing
 * check items are never edited). A checklist report-sync cannot find as it
 * wrote it was changed by a person, and is left alone. Pure.
 */
import type { WrittenChecklist } from '../state/sync-state.ts';
import type { TrelloChecklist } from '../trello/types.ts';

export type ChecklistStep =
  | { step: 'none' }
  | { step: 'add'; items: string[] }
  /** Items to add at the end of the existing checklist (the report's list grew, or a crash cut it short). */
  | { step: 'append'; checklistId: string; items: string[] }
  /** The report's checklist changed other than by growing: existing check items are not edited. */
  | { step: 'not-editable' };

export interface ChecklistDiff {
  step: ChecklistStep;
  /**
   * Our checklist as found on the card where the state is behind: not recorded (a crash between its
   * creation and the checkpoint), or with more of the wanted items than recorded (an append cut short).
   */
  adopt: WrittenChecklist | null;
}

/** The step from the checklist last written (`was`) to the wanted items, or `person` when a person changed it. */
export function diffChecklist(
  was: WrittenChecklist | null,
  onCard: readonly TrelloChecklist[],
  want: readonly string[],
  checklistName: string,
): ChecklistDiff | 'person' {
  if (was === null) {
    const ours = onCard.find((c) => c.name === checklistName);
    if (!ours)
      return { step: want.length > 0 ? { step: 'add', items: [...want] } : { step: 'none' }, adopt: null };
    const adopt = toWritten(ours);
    return { step: growth(adopt, want), adopt };
  }
  const current = onCard.find((c) => c.id === was.id);
  const items = current?.checkItems.map((i) => i.name);
  if (!items) return 'person';
  if (sameList(items, was.items)) return { step: growth(was, want), adopt: null };
  // More than recorded, along the wanted list: an append a crash or a lost answer cut short, not a person.
  if (startsWith(items, was.items) && startsWith(want, items)) {
    const adopt = { ...was, items };
    return { step: growth(adopt, want), adopt };
  }
  return 'person';
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

const startsWith = (list: readonly string[], prefix: readonly string[]) =>
  prefix.length <= list.length && prefix.every((v, i) => v === list[i]);

/** From the items a checklist has to the items wanted: nothing, some appended, or a change not made. */
function growth(have: WrittenChecklist, want: readonly string[]): ChecklistStep {
  if (sameList(want, have.items)) return { step: 'none' };
  return startsWith(want, have.items)
    ? { step: 'append', checklistId: have.id, items: want.slice(have.items.length) }
    : { step: 'not-editable' };
}

export function toWritten(checklist: TrelloChecklist): WrittenChecklist {
  return { id: checklist.id, name: checklist.name, items: checklist.checkItems.map((i) => i.name) };
}
