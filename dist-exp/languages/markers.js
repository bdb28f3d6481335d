/**
 * Marker words (docs/extraction.md, "Markers"): `TODO: x`, `FIXME - x`,
 * `TODO(ann): x`, `TODO Marina Kühn: x`, `ACTION: x`, `AI: x` at the start of
 * a block, or `x TODO` at its end. Words are matched as written (case
 * matters); a word written with a final `:` counts only before a colon.
 */
import { validPatterns } from "./headings.js";
/**
 * What separates a marker word from its text: a colon (ASCII or full-width), with or without
 * spaces; or a dash with a space on at least one side (`FIXME - x`, `TODO -x`, `TODO- x`). A dash
 * joined to both words is a compound (`TODO-liste`), not a separator. Repeats are all consumed.
 */
const SEPARATOR = String.raw `(?:\s*[:：]|\s+[-–—]+|[-–—]+(?=\s|$))+`;
const COLON = String.raw `(?:\s*[:：])+`;
/** Between the word and the separator, an owner: 1–4 capitalised words or @handles (`TODO Marina Kühn:`). */
const NAME = String.raw `(?:\p{Lu}[\p{L}\p{M}'’.-]*|@[A-Za-z0-9_-]+)`;
const OWNER = String.raw `(?:\s*\((?<owner>[^()]*)\)|\s+(?<named>${NAME}(?:\s+${NAME}){0,3}))?`;
/** Closing punctuation allowed after a trailing marker word: `DNS TODO.` (a `?` asks, so it is left out). */
const CLOSING = String.raw `[.!:;,。！：；，]*`;
const escape = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
export function compileMarkers(leading, trailing) {
    const words = validPatterns(leading.map(escape), 'extraction.markers', 'u');
    // Longer words first, so that `ACTION ITEM` is not read as `ACTION` with an owner `ITEM`.
    const byLength = [...words].sort((a, b) => b.length - a.length);
    const anySeparator = byLength.filter((w) => !w.endsWith(':')).map((w) => `(?:${w})`);
    const colonOnly = byLength.filter((w) => w.endsWith(':')).map((w) => `(?:${w.slice(0, -1)})`);
    const forms = [
        anySeparator.length ? `(?:${anySeparator.join('|')})${OWNER}${SEPARATOR}` : '',
        colonOnly.length ? `(?:${colonOnly.join('|')})${COLON}` : '',
    ].filter(Boolean);
    const closers = validPatterns(trailing.map(escape), 'extraction.trailingMarkers', 'u');
    return {
        leading: new RegExp(`^(?:${forms.length ? forms.join('|') : '(?!)'})\\s*(?<rest>.*)$`, 'su'),
        trailing: new RegExp(`^(?<rest>.*?)(?:^|\\s)(?:${closers.length ? closers.join('|') : '(?!)'})${CLOSING}$`, 'su'),
        trailingEnd: new RegExp(`(?:${closers.length ? closers.join('|') : '(?!)'})${CLOSING}$`, 'u'),
    };
}
//# sourceMappingURL=markers.js.map