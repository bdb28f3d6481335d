/** Collects blocks into an array (list item bodies, block quotes that are flattened later). */
export class BlockArray {
    blocks = [];
    add(block) {
        this.blocks.push(block);
    }
}
/**
 * Builds the section tree every format shares. A heading's `rank` is its
 * format's own notion of level (RST title style order, Markdown `#` count);
 * a heading closes every open section of equal or deeper rank, and its
 * `level` in the outline is how deep it ends up nested.
 */
export class SectionTree {
    root = { title: '', level: 0, line: 1, blocks: [], sections: [] };
    #open = [{ section: this.root, rank: 0 }];
    get current() {
        return this.#innermost().section;
    }
    /** Depth of the innermost open section (0 at the root). */
    get depth() {
        return this.#open.length - 1;
    }
    add(block) {
        this.current.blocks.push(block);
    }
    openSection(title, line, rank) {
        while (this.#open.length > 1 && this.#innermost().rank >= rank)
            this.#open.pop();
        const section = { title, level: this.#open.length, line, blocks: [], sections: [] };
        this.current.sections.push(section);
        this.#open.push({ section, rank });
        return section;
    }
    #innermost() {
        const top = this.#open.at(-1);
        if (!top)
            throw new Error('section stack is never empty');
        return top;
    }
}
/**
 * A list item from the blocks of its body: the first paragraph is its text,
 * nested lists (at any depth of containers) become its children, and the
 * remaining paragraphs and literal blocks stay as its blocks. A task box at
 * the start of its text (in any format) becomes its `task`.
 */
export function listItemFromBlocks(blocks, line) {
    const [first, ...rest] = blocks;
    const item = { text: '', line, blocks: [], children: [] };
    if (first?.type === 'paragraph')
        Object.assign(item, { text: first.text }, detailOf(first));
    for (const block of first?.type === 'paragraph' ? rest : blocks) {
        if (block.type === 'list')
            item.children.push(...block.items);
        else if (block.type === 'paragraph' || block.type === 'literal')
            item.blocks.push(block);
        else
            item.blocks.push(...tableParagraphs(block.rows.flatMap((row) => row.cells), block.line));
    }
    return withTaskBox(item);
}
function detailOf(paragraph) {
    const detail = {};
    if (paragraph.lines)
        detail.lines = paragraph.lines;
    if (paragraph.links)
        detail.links = paragraph.links;
    if (paragraph.code)
        detail.code = paragraph.code;
    return detail;
}
/** A table inside a list item is read as its cells' text: the item's description. */
function tableParagraphs(cells, line) {
    return cells.filter((text) => text !== '').map((text) => ({ type: 'paragraph', text, line }));
}
// `[ ]`, `[]`, `[x]` and a ballot box or check mark standing as the box.
const TASK_BOX = /^(?:\[(?<md> |x|X)?\](?:\s+|$)|(?<glyph>[☐☑☒✅])\ufe0f?\s*)/u;
/** The task box `text` starts with (`[ ]`, `[x]`, `☐`, `✅`) and the text after it; null without one. */
export function readTaskBox(text) {
    const box = TASK_BOX.exec(text);
    if (!box?.groups)
        return null;
    const { md, glyph } = box.groups;
    const done = glyph ? glyph !== '☐' : md === 'x' || md === 'X';
    return { task: done ? 'done' : 'open', text: text.slice(box[0].length) };
}
/** `- [ ] text` and `- [x] text` (GitHub task lists), `☐ text`: the box becomes `task`, the text loses it. */
export function withTaskBox(item) {
    const box = readTaskBox(item.text);
    if (!box)
        return item;
    const boxed = { ...item, text: box.text, task: box.task };
    const [firstLine, ...more] = item.lines ?? [];
    if (firstLine !== undefined)
        boxed.lines = [firstLine.replace(TASK_BOX, ''), ...more];
    return boxed;
}
/**
 * A paragraph from the plain text of its source lines (each already without markup): `text` is
 * them joined, and `lines` keeps them when there is more than one.
 */
export function paragraphOf(lines, line, detail = {}) {
    const kept = lines.map((l) => l.trim());
    const paragraph = { type: 'paragraph', text: joinLines(kept), line };
    if (kept.length > 1)
        paragraph.lines = kept;
    if (detail.links?.length)
        paragraph.links = detail.links;
    if (detail.code?.length)
        paragraph.code = detail.code;
    return paragraph;
}
/** Lines joined by single spaces, empty ones left out. */
export function joinLines(lines) {
    return lines.filter((l) => l !== '').join(' ');
}
//# sourceMappingURL=builder.js.map