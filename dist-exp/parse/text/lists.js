import { joinLines, withTaskBox } from "../builder.js";
import { MAX_NESTING, nestingWarning } from "../limits.js";
import { collapseWhitespace } from "../source-text.js";
export const LIST_MARKER = /^( *)([-*+•]|\d{1,9}[.)]|[a-zA-Z]\))(?: +|$)/;
/** Turns the body lines of a report into paragraphs and lists, keeping a list open across blank lines. */
export class TextBody {
    #budget;
    #sink;
    #list = null;
    #open = [];
    /** Texts grow line by line and are joined once, in finish(): joining on every line would be quadratic. */
    #written = new Map();
    warnings = [];
    constructor(sink, budget) {
        this.#sink = sink;
        this.#budget = budget;
    }
    /** Blocks from here on go to `sink` (a new section); an open list ends. */
    redirect(sink) {
        this.#sink = sink;
        this.#endList();
    }
    /** A run of non-blank lines; `firstLine` is the 1-based line of `lines[0]`. */
    chunk(lines, firstLine) {
        let paragraph = null;
        // Right after an item's line, an indented line continues the item's text; after a blank, it is a paragraph of the item.
        let continuesItem = false;
        lines.forEach((raw, i) => {
            const line = firstLine + i;
            this.#budget.check(line);
            const marker = LIST_MARKER.exec(raw);
            const innermost = this.#open.at(-1);
            if (marker) {
                paragraph = null;
                this.#addItem(marker[1]?.length ?? 0, raw.slice(marker[0].length), !/^[-*+•]$/.test(marker[2] ?? ''), line);
                continuesItem = true;
            }
            else if (innermost && raw.length - raw.trimStart().length > innermost.indent) {
                if (continuesItem)
                    this.#linesOf(innermost.item).push(raw);
                else if (paragraph)
                    this.#linesOf(paragraph).push(raw);
                else
                    innermost.item.blocks.push((paragraph = this.#paragraph(raw, line)));
            }
            else if (paragraph && !innermost) {
                this.#linesOf(paragraph).push(raw);
            }
            else {
                this.#endList();
                continuesItem = false;
                this.#sink.add((paragraph = this.#paragraph(raw, line)));
            }
        });
    }
    finish() {
        for (const [block, lines] of this.#written) {
            const texts = lines.map(collapseWhitespace);
            block.text = joinLines(texts);
            if (texts.length > 1)
                block.lines = texts;
            if ('children' in block)
                Object.assign(block, withTaskBox(block));
        }
    }
    #linesOf(block) {
        let lines = this.#written.get(block);
        if (!lines)
            this.#written.set(block, (lines = []));
        return lines;
    }
    #paragraph(text, line) {
        const paragraph = { type: 'paragraph', text: '', line };
        this.#written.set(paragraph, [text]);
        return paragraph;
    }
    #addItem(indent, text, ordered, line) {
        while ((this.#open.at(-1)?.indent ?? -1) >= indent)
            this.#open.pop();
        // Deeper than the limit, an item stays at the deepest level read (recursion over the outline stays bounded).
        if (this.#open.length >= MAX_NESTING) {
            if (!this.warnings.some((w) => w.code === 'nesting-too-deep'))
                this.warnings.push(nestingWarning(line));
            this.#open.length = MAX_NESTING - 1;
        }
        const item = { text: '', line, blocks: [], children: [] };
        this.#written.set(item, [text]);
        const parent = this.#open.at(-1);
        if (parent) {
            parent.item.children.push(item);
        }
        else {
            if (!this.#list) {
                this.#list = { type: 'list', ordered, items: [], line };
                this.#sink.add(this.#list);
            }
            this.#list.items.push(item);
        }
        this.#open.push({ indent, item });
    }
    #endList() {
        this.#list = null;
        this.#open = [];
    }
}
//# sourceMappingURL=lists.js.map