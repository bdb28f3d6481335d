/**
 * The checklist report-sync adds to a card, compared with the one on the
 * board. Entries are known by their text. An entry a newer report adds is
 * appended; an entry the newest report checks (or unchecks) gets that state,
 * unless a person checked or unchecked it since report-sync last did: a
 * person's state wins, for good. Entries a person added, renamed or removed
 * are never touched, nor re-added; entries a report drops stay on the card.
 * A checklist of report-sync's that is gone from the card was removed by a
 * person, and nothing is added back. Pure.
 */
import type { StoredEntry, WrittenChecklist } from '../state/sync-state.ts';
import type { TrelloChecklist } from '../trello/types.ts';
import type { CheckItemState } from './types.ts';

export interface ChecklistSteps {
  /** A new checklist with these items: the card has none of report-sync's yet. */
  create: string[] | null;
  /** Items to append to the recorded checklist. */
  append: { checklistId: string; items: string[] } | null;
  /** States to set, by item name (items created or appended above included). */
  states: CheckItemState[];
  /**
   * Report-sync's checklist as found on the card where the state is behind: not
   * recorded (a crash between its creation and the checkpoint), or with more of
   * the wanted items than recorded (an append cut short).
   */
  adopt: WrittenChecklist | null;
}

export const NO_CHECKLIST_STEPS: ChecklistSteps = { create: null, append: null, states: [], adopt: null };

/** The steps from the checklist last written (`was`) to the wanted entries, or `person` when a person removed it. */
export function diffChecklist(
  was: WrittenChecklist | null,
  onCard: readonly TrelloChecklist[],
  want: readonly StoredEntry[],
  checklistName: string,
): ChecklistSteps | 'person' {
  const entries = distinct(want);
  let written = was;
  let adopt: WrittenChecklist | null = null;
  if (written === null) {
    const found = onCard.find((c) => c.name === checklistName);
    if (!found) {
      if (entries.length === 0) return NO_CHECKLIST_STEPS;
      const states = entries.filter((e) => e.checked).map((e) => ({ name: e.text, complete: true }));
      return { ...NO_CHECKLIST_STEPS, create: entries.map((e) => e.text), states };
    }
    written = adopt = toWritten(found);
  }
  const recorded = written;
  const current = onCard.find((c) => c.id === recorded.id);
  if (!current) return 'person';
  const onBoard = new Map<string, boolean>();
  for (const item of current.checkItems)
    if (!onBoard.has(item.name)) onBoard.set(item.name, item.state === 'complete');

  // Wanted entries on the card beyond the record: an append a crash or a lost answer cut short.
  const found = entries.filter((e) => !recorded.items.includes(e.text) && onBoard.has(e.text));
  if (found.length > 0) {
    const names = found.map((e) => e.text);
    const complete = names.filter((name) => onBoard.get(name) === true);
    written = adopt = {
      ...written,
      items: [...written.items, ...names],
      complete: [...written.complete, ...complete],
    };
  }
  const ours = written;
  const toAdd = entries.filter((e) => !ours.items.includes(e.text));
  const states: CheckItemState[] = [];
  for (const entry of entries) {
    const wrote = ours.complete.includes(entry.text);
    if (toAdd.includes(entry)) {
      if (entry.checked) states.push({ name: entry.text, complete: true });
      continue;
    }
    const is = onBoard.get(entry.text);
    // Gone (a person removed or renamed it), or checked or unchecked by a person: theirs.
    if (is === undefined || is !== wrote) continue;
    if (entry.checked !== wrote) states.push({ name: entry.text, complete: entry.checked });
  }
  const append = toAdd.length > 0 ? { checklistId: ours.id, items: toAdd.map((e) => e.text) } : null;
  return { create: null, append, states, adopt };
}

/** Entries of one text once: the first stands. */
function distinct(entries: readonly StoredEntry[]): StoredEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.text) && seen.add(e.text));
}

export function toWritten(checklist: TrelloChecklist): WrittenChecklist {
  return {
    id: checklist.id,
    name: checklist.name,
    items: checklist.checkItems.map((i) => i.name),
    complete: checklist.checkItems.filter((i) => i.state === 'complete').map((i) => i.name),
  };
}

/**
 * The checklist last written, with a pending write's check states taken
 * where the card's item reads as them: report-sync set them, and the save
 * after failed (pending.ts). `seen`: some item reads so and not as written.
 */
export function withPendingStates(
  written: WrittenChecklist | null,
  pending: WrittenChecklist,
  onCard: readonly TrelloChecklist[],
): { checklist: WrittenChecklist | null; seen: boolean } {
  const current = onCard.find((c) => c.id === pending.id);
  if (written?.id !== pending.id || !current) return { checklist: written, seen: false };
  const taken = written.items.filter((name) => {
    const was = written.complete.includes(name);
    const next = pending.complete.includes(name);
    const found = current.checkItems.find((i) => i.name === name);
    return was !== next && found !== undefined && (found.state === 'complete') === next;
  });
  if (taken.length === 0) return { checklist: written, seen: false };
  const complete = written.items.filter((name) =>
    taken.includes(name) ? pending.complete.includes(name) : written.complete.includes(name),
  );
  return { checklist: { ...written, complete }, seen: true };
}
