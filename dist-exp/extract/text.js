/**
 * Shaping item text: the card title (docs/extraction.md, "The item record") and the sentence split used
 * for plan sections written as paragraphs. Both use Intl.Segmenter so that
 * Chinese (no spaces) is cut between words and sentences as well; the locale
 * is fixed so that results do not depend on the machine's.
 */
import { allWords } from "../languages/index.js";
export const TITLE_MAX = 120;
const ELLIPSIS = '…';
const TRAILING_PUNCTUATION = new Set([...' \t\n.:;,。：；，']);
/** The text without trailing white space and `.:;,` (ASCII or full-width); a loop, as a `$` regex rescans every run. */
function trimEnd(text) {
    let end = text.length;
    while (end > 0 && TRAILING_PUNCTUATION.has(text[end - 1] ?? ''))
        end--;
    return end === text.length ? text : text.slice(0, end);
}
const words = new Intl.Segmenter('en', { granularity: 'word' });
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
/** `text` cut to at most 120 characters at a word boundary, `…` when cut, trailing `.:;,` removed. */
export function makeTitle(text) {
    // At most 120 UTF-16 units is at most 120 characters: no need to count them.
    if (text.length <= TITLE_MAX)
        return trimEnd(text);
    const chars = [...text];
    if (chars.length <= TITLE_MAX)
        return trimEnd(text);
    const head = chars.slice(0, TITLE_MAX - ELLIPSIS.length).join('');
    const kept = trimEnd(head.slice(0, cutPoint(text, head)));
    return `${kept}${ELLIPSIS}`;
}
/**
 * Where to cut `text` within `head` (a prefix of it): right after `head` when a
 * word ends there (a space follows, or punctuation and then a space or the end:
 * `word. more`); otherwise at the last space, so that `IPv6-kurs` and
 * `example.org` stay whole; without spaces (Chinese) at the last word
 * boundary; a single overlong word is cut hard.
 */
function cutPoint(text, head) {
    if (WORD_ENDS_HERE.test(text.slice(head.length)))
        return head.length;
    const lastSpace = head.search(/\s\S*$/u);
    if (lastSpace > 0)
        return lastSpace;
    let cut = 0;
    for (const segment of words.segment(text)) {
        const end = segment.index + segment.segment.length;
        if (end > head.length)
            break;
        cut = end;
    }
    return cut > 0 ? cut : head.length;
}
/** What follows a word's last character: a space, or punctuation (not a hyphen or slash, which join words) and then a space or the end. */
const WORD_ENDS_HERE = /^(?:\s|[^\s\p{L}\p{N}\p{M}\-‐‑/]*(?:\s|$))/u;
/** Splits a paragraph into its first sentence and the rest (both trimmed). */
export function splitFirstSentence(text) {
    let end = text.length;
    for (const { segment, index } of sentences.segment(text)) {
        end = index + segment.length;
        const before = text.slice(0, end);
        const after = text.slice(end);
        if (!isOrdinalDate(before, after) && !endsInAbbreviation(before) && !LOWER_CASE_NEXT.test(after))
            break;
    }
    return { first: text.slice(0, end).trim(), rest: text.slice(end).trim() };
}
const DAY_AT_END = /(?<!\d)\d{1,2}\.\s*$/u;
const MONTH_AT_START = new RegExp(`^(?:${allWords((l) => l.dates.months?.flat()).join('|')})`, 'iu');
/** `am 3. März`: an ordinal day before a capitalised month ends no sentence, though Unicode's rules see an end. */
function isOrdinalDate(before, after) {
    return DAY_AT_END.test(before) && MONTH_AT_START.test(after);
}
/** A sentence goes on when the next word starts in lower case (`etc. and more`, `Klar? «ja», sier de`). */
const LOWER_CASE_NEXT = /^\s*[\p{Ps}\p{Pi}"'«]*\p{Ll}/u;
/**
 * Abbreviations that never end a sentence, whatever follows (`bl.a. DNS`, `Dr. Hansen`), from the
 * language modules. Those that often do end one (`etc.`, `osv.`, `usw.`) are left out there: they
 * join a lower-case continuation through LOWER_CASE_NEXT only.
 */
const ABBREVIATIONS = allWords((l) => l.abbreviations);
const ABBREVIATION_AT_END = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${ABBREVIATIONS.map((a) => a.replaceAll('.', '\\.')).join('|')})\\.\\s*$`, 'iu');
function endsInAbbreviation(before) {
    return ABBREVIATION_AT_END.test(before);
}
//# sourceMappingURL=text.js.map