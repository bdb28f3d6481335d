/**
 * Owners of an item: roster names written in a trailing `(…)` of its text or
 * in a marker's `(…)` (`TODO(ann): …`). Without a roster nobody is an owner,
 * so that a parenthesised remark is never mistaken for a person.
 */

/** Name as written in reports -> Trello username. */
export type Roster = Record<string, string>;

interface RosterEntry {
  name: string;
  pattern: RegExp;
}

export type CompiledRoster = readonly RosterEntry[];

const HAN = /^\p{Script=Han}/u;
const TRAILING_PARENS = /[(（](?<inner>[^()（）]*)[)）]\s*[.:;,!。]?$/u;

export function compileRoster(roster: Roster): CompiledRoster {
  return Object.keys(roster)
    .filter((name) => name.trim() !== '')
    .map((name) => ({ name, pattern: namePattern(name.trim()) }));
}

/**
 * A name matches as a whole word, ignoring case: `Ann` is not found in
 * `Annual`. Chinese is written without spaces, so a Han edge needs no boundary.
 */
function namePattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = HAN.test(name) ? '' : String.raw`(?<![\p{L}\p{N}])`;
  const after = HAN.test([...name].at(-1) ?? '') ? '' : String.raw`(?![\p{L}\p{N}])`;
  return new RegExp(`${before}${escaped}${after}`, 'iu');
}

/** Roster names in the marker's owner and the text's trailing parentheses, in order of appearance. */
export function findOwners(text: string, markerOwner: string | undefined, roster: CompiledRoster): string[] {
  if (roster.length === 0) return [];
  const places = [markerOwner ?? '', TRAILING_PARENS.exec(text)?.groups?.['inner'] ?? ''];
  const owners: string[] = [];
  for (const place of places) {
    const found = roster
      .map((entry) => ({ name: entry.name, at: place.search(entry.pattern) }))
      .filter((hit) => hit.at >= 0)
      .sort((a, b) => a.at - b.at);
    for (const hit of found) if (!owners.includes(hit.name)) owners.push(hit.name);
  }
  return owners;
}
