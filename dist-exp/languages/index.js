/**
 * Every language report-sync reads, in one list: the defaults of extraction
 * are the union of what these modules say. Adding a language is adding a
 * module here.
 */
import { de } from "./de.js";
import { en } from "./en.js";
import { fr } from "./fr.js";
import { nb } from "./nb.js";
import { HEADING_CLASSES } from "./types.js";
import { zh } from "./zh.js";
export * from "./types.js";
export const LANGUAGES = [en, nb, de, fr, zh];
export function language(code) {
    const found = LANGUAGES.find((l) => l.code === code);
    if (!found)
        throw new Error(`unknown language ${code}`);
    return found;
}
/** One field of every language, in language order, without repeats. */
export function allWords(pick) {
    return [...new Set(LANGUAGES.flatMap((l) => pick(l) ?? []))];
}
/** Language-neutral placeholders: text that is only punctuation standing for "nothing". */
const PUNCTUATION_PLACEHOLDERS = ['-', '–', '—', '\\.\\.\\.', '…', '\\?'];
export const DEFAULTS = {
    placeholders: [...PUNCTUATION_PLACEHOLDERS, ...allWords((l) => l.placeholders)],
    markers: allWords((l) => l.markers),
    trailingMarkers: allWords((l) => l.trailingMarkers),
    decisions: allWords((l) => l.decisions),
};
/**
 * The default heading patterns of a class, as regex sources anchored at the start of a heading:
 * the patterns that match anywhere are given a leading `.*` and a word start (none before a Han
 * character, which needs no word start).
 */
export function defaultHeadingPatterns(headingClass) {
    const start = allWords((l) => l.headings[headingClass]);
    const anywhere = allWords((l) => l.headingsAnywhere[headingClass]).map(anywherePattern);
    return [...start, ...anywhere];
}
const HAN_START = /^\p{Script=Han}/u;
function anywherePattern(source) {
    return HAN_START.test(source) ? `.*(?:${source})` : `.*(?<![\\p{L}\\p{N}\\p{M}])(?:${source})`;
}
export const DEFAULT_HEADING_PATTERNS = Object.fromEntries(HEADING_CLASSES.map((cls) => [cls, defaultHeadingPatterns(cls)]));
//# sourceMappingURL=index.js.map