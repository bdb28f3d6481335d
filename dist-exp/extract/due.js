/**
 * Due dates (docs/extraction.md, "Due dates"): a date phrase after a due word
 * (`by`, `innen`, `bis`, `avant le`, `截止`) or before a Chinese `前`; failing
 * that, a scheduled week or day (`i uke 37`, `第15周`, `on 2024-05-01`). The
 * phrase stays in the text; relative phrases are read from the report date.
 */
import { LANGUAGES } from "../languages/index.js";
import { datePhraseAt, datesIn, mayHoldDate, toIso } from "../languages/dates/index.js";
/** Lead-ins tried per language and item: a paragraph full of `til` is still read in bounded time. */
const MAX_CANDIDATES = 40;
/** How far before a Chinese `前` (or after a `第`) a date phrase is looked for. */
const WINDOW = 24;
const KINDS = ['due', 'week', 'day'];
const HAN = /^\p{Script=Han}/u;
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';
const LEADS = LANGUAGES.flatMap(({ code, dueWords, scheduleWords, scheduleWeek }) => [
    ...dueWords.map((word) => ({ kind: 'due', code, word })),
    ...scheduleWeek.map((phrase) => {
        // `in week 21`: the preposition, then (not consumed) the week word and its number.
        const [, word = '', week = ''] = /^(.*)\s+(\S+)$/u.exec(phrase) ?? [];
        return { kind: 'week', code, word, after: `\\s+${week}\\s*\\d` };
    }),
    ...scheduleWords.map((word) => ({ kind: 'day', code, word })),
]);
/**
 * Every lead-in word of every language in one search, each kind and language a named group, then
 * optional punctuation (`échéance : 2025-01-02`). The boundary before a word is checked per match
 * (insideWord): as a lookbehind before the alternation it would be tried at every position.
 */
const LEAD_IN = new RegExp(`(?:${KINDS.flatMap((kind) => LANGUAGES.flatMap(({ code }) => {
    const words = LEADS.filter((l) => l.kind === kind && l.code === code)
        .sort((a, b) => b.word.length - a.word.length)
        .map((l) => (HAN.test(l.word) ? `(?:${l.word})` : `(?:${l.word})${BOUNDARY_AFTER}`) +
        (l.after ? `(?=${l.after})` : ''));
    return words.length ? [`(?<${kind}_${code}>${words.join('|')})`] : [];
})).join('|')})[\\s:：,–—-]*`, 'giu');
const GROUPS = KINDS.flatMap((kind) => LANGUAGES.map(({ code }) => ({ kind, code, name: `${kind}_${code}` })));
/** A match right after a letter or digit is inside a word (`Abby` holds no `by`); Chinese needs no boundary. */
const insideWord = (text, at) => at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !HAN.test(text.slice(at, at + 1));
/** The first date phrase right after a lead-in of each kind, in the text's order; a due word ends the search. */
function afterLeads(text, reference) {
    const found = {};
    let tried = 0;
    for (const match of text.matchAll(LEAD_IN)) {
        if (insideWord(text, match.index))
            continue;
        if (++tried > MAX_CANDIDATES)
            break;
        const group = GROUPS.find((g) => match.groups?.[g.name] !== undefined);
        if (!group || found[group.kind])
            continue;
        const phrase = datePhraseAt(text.slice(match.index + match[0].length), group.code, reference);
        if (phrase)
            found[group.kind] = phrase.date;
        if (found.due)
            break;
    }
    return found;
}
/** Languages that write a due date before a suffix, or a week with its number inside (`第{n}周`). */
const CHINESE_FORMS = LANGUAGES.map(({ code, dueSuffixes, dates }) => ({
    code,
    dueSuffixes,
    weekPrefixes: (dates.week ?? []).filter((w) => w.includes('{n}')).map((w) => w.split('{n}')[0] ?? ''),
})).filter((l) => (l.dueSuffixes?.length ?? 0) > 0 || l.weekPrefixes.length > 0);
/** A date phrase directly before a due suffix (`5月1日前`), or a week written with its number inside (`第15周`). */
function chineseForms(text, reference) {
    let due = null;
    let week = null;
    for (const { code, dueSuffixes = [], weekPrefixes } of CHINESE_FORMS) {
        for (const suffix of dueSuffixes) {
            let tried = 0;
            for (let at = text.indexOf(suffix); at > 0 && !due && ++tried <= MAX_CANDIDATES; at = text.indexOf(suffix, at + 1)) {
                const start = Math.max(0, at - WINDOW);
                due =
                    datesIn(text.slice(start, at), code, reference).find((d) => start + d.index + d.length === at)
                        ?.date ?? null;
            }
        }
        // A week word with its number inside (`第{n}周`) needs no preposition: it schedules by itself.
        for (const prefix of weekPrefixes) {
            let tried = 0;
            for (let at = text.indexOf(prefix); prefix && at !== -1 && !week && ++tried <= MAX_CANDIDATES; at = text.indexOf(prefix, at + 1))
                week = datePhraseAt(text.slice(at, at + WINDOW), code, reference)?.date ?? null;
        }
    }
    return { due, week };
}
/** The due date of an item's text, `YYYY-MM-DD`, or null. `reference` is the report date. */
export function findDue(text, reference) {
    if (!mayHoldDate(text))
        return null;
    const leads = afterLeads(text, reference);
    if (leads.due)
        return toIso(leads.due);
    const chinese = chineseForms(text, reference);
    const date = chinese.due ?? leads.week ?? chinese.week ?? leads.day;
    return date ? toIso(date) : null;
}
//# sourceMappingURL=due.js.map