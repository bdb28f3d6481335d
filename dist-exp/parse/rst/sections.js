import { columnWidth } from "./column-width.js";
import { stripRstInline } from "./inline.js";
export const ADORNMENT = /^([!-/:-@[-`{-~])\1*$/;
export class TitleStyles {
    #tree;
    #styles = [];
    constructor(tree) {
        this.#tree = tree;
    }
    /** Opens a section for a title of `style`; false when the style would skip a level. */
    open(title, line, style) {
        const depth = this.#tree.depth;
        let level = this.#styles.indexOf(style) + 1;
        if (level === 0) {
            if (this.#styles.length !== depth)
                return false;
            this.#styles.push(style);
            level = depth + 1;
        }
        else if (level > depth + 1) {
            return false;
        }
        this.#tree.openSection(stripRstInline(title), line, level);
        return true;
    }
    get depth() {
        return this.#tree.depth;
    }
}
/**
 * `lines[i]` is text and `lines[i + 1]` an adornment: a section title, or null
 * when the underline is too short to be one (then the two lines are text).
 */
export function underlinedTitle(lines, i, ctx) {
    const title = lines[i];
    const underline = lines[i + 1]?.text ?? '';
    if (!title)
        return null;
    if (columnWidth(title.text) > underline.length) {
        if (underline.length < 4)
            return null;
        ctx.warnings.push({ line: title.line, message: 'title underline too short' });
    }
    openTitle(title, underline[0] ?? '', ctx);
    return i + 2;
}
/**
 * `lines[i]` is an adornment at the start of a block: an overlined title, a
 * transition, or (returning null) ordinary text when it is too short to be either.
 */
export function overlinedTitle(lines, i, ctx) {
    const overline = lines[i];
    if (!overline)
        return null;
    const short = overline.text.length < 4;
    if (!ctx.sections) {
        if (short || overline.text === '::')
            return null;
        ctx.warnings.push({
            line: overline.line,
            message: 'a section title or transition cannot stand inside a list or block',
        });
        return i + 1;
    }
    const title = lines[i + 1];
    if (!title || title.text.trim() === '')
        return short ? null : i + 1; // a transition
    const underline = lines[i + 2];
    const problem = !underline
        ? 'incomplete section title'
        : ADORNMENT.test(title.text)
            ? 'invalid section title or transition marker'
            : underline.text !== overline.text
                ? 'section title overline and underline do not match'
                : null;
    if (problem) {
        if (short)
            return null;
        ctx.warnings.push({ line: overline.line, message: problem });
        return Math.min(i + 3, lines.length);
    }
    const text = title.text.trim();
    if (columnWidth(text) > overline.text.length) {
        if (short)
            return null;
        ctx.warnings.push({ line: title.line, message: 'title overline too short' });
    }
    openTitle({ text, line: title.line }, `${overline.text[0] ?? ''}${overline.text[0] ?? ''}`, ctx);
    return i + 3;
}
function openTitle(title, style, ctx) {
    if (!ctx.sections) {
        ctx.warnings.push({
            line: title.line,
            message: 'a section title cannot stand inside a list or block; left out',
        });
        return;
    }
    if (!ctx.sections.open(title.text.trim(), title.line, style)) {
        ctx.warnings.push({
            line: title.line,
            message: `title level inconsistent: "${title.text.trim()}" uses an adornment style that skips a level; not a section`,
        });
    }
}
//# sourceMappingURL=sections.js.map