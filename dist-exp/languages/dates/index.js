/**
 * Reading dates in report text with chrono-node, the contract's way: one
 * chrono per language (Norwegian built from its date words alone), extended
 * with the parsers of parsers.ts and two refiners — results of those parsers
 * win over chrono's own for the same words, and chrono's weekdays and dates
 * without a year are moved to the contract's day. Pure: the reference date
 * (the report's) is always passed in, never read from a clock.
 */
import { createRequire } from 'node:module';
import { LANGUAGES } from "../index.js";
import { nextOccurrence, nextWeekday, validDate } from "./calendar.js";
import { CONTRACT_TAG, languageParsers, referenceOf } from "./parsers.js";
export * from "./calendar.js";
/**
 * chrono-node is loaded on the first date read, one locale at a time, and only the four used:
 * its main entry loads all fifteen, which would cost every command ~0.1 s of start-up whether
 * it reads a date or not (a sync with no changed report reads none).
 */
const load = createRequire(import.meta.url);
const locale = (name) => load(`chrono-node/${name}`);
const CHRONO_BASES = {
    en: () => locale('en').casual.clone(),
    de: () => locale('de').casual.clone(),
    fr: () => locale('fr').casual.clone(),
    zh: () => load('chrono-node/zh').hans.casual.clone(),
};
const isContract = (result) => result.tags().has(CONTRACT_TAG);
const overlaps = (a, b) => a.index < b.index + b.text.length && b.index < a.index + a.text.length;
/** Where our parsers read a phrase, chrono's reading of the same words is dropped. */
const preferContract = {
    refine: (_context, results) => results.filter((r) => isContract(r) || !results.some((c) => c !== r && isContract(c) && overlaps(r, c))),
};
/**
 * A weekday is the first such day after the report date (chrono counts Sunday as 0); a date
 * without a year the first on or after it.
 */
