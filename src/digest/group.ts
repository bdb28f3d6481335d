/**
 * A section's order: grouped by list (in board order), then by member (the
 * names of a card's members together; cards without one last), then by card
 * name. The text formats show the groups; JSON keeps the order. Pure.
 */
import type { DigestEntry } from './types.ts';

const byName = new Intl.Collator('en', { numeric: true });

/** The member group of an entry: its members' names, sorted; '' for none. */
export function memberGroup(entry: DigestEntry): string {
  return entry.members
    .map((m) => m.fullName || m.username)
    .sort(byName.compare)
    .join(', ');
}

/** Entries (each with the rank of its list) in section order. */
export function arrange(entries: readonly { entry: DigestEntry; listRank: number }[]): DigestEntry[] {
  return [...entries]
    .sort(
      (a, b) =>
        a.listRank - b.listRank ||
        byName.compare(a.entry.list, b.entry.list) ||
        compareGroups(memberGroup(a.entry), memberGroup(b.entry)) ||
        byName.compare(a.entry.name, b.entry.name) ||
        byName.compare(a.entry.url, b.entry.url),
    )
    .map(({ entry }) => entry);
}

function compareGroups(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return byName.compare(a, b);
}

/** Consecutive entries of one list and one member group, as the text formats show them. */
export interface EntryGroup {
  list: string;
  members: string;
  entries: DigestEntry[];
}

export function groupsOf(entries: readonly DigestEntry[]): { list: string; groups: EntryGroup[] }[] {
  const lists: { list: string; groups: EntryGroup[] }[] = [];
  for (const entry of entries) {
    let list = lists.at(-1);
    if (list?.list !== entry.list) {
      list = { list: entry.list, groups: [] };
      lists.push(list);
    }
    const members = memberGroup(entry);
    let group = list.groups.at(-1);
    if (group?.members !== members) {
      group = { list: entry.list, members, entries: [] };
      list.groups.push(group);
    }
    group.entries.push(entry);
  }
  return lists;
}
