/**
 * RST inline markup reduced to plain text (docs/extraction.md, "Reports"): `**x**`, `*x*`,
 * ``x``, `x` (default role), `text <url>`_ and `name`_ / name_ references,
 * roles such as :doc:`x`, inline targets, substitution and footnote
 * references, backslash escapes. Follows docutils' recognition rules, so
 * `2*3*4` or a lone `*` stays text.
 */
import { collapseWhitespace } from "../source-text.js";
const START_PREFIX = /[\s\-:/'"<([{\p{Ps}\p{Pi}\p{Pf}\p{Pd}\p{Po}]/u;
const END_SUFFIX = /[\s\-.,:;!?\\/'")\]}>\p{Pe}\p{Pi}\p{Pf}\p{Pd}\p{Po}]/u;
const QUOTE_PAIRS = { "'": "'", '"': '"', '<': '>', '(': ')', '[': ']', '{': '}' };
const NAME = String.raw `(?:(?!_)\w)+(?:[-._+:](?:(?!_)\w)+)*`;
const ROLE_PREFIX = new RegExp(`:(${NAME}):\``, 'uy');
const ROLE_SUFFIX = new RegExp(`:(${NAME}):`, 'uy');
const SIMPLE_REFERENCE = new RegExp(`(${NAME})__?`, 'uy');
const FOOTNOTE_REFERENCE = new RegExp(String.raw `\[(#?(?:${NAME})?|\*)\]__?`, 'uy');
const EMBEDDED_TARGET = /^([\s\S]*?)\s*<([^<>]+)>$/;
export function stripRstInline(raw) {
    return collapseWhitespace(new InlineScanner(raw).plainText());
}
/**
 * The plain text, line by line (markup kept no line break of its own: a line of plain text is
 * the plain text of its source line), and the texts of its references with a target and of its
 * inline literals.
 */
export function rstInlineParts(raw) {
    const scanner = new InlineScanner(raw);
    const plain = scanner.plainText();
    return {
        text: collapseWhitespace(plain),
        lines: plain.split('\n').map(collapseWhitespace),
        links: scanner.links.map(collapseWhitespace),
        code: scanner.code,
    };
}
/** Characters that may start inline markup; with an `_` in the text, any word may (`name_`). */
const MARKUP_START = new Set(['*', '`', ':', '|', '_', '[']);
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
class InlineScanner {
    links = [];
    code = [];
    #raw;
    #hasUnderscore;
    /** Per end-string, the earliest position from which a search already found no end: keeps the scan linear. */
    #noEndFrom = new Map();
    constructor(raw) {
        this.#raw = raw;
        this.#hasUnderscore = raw.includes('_');
    }
    plainText() {
        const raw = this.#raw;
        let out = '';
        let i = 0;
        while (i < raw.length) {
            const ch = raw[i] ?? '';
            if (ch === '\\') {
                const next = raw[i + 1];
                // An escaped space disappears; any other escaped character is itself.
                if (next !== undefined && !/\s/u.test(next))
                    out += next;
                i += 2;
                continue;
            }
            if (!MARKUP_START.has(ch) && !(this.#hasUnderscore && WORD_CHARACTER.test(ch))) {
                out += ch;
                i++;
                continue;
            }
            const match = this.#canStart(i) ? this.#markupAt(i) : null;
            out += match ? match.text : ch;
            i = match ? match.end : i + 1;
        }
        return out;
    }
    #markupAt(i) {
        const raw = this.#raw;
        const ch = raw[i];
        if (raw.startsWith('``', i))
            return this.#delimited(i, '``', '``', (s) => {
                this.code.push(s);
                return s;
            });
        if (raw.startsWith('**', i))
            return this.#delimited(i, '**', '**', unescape);
        if (ch === '*')
            return this.#delimited(i, '*', '*', unescape);
        if (ch === '`')
            return this.#interpreted(i, null);
        if (ch === ':')
            return this.#role(i);
        if (ch === '|')
            return this.#substitution(i);
        if (!this.#hasUnderscore)
            return null;
        if (raw.startsWith('_`', i))
            return this.#delimited(i, '_`', '`', unescape);
        if (ch === '[')
            return this.#sticky(FOOTNOTE_REFERENCE, i);
        return this.#sticky(SIMPLE_REFERENCE, i);
    }
    #canStart(i) {
        const prev = this.#raw[i - 1];
        return prev === undefined || (prev !== '\\' && START_PREFIX.test(prev));
    }
    #canEnd(k) {
        const next = this.#raw[k];
        return next === undefined || END_SUFFIX.test(next);
    }
    /** A start-string directly followed by space, or inside matching quotes (`(*)`), starts nothing. */
    #startsNothing(i, startLength) {
        const prev = this.#raw[i - 1];
        const after = this.#raw[i + startLength];
        return after === undefined || /\s/u.test(after) || (prev !== undefined && QUOTE_PAIRS[prev] === after);
    }
    /**
     * First end-string at or after `from` that is preceded by a non-space and accepted by `endsAt`. A failed
     * search is remembered, so a paragraph full of unmatched start-strings is still scanned in linear time.
     */
    #findEnd(from, end, kind, endsAt) {
        if ((this.#noEndFrom.get(kind) ?? Infinity) <= from)
            return -1;
        const raw = this.#raw;
        for (let j = raw.indexOf(end, from); j !== -1; j = raw.indexOf(end, j + 1)) {
            const before = raw[j - 1] ?? ' ';
            if (!/\s/u.test(before) && before !== '\\' && endsAt(j))
                return j;
        }
        this.#noEndFrom.set(kind, from);
        return -1;
    }
    #delimited(i, start, end, render) {
        if (this.#startsNothing(i, start.length))
            return null;
        const contentStart = i + start.length;
        const j = this.#findEnd(contentStart + 1, end, start, (k) => this.#canEnd(k + end.length));
        if (j === -1)
            return null;
        return { text: render(this.#raw.slice(contentStart, j)), end: j + end.length };
    }
    /** `text`, `text`_, `text <url>`__ or `text`:role:, after an optional :role: prefix. */
    #interpreted(i, rolePrefix) {
        if (rolePrefix === null && this.#startsNothing(i, 1))
            return null;
        const kind = rolePrefix === null ? '`' : ':`';
        const j = this.#findEnd(i + 2, '`', kind, (k) => this.#canEnd(this.#afterSuffix(k + 1, rolePrefix === null)));
        if (j === -1)
            return null;
        const end = this.#afterSuffix(j + 1, rolePrefix === null);
        const isReference = this.#raw[j + 1] === '_';
        // Roles such as :doc:`Title <path>` show their title, as Sphinx renders them.
        const content = this.#raw.slice(i + 1, j);
        const text = targetText(content, isReference || rolePrefix !== null);
        if (isReference && EMBEDDED_TARGET.test(content))
            this.links.push(text);
        return { text, end };
    }
    /** Position after a closing backtick's `_`, `__` or (for plain interpreted text) `:role:` suffix. */
    #afterSuffix(k, roleSuffixAllowed) {
        const raw = this.#raw;
        if (raw.startsWith('__', k))
            return k + 2;
        if (raw[k] === '_')
            return k + 1;
        if (!roleSuffixAllowed)
            return k;
        ROLE_SUFFIX.lastIndex = k;
        return k + (ROLE_SUFFIX.exec(raw)?.[0].length ?? 0);
    }
    #role(i) {
        ROLE_PREFIX.lastIndex = i;
        const m = ROLE_PREFIX.exec(this.#raw);
        return m ? this.#interpreted(i + m[0].length - 1, m[1] ?? '') : null;
    }
    #substitution(i) {
        const inner = this.#delimited(i, '|', '|', unescape);
        if (!inner)
            return null;
        let end = inner.end;
        if (this.#raw.startsWith('__', end))
            end += 2;
        else if (this.#raw[end] === '_')
            end += 1;
        return this.#canEnd(end) ? { text: inner.text, end } : null;
    }
    #sticky(pattern, i) {
        pattern.lastIndex = i;
        const m = pattern.exec(this.#raw);
        if (!m || !this.#canEnd(i + m[0].length))
            return null;
        return { text: m[1] ?? '', end: i + m[0].length };
    }
}
function targetText(content, isReference) {
    const text = unescape(content);
    const embedded = isReference ? EMBEDDED_TARGET.exec(text) : null;
    if (!embedded)
        return text;
    return embedded[1]?.trim() || (embedded[2] ?? '');
}
function unescape(text) {
    return text.replace(/\\(?:\s|([\s\S]))/gu, (_m, ch) => ch ?? '');
}
//# sourceMappingURL=inline.js.map