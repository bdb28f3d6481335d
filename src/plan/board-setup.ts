/**
 * Lists, labels and members, found on the board by name. A list or label is
 * created only when missing, and only when a planned create or update uses it:
 * `actions(planned)` returns the `ensure-*` actions of the missing lists and
 * labels those actions refer to. A list a person renamed is still found: when
 * no open list has the configured name, the open list that report-sync last
 * wrote the cards of that kind to is taken (unless the settings changed since
 * the last clean run: then the configured name may be what changed). Pure (the memo is local to one plan).
 */
import type { ItemKind } from '../extract/item.ts';
import type { CardRecord } from '../state/sync-state.ts';
import type { BoardSnapshot } from '../trello/types.ts';
import type { BoardNames } from './card-fields.ts';
import { refsUsed } from './card-values.ts';
import type { LabelRef, ListRef, PlannedAction, SyncSettings } from './types.ts';

export interface BoardSetup extends BoardNames {
  /** The ensure actions for the missing lists and labels that these planned actions write. */
  actions(planned: readonly PlannedAction[]): PlannedAction[];
}

const fold = (name: string) => name.trim().toLocaleLowerCase('en');

export function boardSetup(
  snapshot: BoardSnapshot,
  settings: SyncSettings,
  cards: Readonly<Record<string, CardRecord>> = {},
  /** The settings changed since the last clean run: a list named differently may be a renamed setting. */
  settingsChanged = false,
): BoardSetup {
  const lists = new Map<string, ListRef>();
  const labels = new Map<string, LabelRef>();
  const ensures = new Map<ListRef | LabelRef, PlannedAction>();
  const open = snapshot.lists.filter((l) => !l.closed);
  const configured = new Set(Object.values(settings.lists).map(fold));

  /** The open list the cards of this kind were last written to, when a person renamed it. */
  const renamed = (kind: ItemKind) => {
    if (settingsChanged) return undefined;
    const votes = new Map<string, number>();
    for (const record of Object.values(cards)) {
      if (record.kind === kind && record.written.idList)
        votes.set(record.written.idList, (votes.get(record.written.idList) ?? 0) + 1);
    }
    const [best] = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const list = best && open.find((l) => l.id === best[0]);
    // A list named as another kind's list is that kind's, not a renamed one.
    return list && !configured.has(fold(list.name)) ? list : undefined;
  };

  const findList = (kind: ItemKind): ListRef => {
    const name = settings.lists[kind];
    const known = lists.get(fold(name));
    if (known) return known;
    const found =
      open.find((l) => l.name === name) ?? open.find((l) => fold(l.name) === fold(name)) ?? renamed(kind);
    const ref = { name: found?.name ?? name, id: found?.id ?? null };
    if (!found)
      ensures.set(ref, { type: 'ensure-list', name, why: `no open list named "${name}" on the board` });
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
      ensures.set(ref, { type: 'ensure-label', name, color, why: `no label named "${name}" on the board` });
    labels.set(fold(name), ref);
    return ref;
  };

  const membersByUsername = new Map(snapshot.members.map((m) => [fold(m.username), m.id]));
  const roster = new Map(Object.entries(settings.people).map(([name, username]) => [fold(name), username]));

  return {
    list: (kind) => findList(kind),
    kindLabel: (kind) => findLabel(settings.labels[kind].name, settings.labels[kind].color),
    reportLabel: (title) => findLabel(title, null),
    memberId: (owner) => {
      const username = roster.get(fold(owner)) ?? owner;
      return membersByUsername.get(fold(username.replace(/^@/, ''))) ?? null;
    },
    // Lists are created left to right in the kinds' order (TODO, then Planned), whichever a card needed first.
    actions: (planned) => {
      const used = new Set<PlannedAction>();
      const use = (ref: ListRef | LabelRef | undefined) => {
        const ensure = ref && ensures.get(ref);
        if (ensure) used.add(ensure);
      };
      for (const action of planned) {
        if (action.type === 'create') refsUsed(action.card).forEach(use);
        else if (action.type === 'update') refsUsed(action.card, action.fields).forEach(use);
      }
      return [...ensures.values()]
        .filter((a) => used.has(a))
        .sort((a, b) => listRank(a, settings) - listRank(b, settings));
    },
  };
}

function listRank(action: PlannedAction, settings: SyncSettings): number {
  if (action.type !== 'ensure-list') return 0;
  const rank = [settings.lists.todo, settings.lists.planned].indexOf(action.name);
  return rank === -1 ? 0 : rank;
}
