/**
 * An item's owner, as written in a report, to a member of the board: an
 * `@handle` (or a bare word) by username, a name through the `people` roster
 * (name -> username), then by a member's full name, exact but for case. An
 * owner none of these finds is unresolved: reported, never dropped silently.
 * Pure.
 */
import type { TrelloMember } from '../trello/types.ts';

const fold = (text: string) => text.normalize('NFKC').trim().toLocaleLowerCase('en');

/** The member id an owner stands for, or null. */
export type MemberResolver = (owner: string) => string | null;

export function memberResolver(
  members: readonly TrelloMember[],
  people: Readonly<Record<string, string>>,
): MemberResolver {
  const byUsername = new Map(members.map((m) => [fold(m.username), m.id]));
  const byFullName = new Map<string, string>();
  for (const member of members) {
    const name = fold(member.fullName);
    // Two members of one name: neither is guessed.
    if (name) byFullName.set(name, byFullName.has(name) ? '' : member.id);
  }
  const roster = new Map(Object.entries(people).map(([name, username]) => [fold(name), username]));
  const username = (text: string) => byUsername.get(fold(text.replace(/^@/, ''))) ?? null;
  return (owner) => {
    const listed = roster.get(fold(owner));
    if (listed !== undefined) return username(listed);
    return username(owner) ?? (byFullName.get(fold(owner)) || null);
  };
}

/** The owners (as written) none of the board's members stands for, in the order first met. */
export function unresolvedOwners(owners: Iterable<string>, resolve: MemberResolver): string[] {
  const unresolved = new Set<string>();
  for (const owner of owners) if (resolve(owner) === null) unresolved.add(owner);
  return [...unresolved];
}
