import { addDays, daysInMonth, FRIDAY, isoWeekday, isoWeekOf, mondayOfIsoWeek, nextOccurrence, nextWeekday, validDate, } from "./calendar.js";
export const CONTRACT_TAG = 'report-sync/contract';
/** Before a phrase: the start or a character that is not part of a word (kept in group 1, as chrono does). */
// Only Latin letters and digits need a boundary: Chinese writes dates inside a run of characters.
const LEFT = String.raw `(^|[^\p{Script=Latin}\p{M}\p{N}])`;
const RIGHT = String.raw `(?![\p{Script=Latin}\p{M}\p{N}])`;
export function referenceOf(context) {
    const instant = context.reference.instant;
    return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}
/** A chrono parser for `inner` (a regex source) whose date `resolve` computes; groups after the left boundary. */
function contractParser(inner, resolve) {
    const pattern = new RegExp(`${LEFT}(${inner})${RIGHT}`, 'iu');
    return {
        pattern: () => pattern,
        extract: (context, match) => {
            const [, left = '', text = '', ...groups] = match;
            const date = resolve(groups, referenceOf(context));
            if (!date)
                return null;
            return context
                .createParsingResult((match.index ?? 0) + left.length, text, {
                year: date.year,
                month: date.month,
                day: date.day,
            })
                .addTag(CONTRACT_TAG);
        },
    };
}
const alternatives = (words) => words.map((w) => `(?:${w})`).join('|');
const numberOf = (text) => Number(text ?? NaN);
/** ISO week `week` as the contract reads it: its Friday, in the report's year or the next. */
export function weekFriday(week, reference) {
    const current = isoWeekOf(reference);
    const year = week < current.week - 26 ? current.year + 1 : current.year;
    const monday = mondayOfIsoWeek(year, week);
    return monday ? addDays(monday, FRIDAY - 1) : null;
}
function fridayOf(date) {
    return addDays(date, FRIDAY - isoWeekday(date));
}
/** `1.5.2024`, `1.5.`, `01/05/2024`, `2024/05/01`, `2024-5-1`: day first, as Europe writes them. */
function numericParsers() {
    const withYear = (year, month, day) => validDate(year, month, day);
    return [
        contractParser(String.raw `(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)`, ([y, m, d]) => withYear(numberOf(y), numberOf(m), numberOf(d))),
        contractParser(String.raw `(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)`, ([y, m, d]) => withYear(numberOf(y), numberOf(m), numberOf(d))),
        contractParser(String.raw `(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)`, ([d, m, y]) => withYear(numberOf(y), numberOf(m), numberOf(d))),
        // A two-digit year is this century's (`09.02.18`).
        contractParser(String.raw `(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2})(?!\d))?`, ([d, m, y], reference) => y === undefined
            ? nextOccurrence(reference, numberOf(m), numberOf(d))
            : withYear(numberOf(y) + (y.length === 2 ? 2000 : 0), numberOf(m), numberOf(d))),
    ];
}
/** `{n}` in a week word marks where its number stands; otherwise the number follows the word. */
function weekParser(words) {
    const forms = words.map((w) => w.includes('{n}') ? w.replace('{n}', String.raw `\s*(\d{1,2})\s*`) : `${w}\\s*(\\d{1,2})(?!\\d)`);
    return contractParser(forms.map((f) => `(?:${f})`).join('|'), (groups, reference) => {
        const week = numberOf(groups.find((g) => g !== undefined));
        return weekFriday(week, reference);
    });
}
function monthNumber(months, name) {
    const lower = name.toLowerCase();
    return months.findIndex((spellings) => spellings.includes(lower.replace(/\.$/, ''))) + 1;
}
function monthAlternatives(months) {
    // Longest spelling first, so that `sept` is not read as `sep` and a dot after an abbreviation is kept.
    return alternatives(months.flat().sort((a, b) => b.length - a.length));
}
function endOfMonth(month, reference) {
    const first = nextOccurrence({ ...reference, day: 1 }, month, 1);
    return first ? { ...first, day: daysInMonth(first.year, first.month) } : null;
}
/** Parsers for the phrases of one language that chrono reads otherwise, or not at all. */
export function languageParsers(words, chronoReadsNames) {
    const parsers = [...numericParsers()];
    if (words.week?.length)
        parsers.push(weekParser(words.week));
    if (words.nextWeek?.length)
        parsers.push(contractParser(alternatives(words.nextWeek), (_g, reference) => fridayOf(addDays(reference, 7))));
    if (words.endOfMonth?.length)
        parsers.push(contractParser(alternatives(words.endOfMonth), (_g, r) => ({
            ...r,
            day: daysInMonth(r.year, r.month),
        })));
    const months = words.months;
    if (words.endOfNamedMonth?.length) {
        const monthSource = months ? `(${monthAlternatives(months)})\\.?` : String.raw `(\d{1,2})`;
        const forms = words.endOfNamedMonth.map((w) => w.replace('{month}', monthSource));
        parsers.push(contractParser(alternatives(forms), (groups, reference) => {
            const name = groups.find((g) => g !== undefined) ?? '';
            const month = months ? monthNumber(months, name) : numberOf(name);
            return month >= 1 && month <= 12 ? endOfMonth(month, reference) : null;
        }));
    }
    if (!chronoReadsNames)
        parsers.push(...namedDateParsers(words));
    return parsers;
}
/** Month names, weekdays and `tomorrow` for a language chrono does not know (Norwegian). */
function namedDateParsers(words) {
    const parsers = [];
    const weekdays = words.weekdays ?? [];
    const weekday = weekdays.length ? `(?:(?:${alternatives(weekdays.flat())})\\s+)?` : '';
    if (words.months) {
        const months = words.months;
        parsers.push(contractParser(`${weekday}(\\d{1,2})\\.?\\s*(${monthAlternatives(months)})\\.?(?:\\s+(\\d{4})(?!\\d))?`, ([day, name = '', year], reference) => {
            const month = monthNumber(months, name);
            if (month === 0)
                return null;
            return year === undefined
                ? nextOccurrence(reference, month, numberOf(day))
                : validDate(numberOf(year), month, numberOf(day));
        }));
    }
    if (weekdays.length) {
        parsers.push(contractParser(`(${alternatives(weekdays.flat())})`, ([name = ''], reference) => {
            const index = weekdays.findIndex((spellings) => spellings.includes(name.toLowerCase()));
            return index === -1 ? null : nextWeekday(reference, index + 1);
        }));
    }
    if (words.tomorrow?.length)
        parsers.push(contractParser(alternatives(words.tomorrow), (_g, reference) => addDays(reference, 1)));
    return parsers;
}
//# sourceMappingURL=parsers.js.map