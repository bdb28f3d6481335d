/**
 * Owners of an item (docs/extraction.md, "Owners"): besides those the walk
 * knows (a marker's owner, an owner column, a person group), an `@handle` in
 * the text, and roster names in a trailing `(…)` or a leading `Name:`,
 * `Name to …`, `Name will …`. Without a roster no name is taken from the
 * text, so that a parenthesised remark is never mistaken for a person.
 */
import { allWords } from "../languages/index.js";
const HAN = /^\p{Script=Han}/u;
const TRAILING_PARENS = /[(（](?<inner>[^()（）]*)[)）]\s*[.:;,!。]?$/u;
const LEADING_NAME = /^(?<name>[^\s:：,]+(?: [^\s:：,]+){0,2}?)(?:\s*[:：]|\s+(?:to|will)\s)/u;
/** `@` and Latin letters, digits, `-`, `_`; not after a letter, digit, `.` or `/` (an e-mail address, a URL). */
const HANDLE = /(?<![\p{L}\p{N}.@/])@[A-Za-z0-9][A-Za-z0-9_-]*/gu;
const JOINS = allWords((l) => l.ownerJoins);
const NAME_SEPARATORS = new RegExp(`\\s*(?:[,&/、;；，]|\\s(?:${JOINS.join('|')})\\s)\\s*`, 'iu');
export function compileRoster(roster) {
    return Object.keys(roster)
        .filter((name) => name.trim() !== '')
        .map((name) => ({ name, pattern: namePattern(name.trim()) }));
}
/**
 * A name matches as a whole word, ignoring case: `Ann` is not found in
 * `Annual`. Chinese is written without spaces, so a Han edge needs no boundary.
 */
function namePattern(name) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const before = HAN.test(name) ? '' : String.raw `(?<![\p{L}\p{N}])`;
    const after = HAN.test([...name].at(-1) ?? '') ? '' : String.raw `(?![\p{L}\p{N}])`;
    return new RegExp(`${before}${escaped}${after}`, 'iu');
}
/** The names in a cell or a `(…)`: split at `,` `&` `/` `、` and `and`, `og`, `und`, `et`. */
export function splitNames(text) {
    return text
        .split(NAME_SEPARATORS)
        .map((part) => part.trim())
        .filter((part) => part !== '');
}
/** @handles in the text, not inside a code span, in order. */
export function handlesIn(text, code = []) {
    return [...text.matchAll(HANDLE)]
        .map((m) => m[0])
        .filter((handle) => !code.some((c) => c.includes(handle)));
}
/** A name as the roster spells it, when the roster knows it (`TODO(dana)` -> `Dana`); else as written. */
export function rosterSpelling(name, roster) {
    return roster.find((e) => e.name.toLowerCase() === name.trim().toLowerCase())?.name ?? name;
}
/** Roster names in the text's trailing `(…)` and in a leading `Name:` / `Name to …` / `Name will …`. */
export function rosterOwners(text, roster) {
    if (roster.length === 0)
        return [];
    const owners = [];
    const inner = TRAILING_PARENS.exec(text)?.groups?.['inner'];
    if (inner !== undefined) {
        for (const part of splitNames(inner)) {
            const entry = roster.find((e) => e.pattern.test(part) && e.pattern.exec(part)?.[0].length === part.length);
            if (entry)
                owners.push(entry.name);
        }
    }
    const leading = LEADING_NAME.exec(text)?.groups?.['name'];
    const entry = leading ? roster.find((e) => e.name.toLowerCase() === leading.toLowerCase()) : undefined;
    if (entry)
        owners.push(entry.name);
    return owners;
}
// Letters only: `Q3` or `Sprint 12` name no one.
const GROUP_WORD = String.raw `(?:\p{Lu}[\p{L}\p{M}.'’-]*|@[A-Za-z0-9_-]+)`;
const PERSON_GROUP = new RegExp(`^${GROUP_WORD}(?:\\s+${GROUP_WORD}){0,2}$`, 'u');
/** A heading, label or list item that names people (`Peter`, `Jan Ivar`, `@lena`): 1–3 capitalised words. */
export function isPersonGroup(text) {
    return PERSON_GROUP.test(text.trim());
}
//# sourceMappingURL=owners.js.map