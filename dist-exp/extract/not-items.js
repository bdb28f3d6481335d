/**
 * Text that is no task although it stands where tasks stand
 * (docs/extraction.md, "Not items"): links to a document or place, the
 * announcement of the next meeting, placeholders (`TBD`, `ingen`, `无`,
 * `**Kevin**: -`), and text with nothing left once markup is gone.
 */
import { allWords, DEFAULTS } from "../languages/index.js";
import { normaliseText } from "./normalise.js";
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+[^\s<>().,;:!?'"]|mailto:[^\s]+/giu;
const MAX_WORDS_BESIDE_LINKS = 4;
/** What every URL the pattern above takes contains: most texts have none, and skip the rest. */
const MAY_HOLD_URL = /:\/\/|www\.|mailto:/i;
const wordList = (words) => words.map((w) => `(?:${w})`).join('|');
const HAN = /^\p{Script=Han}/u;
const DOCUMENTS = allWords((l) => l.documents);
const DOCUMENT_WORD = new RegExp(DOCUMENTS.map((w) => (HAN.test(w) ? `(?:${w})` : `(?<![\\p{L}\\p{N}])(?:${w})s?(?![\\p{L}\\p{N}])`)).join('|'), 'iu');
const NEXT_MEETING = new RegExp(`^(?:${wordList(allWords((l) => l.nextMeeting))})(?![\\p{L}\\p{N}])`, 'iu');
const PLACEHOLDER = wordList(DEFAULTS.placeholders);
const PLACEHOLDER_TEXT = new RegExp(`^(?:[^:：]{1,40}[:：]\\s*)?(?:${PLACEHOLDER})[\\s.!]*$`, 'iu');
/**
 * A bare URL, or links plus at most four other words one of which names a document or a place
 * (`Node.js Project Calendar: https://…`, `[Last meeting](…) action items`). `links` are the texts
 * of the block's marked-up links.
 */
export function isLinkOnly(text, links) {
    if (links.length === 0 && !MAY_HOLD_URL.test(text))
        return false;
    let rest = text;
    let linked = false;
    // A link whose text is its address (`[https://x](https://x)`) is a bare URL.
    let named = false;
    for (const link of links) {
        const at = rest.indexOf(link);
        if (at === -1)
            continue;
        rest = `${rest.slice(0, at)} ${rest.slice(at + link.length)}`;
        linked = true;
        if (link.replace(URL, '').trim() !== '')
            named = true;
    }
    const withoutUrls = rest.replace(URL, ' ');
    if (withoutUrls !== rest)
        linked = true;
    if (!linked)
        return false;
    const words = withoutUrls.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length === 0 && !named)
        return true;
    return words.length <= MAX_WORDS_BESIDE_LINKS && DOCUMENT_WORD.test(text);
}
/** The rule by which a candidate's text (markers and status tags already removed) is no task at all; null for a task. */
export function notAnItemRule(text, links, normalised = normaliseText(text)) {
    if (normalised === '')
        return 'empty';
    const trimmed = text.trim();
    if (PLACEHOLDER_TEXT.test(trimmed))
        return 'placeholder';
    if (NEXT_MEETING.test(trimmed))
        return 'next-meeting';
    return isLinkOnly(text, links) ? 'link-only' : null;
}
/** Whether a candidate's text (markers and status tags already removed) is no task at all. */
export function isNotAnItem(text, links, normalised = normaliseText(text)) {
    return notAnItemRule(text, links, normalised) !== null;
}
//# sourceMappingURL=not-items.js.map