/** Calendar arithmetic on plain dates (no time, no zone, no clock): what due dates and report dates are. */
const DAY_MS = 86_400_000;
export function toIso(date) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}
/** `YYYY-MM-DD` (and `YYYY-M-D`) at the start of `text`, when it is a real day. */
export function fromIso(text) {
    const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(text.trim());
    return match ? validDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}
/** The date, when year, month and day name a day that exists (no 31 April). */
export function validDate(year, month, day) {
    if (!Number.isInteger(year) || year < 1900 || year > 2999)
        return null;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return null;
    return { year, month, day };
}
export function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function toDays(date) {
    return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}
function fromDays(days) {
    const d = new Date(days * DAY_MS);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
export function addDays(date, days) {
    return fromDays(toDays(date) + days);
}
/** 1 = Monday … 7 = Sunday, as ISO 8601 counts. */
export function isoWeekday(date) {
    return ((new Date(toDays(date) * DAY_MS).getUTCDay() + 6) % 7) + 1;
}
export function compareDates(a, b) {
    return toDays(a) - toDays(b);
}
/** Monday of ISO week `week` of `year`; null for a week the year does not have. */
export function mondayOfIsoWeek(year, week) {
    if (week < 1 || week > isoWeeksIn(year))
        return null;
    const jan4 = { year, month: 1, day: 4 };
    return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
}
export function isoWeekOf(date) {
    const thursday = addDays(date, 4 - isoWeekday(date));
    const jan1 = { year: thursday.year, month: 1, day: 1 };
    return { year: thursday.year, week: Math.floor((toDays(thursday) - toDays(jan1)) / 7) + 1 };
}
function isoWeeksIn(year) {
    return isoWeekOf({ year, month: 12, day: 28 }).week;
}
/** The first day after `from` that is weekday `weekday` (1 = Monday): a week later when `from` is one. */
export function nextWeekday(from, weekday) {
    const ahead = (weekday - isoWeekday(from) + 7) % 7;
    return addDays(from, ahead === 0 ? 7 : ahead);
}
/** The first `month`/`day` on or after `from` (a date written without its year). */
export function nextOccurrence(from, month, day) {
    for (let year = from.year; year <= from.year + 4; year++) {
        const date = validDate(year, month, day);
        if (date && compareDates(date, from) >= 0)
            return date;
    }
    return null;
}
export const FRIDAY = 5;
//# sourceMappingURL=calendar.js.map