/**
 * Heading classes (docs/extraction.md, "Headings"): a heading or label is
 * compared after NFKC, lower case and trimming, with a leading number or
 * agenda prefix (`3.`, `3、`, `III.`, `TOP 5 -`, `§3`), leading and trailing
 * emoji and symbols, and a trailing `:` or `?` removed; then the first class
 * whose patterns match decides.
 */
import { ConfigError } from "../errors.js";
import { HEADING_CLASSES } from "./types.js";
const AGENDA_PREFIX = new RegExp([
    String.raw `(?:top|punkt)\s*\d+(?:\.\d+)*\s*(?:[-–—:.)]\s*|\s+)`, // TOP 5 -, Top 5:, TOP3:, Top 2.2, Punkt 3:
    String.raw `[§#]\s*\d+(?:\.\d+)*\s*[.:)]?\s*`, // §3, #3
    String.raw `\(\d+\)\s*`, // (3)
    String.raw `\d+\ufe0f?\u20e3\s*`, // 3️⃣
    String.raw `\d+(?:\.\d+)*[a-z]?(?:[.):]\s*|、\s*|\s+)`, // 3. 3) 1.1 1a. 3、
    String.raw `[一二三四五六七八九十]+、\s*`, // 一、
    String.raw `\([一二三四五六七八九十]+\)\s*`, // （一）
    String.raw `[ivx]{1,5}\.\s+`, // III.
]
    .map((source) => `(?:${source})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')'), 'u');
// Emoji with their joiners and variation selectors, symbols, spaces.
const EDGE_SYMBOLS = /^(?:[\p{Extended_Pictographic}\p{S}\s]|\u200d|\ufe0f)+|(?:[\p{Extended_Pictographic}\p{S}\s]|\u200d|\ufe0f)+$/gu;
const TRAILING = /[\s:?]+$/u;
/**
 * Characters of a heading that are compared: more than any heading a person writes, and a bound
 * on the work per heading (a megabyte-long `#` line of symbols would keep the edge trimming busy
 * for hours, as each pass is linear in the rest of the line).
 */
export const MAX_HEADING_COMPARED = 200;
/** A heading as its class is decided on (NFKC folds `：` and `？` into `:` and `?`). */
export function comparableHeading(heading) {
    let text = heading.slice(0, MAX_HEADING_COMPARED).normalize('NFKC').toLowerCase().trim();
    for (let previous = ''; previous !== text;) {
        previous = text;
        text = text.replace(EDGE_SYMBOLS, '').replace(AGENDA_PREFIX, '').replace(TRAILING, '').trim();
    }
    return text;
}
/**
 * After a pattern: the end of a word, so that `to do` does not take `To document` nor `next week`
 * `Next weekend`. A match that ends on a Han or kana character needs none (prefix matching), nor
 * a pattern that sets its own end (`$`, `.*`).
 */
const WORD_END = String.raw `(?:(?<![\p{L}\p{N}\p{M}])|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|(?![\p{L}\p{N}\p{M}]))`;
/** Headings remembered per classifier; past this the memory starts over (a run over a huge tree). */
const MAX_DECIDED = 10_000;
/** Compiles the patterns of each class; a bad pattern is a ConfigError naming `${field}.${class}[i]`. */
export function compileHeadingClassifier(patterns, decisions, field = 'extraction.headings') {
    const matchers = HEADING_CLASSES.map((cls) => [cls, headingMatcher(patterns[cls], `${field}.${cls}`)]);
    const mixed = headingMatcher(decisions.map((d) => `.*(?<![\\p{L}\\p{N}\\p{M}])(?:${d})`), `${field}.decisions`);
    // The same headings come back in report after report: each is decided once per run.
    const decided = new Map();
    const classOf = (heading) => {
        const known = decided.get(heading);
        if (known !== undefined)
            return known;
        const text = comparableHeading(heading);
        const found = text === '' ? null : (matchers.find(([, matcher]) => matcher.test(text))?.[0] ?? null);
        if (decided.size >= MAX_DECIDED)
            decided.clear();
        decided.set(heading, found);
        return found;
    };
    const mixedness = new Map();
    const isMixed = (heading) => {
        let known = mixedness.get(heading);
        if (known === undefined) {
            known = classOf(heading) === 'taskList' && mixed.test(comparableHeading(heading));
            if (mixedness.size >= MAX_DECIDED)
                mixedness.clear();
            mixedness.set(heading, known);
        }
        return known;
    };
    return { classOf, isMixed };
}
/**
 * `^.*X` and a search for `X` match the same headings; searching is much faster than an anchored
 * alternation where every `.*` walks the heading again, so patterns starting with `.*` are searched.
 */
function headingMatcher(sources, field) {
    const valid = validPatterns(sources, field, 'iu');
    const start = compiled(valid.filter((s) => !s.startsWith('.*')), '^');
    const inside = compiled(valid.filter((s) => s.startsWith('.*')).map((s) => s.replace(/^\.\*\??/u, '')), '');
    return { test: (text) => (start?.test(text) ?? false) || (inside?.test(text) ?? false) };
}
/** A pattern that sets its own end (`plans?$`, `.*oppgaver.*`) needs no word end after it. */
const OWN_END = /(?<!\\)(?:\$|\.\*)$/u;
/**
 * One pattern as it runs, alone, for a check of its running time: searched when it starts with
 * `.*`, else anchored; then the word end. The word end is written as the character class it
 * tests (`$` or a character that is not a letter): it accepts fewer ends than the lookarounds
 * it stands for, so no more backtracking hides behind it, and a checker reads a class exactly.
 */
export function patternAsRun(source) {
    const pattern = source.normalize('NFKC');
    const searched = pattern.startsWith('.*');
    const body = searched ? pattern.replace(/^\.\*\??/u, '') : pattern;
    return `${searched ? '' : '^'}(?:${body})${OWN_END.test(body) ? '' : '(?:$|[^\\p{L}\\p{N}\\p{M}])'}`;
}
/** One regex for many patterns; the word end is written once, for those that do not set their own end. */
function compiled(sources, anchor) {
    if (sources.length === 0)
        return null;
    const ownEnd = sources.filter((s) => OWN_END.test(s));
    const wordEnd = sources.filter((s) => !ownEnd.includes(s));
    const groups = [
        ...(wordEnd.length ? [`(?:${wordEnd.map((s) => `(?:${s})`).join('|')})${WORD_END}`] : []),
        ...ownEnd.map((s) => `(?:${s})`),
    ];
    return new RegExp(`${anchor}(?:${groups.join('|')})`, 'iu');
}
/** The sources in NFKC, each checked on its own so that an error names the culprit. */
export function validPatterns(sources, field, flags) {
    return sources.map((source, index) => {
        try {
            new RegExp(source, flags);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new ConfigError(`${field}[${index}] is not a valid regular expression: ${JSON.stringify(source)} (${reason}). ` +
                'Fix the pattern or escape special characters with a backslash.');
        }
        return source.normalize('NFKC');
    });
}
//# sourceMappingURL=headings.js.map