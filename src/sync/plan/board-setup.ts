/**
 * Lists, labels and members, found on the board by name. A list or label is
 * created only when missing, and only when a card needs it: asking for it
 * registers one `ensure-*` action. Pure (the memo is local to one plan).
 */
import type { ItemKind } from '../../extract/item.ts';
import type { BoardSnapshot } from '../../trello/types.ts';
import type { LabelRef, ListRef, PlannedAction, SyncSettings } from './types.ts';

export interface BoardSetup {
  list(kind: ItemKind): ListRef;
  kindLabel(kind: ItemKind): LabelRef;
  /** The label named after a report (settings.perReportLabels). */
  reportLabel(title: string): LabelRef;
  /** Member id of a roster name, or null when the name or its username is unknown. */
  memberId(owner: string): string | null;
  /** The ensure actions registered so far. */
  actions(): PlannedAction[];
}

const fold = (name: string) => name.trim().toLocaleLowerCase('en');

export function boardSetup(snapshot: BoardSnapshot, settings: SyncSettings): BoardSetup {
  const lists = new Map<string, ListRef>();
  const labels = new Map<string, LabelRef>();
  const ensures: PlannedAction[] = [];

  const findList = (name: string): ListRef => {
    const known = lists.get(fold(name));
    if (known) return known;
    const open = snapshot.lists.filter((l) => !l.closed);
    const found = open.find((l) => l.name === name) ?? open.find((l) => fold(l.name) === fold(name));
    const ref = { name, id: found?.id ?? null };
    if (!found) ensures.push({ type: 'ensure-list', name, why: `no open list named "${name}" on the board` });
    lists.set(fold(name), ref);
    return ref;
  };

  const findLabel = (name: string, color: string | null): LabelRef => {
    const known = labels.get(fold(name));
    if (known) return known;
    const found =
      snapshot.labels.find((l) => l.name === name) ??
      snapshot.labels.find((l) => fold(l.name) === fold(name));
    const ref = { name, color, id: found?.id ?? null };
    if (!found)
      ensures.push({ type: 'ensure-label', name, color, why: `no label named "${name}" on the board` });
    labels.set(fold(name), ref);
    return ref;
  };

  const membersByUsername = new Map(snapshot.members.map((m) => [fold(m.username), m.id]));
  const roster = new Map(Object.entries(settings.people).map(([name, username]) => [fold(name), username]));

  return {
    list: (kind) => findList(settings.lists[kind]),
    kindLabel: (kind) => findLabel(settings.labels[kind].name, settings.labels[kind].color),
    reportLabel: (title) => findLabel(title, null),
    memberId: (owner) => {
      const username = roster.get(fold(owner)) ?? owner;
      return membersByUsername.get(fold(username.replace(/^@/, ''))) ?? null;
    },
    // Lists are created left to right in the kinds' order (TODO, then Planned), whichever a card needed first.
    actions: () => [...ensures].sort((a, b) => listRank(a, settings) - listRank(b, settings)),
  };
}

function listRank(action: PlannedAction, settings: SyncSettings): number {
  if (action.type !== 'ensure-list') return 0;
  const rank = [settings.lists.todo, settings.lists.planned].indexOf(action.name);
  return rank === -1 ? 0 : rank;
}
