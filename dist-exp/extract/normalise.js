/**
 * Item identity (docs/extraction.md, "The item record"): two texts that normalise alike are the same
 * item, in one report or across reports. The sync layer keys cards with the
 * same functions, so this module is the single definition of "same".
 *
 * Hashing uses node:crypto's sha256: a pure computation (no I/O, no clock, no
 * global state), stable across Node versions and platforms, which a key stored
 * in state files and card markers must be.
 */
import { createHash } from 'node:crypto';
import { collapseWhitespace } from "../parse/source-text.js";
/** Hex digits kept from the sha256: 64 bits, ample for the few thousand items a team writes. */
const KEY_LENGTH = 16;
// Order matters: links and roles before the generic backtick and emphasis rules. No span may
// contain its own delimiter, so every scan stops at the next one and a hostile line stays linear.
const INLINE_MARKUP = [
    [/!?\[([^[\]]*)\]\([^()\s]*\)/gu, '$1'], // Markdown link or image -> text
    [/`([^`<]+?)\s*<[^<>`]+>`__?/gu, '$1'], // RST `text <url>`_ -> text
    [/:[\w.+-]+:`([^`]+)`/gu, '$1'], // RST role :doc:`x` -> x
    [/`([^`]+)`:[\w.+-]+:/gu, '$1'], // RST role suffix `x`:role: -> x
    [/``([^`]+)``/gu, '$1'], // RST inline literal
    [/`([^`]+)`_{0,2}/gu, '$1'], // code span, default role, or `reference`_
    [/\*\*(?=\S)([^*]+?)(?<=\S)\*\*/gu, '$1'], // strong
    [/__(?=\S)([^_]+?)(?<=\S)__/gu, '$1'], // strong
    [/(?<![\p{L}\p{N}*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1'], // emphasis
    [/(?<![\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1'], // emphasis, not snake_case
];
/** Removes RST and Markdown inline markup, leaving the words a reader sees. */
export function stripInlineMarkup(text) {
    return INLINE_MARKUP.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
/**
 * NFKC, lower case, markup removed, whitespace collapsed, trailing `.:;,!`
 * removed. NFKC folds the full-width `：；，！` into these; the ideographic
 * full stop `。` has no ASCII form, so it is removed explicitly.
 */
export function normaliseText(text) {
    // Stripping can uncover markup (``*`*`` leaves `**`), so strip until nothing changes: normalising
    // normalised text must give it back, or one item could get two keys. Each pass shortens the text.
    let plain = text.normalize('NFKC');
    // Every markup pattern needs one of these characters; without them stripping changes nothing.
    if (!MARKUP_CHARACTER.test(plain))
        plain = collapseWhitespace(plain);
    else {
        let passes = 0;
        for (let previous = ''; plain !== previous && passes < MAX_STRIP_PASSES; passes++) {
            previous = plain;
            plain = collapseWhitespace(stripInlineMarkup(plain));
        }
        // Markup nested deeper than anyone writes (`**` twenty thousand times) would cost a pass per
        // level over the whole text: past the bound every markup character goes, which is as stable.
        if (passes === MAX_STRIP_PASSES && stripInlineMarkup(plain) !== plain)
            plain = collapseWhitespace(plain.replace(MARKUP_CHARACTERS, ''));
    }
    return plain
        .toLowerCase()
        .replace(/[\s.:;,!。]+$/u, '')
        .trim();
}
const MARKUP_CHARACTER = /[[`*_]/;
const MARKUP_CHARACTERS = /[[\]`*_]/g;
/** Markup nested this deep is read in full; deeper nesting is no markup a person wrote. */
const MAX_STRIP_PASSES = 8;
/** The identity of an item with this text. */
export function itemKey(text) {
    return keyOfNormalised(normaliseText(text));
}
/** The identity of an item whose normalised text (normaliseText) is `normalised`. */
export function keyOfNormalised(normalised) {
    return createHash('sha256').update(normalised).digest('hex').slice(0, KEY_LENGTH);
}
//# sourceMappingURL=normalise.js.map