const contractDays = {
    refine: (context, results) => {
        const reference = referenceOf(context);
        for (const result of results) {
            if (isContract(result))
                continue;
            const start = result.start;
            let date = null;
            if (start.isOnlyWeekdayComponent())
                date = nextWeekday(reference, start.get('weekday') || 7);
            else if (!start.isCertain('year') && start.isCertain('month') && start.isCertain('day'))
                date = nextOccurrence(reference, start.get('month') ?? 0, start.get('day') ?? 0);
            if (date) {
                start.assign('year', date.year);
                start.assign('month', date.month);
                start.assign('day', date.day);
            }
        }
        return results;
    },
};
function chronoFor(language) {
    const reader = language.chrono
        ? CHRONO_BASES[language.chrono]()
        : new (locale('en').Chrono)({ parsers: [], refiners: [] });
    reader.parsers.push(...languageParsers(language.dates, language.chrono !== undefined));
    reader.refiners.unshift(preferContract);
    reader.refiners.push(contractDays);
    return reader;
}
const readers = new Map();
function readerOf(code) {
    let reader = readers.get(code);
    if (!reader) {
        const language = LANGUAGES.find((l) => l.code === code);
        if (!language)
            throw new Error(`unknown language ${code}`);
        readers.set(code, (reader = chronoFor(language)));
    }
    return reader;
}
/** The longest phrase chrono needs to see: a date phrase is a few words. */
const PHRASE_WINDOW = 48;
const noon = (d) => new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
function parseAt(text, code, reference) {
    return readerOf(code).parse(text, { instant: noon(reference), timezone: 0 }, { forwardDate: true });
}
function dayOf(result) {
    const { start } = result;
    const names = start.isCertain('day') && start.isCertain('month');
    if (!names && !start.isCertain('weekday') && !result.tags().has(CONTRACT_TAG))
        return null;
    return validDate(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
}
/**
 * The date phrase `text` starts with, read in `language`. Relative phrases (a weekday, a date
 * without a year, `next week`) are read from `reference`; without one only a phrase that names
 * its day whatever the reference (`2024-05-01`, `1 May 2024`) is read.
 */
export function datePhraseAt(text, code, reference) {
    const window = text.slice(0, PHRASE_WINDOW);
    if (!startsLikeDate(window, code))
        return null;
    const read = (ref) => {
        const found = parseAt(window, code, ref)
            .filter((r) => r.index === 0)
            .sort((a, b) => b.text.length - a.text.length)[0];
        const date = found ? dayOf(found) : null;
        return found && date ? { date, length: found.text.length } : null;
    };
    if (reference)
        return read(reference);
    // A phrase is absolute when two far-apart references read it as the same day.
    const [a, b] = [read({ year: 2001, month: 2, day: 14 }), read({ year: 2010, month: 9, day: 3 })];
    return a && b && sameDay(a.date, b.date) ? a : null;
}
let dateHint;
/**
 * Whether `text` may hold a date phrase of any language at all: a numeric date, a week number, a
 * month or weekday name, or a relative phrase (`tomorrow`, `next week`, `end of month`). Text
 * without one needs no due-date search.
 */
export function mayHoldDate(text) {
    if (!dateHint) {
        const words = LANGUAGES.flatMap(({ dates }) => [
            ...(dates.months ?? []).flat(),
            ...(dates.weekdays ?? []).flat(),
            ...(dates.tomorrow ?? []),
            ...(dates.nextWeek ?? []),
            ...(dates.endOfMonth ?? []),
            ...(dates.week ?? []).map((w) => w.replace('{n}', '\\s*\\d+\\s*')),
        ]);
        const numeric = String.raw `\d{4}[-/.]\d|\d{1,2}[./]\s?\d{1,2}[./]|\d{1,2}\s*[月日]`;
        dateHint = new RegExp(`${numeric}|(?<![\\p{L}])(?:${[...new Set(words)].join('|')})(?![\\p{Script=Latin}])`, 'iu');
    }
    return dateHint.test(text);
}
const openers = new Map();
/**
 * Whether `text` starts as a date phrase of the language can (a digit, a month, a weekday, one of
 * its date words): most words after a `til` or a `by` start none, and cost no parse then.
 */
function startsLikeDate(text, code) {
    let opener = openers.get(code);
    if (!opener) {
        const dates = LANGUAGES.find((l) => l.code === code)?.dates ?? {};
        const phrases = [
            ...(dates.months ?? []).flat(),
            ...(dates.weekdays ?? []).flat(),
            ...(dates.tomorrow ?? []),
            ...(dates.nextWeek ?? []),
            ...(dates.endOfMonth ?? []),
            ...(dates.endOfNamedMonth ?? []),
            ...(dates.week ?? []),
            ...(dates.starters ?? []),
        ];
        const firsts = [...new Set(phrases.map((p) => p.split(/\s+|\{/u)[0] ?? '').filter(Boolean))];
        opener = new RegExp(`^(?:\\d|(?:${firsts.join('|')})(?![\\p{Script=Latin}]))`, 'iu');
        openers.set(code, opener);
    }
    return opener.test(text);
}
/** Slash dates are read only as `YYYY/MM/DD` or `DD/MM/YYYY`: `22/4/24` could be anything. */
const AMBIGUOUS_SLASH = /\d\/\d/;
const CLEAR_SLASH = /^(?:\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4})$/;
/**
 * The first date in `text` that names a day, in any language (a title, a byline, a `Date:` line).
 * With `year`, a day and month written without one (`06. mai`) are read in that year; without
 * it, only a date that reads the same whatever the reference is taken.
 */
export function findDay(text, year) {
    // Every date that names its day has a day number, and without a given year a year too
    // (`2023`, or the two digits of `09.02.18`): text without them costs no parse.
    if (!/\d/.test(text) || (year === undefined && !NAMES_A_YEAR.test(text)))
        return null;
    if (year !== undefined)
        return daysIn(text, { year, month: 1, day: 1 })[0]?.date ?? null;
    const found = daysIn(text, { year: 2001, month: 2, day: 14 });
    if (found.length === 0)
        return null;
    const other = daysIn(text, { year: 2010, month: 9, day: 3 });
    return found.find((a) => other.some((b) => b.index === a.index && sameDay(a.date, b.date)))?.date ?? null;
}
const NAMES_A_YEAR = /\d{4}|\d\.\s?\d{1,2}\.\s?\d{2}(?!\d)/;
/** Languages read from their date words alone first: a date they find at the start saves chrono's parses. */
const CHEAPEST_FIRST = [...LANGUAGES].sort((a, b) => Number(a.chrono !== undefined) - Number(b.chrono !== undefined));
const NUMERIC_DATE = /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\s?\d{1,2}\.|\d{1,2}\/\d{1,2}\/\d{4}|\d{4}\/\d{1,2}\/\d{1,2}/;
const monthNames = new Map();
/** Whether the text names a month of the language (`mars`, `Décembre`, `5月`). */
function mentionsMonth(text, language) {
    let names = monthNames.get(language.code);
    if (!names) {
        const months = language.dates.months?.flat() ?? [];
        // Languages without month names write them with numbers (`5月`, `2023年`).
        names = months.length ? new RegExp(`(?<!\\p{L})(?:${months.join('|')})`, 'iu') : /\d\s*[月年]/u;
        monthNames.set(language.code, names);
    }
    return names.test(text);
}
/** Every reading of `text` in every language that names a day and month, first in the text first. */
function daysIn(text, reference) {
    const found = [];
    const numeric = NUMERIC_DATE.test(text);
    for (const language of CHEAPEST_FIRST) {
        // Nothing can come before a date at the start: the other languages need not be asked.
        if (found.some((f) => f.index === 0))
            break;
        // Numeric dates read alike in every language (the first one asked reads them); a language
        // is asked again only when the text names one of its months.
        if (!(mentionsMonth(text, language) || (numeric && language === CHEAPEST_FIRST[0])))
            continue;
        for (const result of parseAt(text, language.code, reference)) {
            if (AMBIGUOUS_SLASH.test(result.text) && !CLEAR_SLASH.test(result.text.trim()))
                continue;
            const { start } = result;
            if (!(start.isCertain('day') && start.isCertain('month')))
                continue;
            const date = validDate(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
            if (date)
                found.push({ index: result.index, date });
        }
    }
    return found.sort((a, b) => a.index - b.index);
}
const sameDay = (a, b) => a.year === b.year && a.month === b.month && a.day === b.day;
/** Every date phrase chrono finds in `text` (keep it short: a window around a hint), with where it stands. */
export function datesIn(text, code, reference) {
    const found = [];
    for (const result of parseAt(text, code, reference ?? { year: 2001, month: 2, day: 14 })) {
        const date = dayOf(result);
        if (!date)
            continue;
        // A relative phrase needs a report date: only what datePhraseAt reads without one is kept.
        if (!reference && !datePhraseAt(result.text, code, null))
            continue;
        found.push({ date, length: result.text.length, index: result.index });
    }
    return found;
}
//# sourceMappingURL=index.js.map