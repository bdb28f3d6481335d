/**
 * Lists, labels and members, found on the board by name. Names match as
 * people write them: case, spaces and hyphens aside, so a board's `To Do`
 * serves the `TODO` kind and nothing is created beside it. A list or label is
 * created only when missing, and only when a planned create or update uses it:
 * `actions(planned)` returns the `ensure-*` actions of the missing lists and
 * labels those actions refer to. A list a person renamed is still found: when
 * no open list has the configured name, the open list that report-sync last
 * wrote the cards of that role to is taken (unless the settings changed since
 * the last clean run: then the configured name may be what changed). Pure (the memo is local to one plan).
 */
import type { CardRecord } from '../state/sync-state.ts';
import type { BoardSnapshot } from '../trello/types.ts';
import type { BoardNames } from './card-fields.ts';
import { refsUsed } from './card-values.ts';
import { memberResolver } from './owners.ts';
import type { LabelRef, ListRef, ListRole, PlannedAction, SyncSettings } from './types.ts';

export interface BoardSetup extends BoardNames {
  /** The ensure actions for the missing lists and labels that these planned actions write. */
  actions(planned: readonly PlannedAction[]): PlannedAction[];
}

/** A list or label name as compared: `To Do`, `to-do` and `TODO` are one name. */
export const foldName = (name: string) =>
  name
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\s\-‐-―_]+/gu, '');

const ROLES: readonly ListRole[] = ['todo', 'planned', 'done'];

/** The role of the list report-sync last wrote a record's card to; none once a person moved the card. */
const roleOf = (record: CardRecord): ListRole | null =>
  record.personFields.includes('idList') ? null : record.doneIn !== null ? 'done' : record.kind;

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
  const configured = new Set(ROLES.map((role) => foldName(settings.lists[role])));

  /** The open list the cards of this role were last written to, when a person renamed it. */
  const renamed = (role: ListRole) => {
    if (settingsChanged) return undefined;
    const votes = new Map<string, number>();
    for (const record of Object.values(cards)) {
      if (roleOf(record) === role && record.written.idList)
        votes.set(record.written.idList, (votes.get(record.written.idList) ?? 0) + 1);
    }
    const [best] = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const list = best && open.find((l) => l.id === best[0]);
    // A list named as another role's list is that role's, not a renamed one.
    return list && !configured.has(foldName(list.name)) ? list : undefined;
  };

  const findList = (role: ListRole): ListRef => {
    const name = settings.lists[role];
    const known = lists.get(foldName(name));
    if (known) return known;
    const found =
      open.find((l) => l.name === name) ??
      open.find((l) => foldName(l.name) === foldName(name)) ??
      renamed(role);
    const ref = { name: found?.name ?? name, id: found?.id ?? null };
    if (!found)
      ensures.set(ref, { type: 'ensure-list', name, why: `no open list named "${name}" on the board` });
    lists.set(foldName(name), ref);
    return ref;
  };

  const findLabel = (name: string, color: string | null): LabelRef => {
    const known = labels.get(foldName(name));
    if (known) return known;
    const found =
      snapshot.labels.find((l) => l.name === name) ??
      snapshot.labels.find((l) => foldName(l.name) === foldName(name));
    const ref = { name, color, id: found?.id ?? null };
    if (!found)
      ensures.set(ref, { type: 'ensure-label', name, color, why: `no label named "${name}" on the board` });
    labels.set(foldName(name), ref);
    return ref;
  };

  return {
    list: (role) => findList(role),
    kindLabel: (kind) => findLabel(settings.labels[kind].name, settings.labels[kind].color),
    reportLabel: (title) => findLabel(title, null),
    memberId: memberResolver(snapshot.members, settings.people),
    // Lists are created left to right in the roles' order (TODO, Planned, Done), whichever a card needed first.
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
  const rank = ROLES.map((role) => settings.lists[role]).indexOf(action.name);
  return rank === -1 ? 0 : rank;
}
