const PREVIEW_LENGTH = 72;
export function renderOutlineTree(outline, notes = {}) {
    const lines = [];
    const { author, date, week } = outline.metadata;
    const facts = [
        `format ${outline.format}`,
        outline.title === null ? 'no title' : `title "${outline.title}"`,
        author ? `author ${author}` : '',
        date ? `date ${date}` : '',
        week === undefined ? '' : `week ${week}`,
    ];
    lines.push(facts.filter(Boolean).join(', '));
    new TreeWriter(lines, notes).section(outline.root, 0);
    return `${lines.join('\n')}\n`;
}
class TreeWriter {
    #lines;
    #notes;
    constructor(lines, notes) {
        this.#lines = lines;
        this.#notes = notes;
    }
    section(s, indent) {
        if (s.level > 0)
            this.#entry(indent, `${'#'.repeat(s.level)} ${s.title}`, s.line, this.#notes.heading?.(s.title));
        const inner = s.level > 0 ? indent + 1 : indent;
        for (const block of s.blocks)
            this.#block(block, inner);
        for (const sub of s.sections)
            this.section(sub, inner);
    }
    #block(block, indent) {
        if (block.type === 'paragraph')
            this.#entry(indent, `¶ ${preview(block.text)}`, block.line, this.#notes.paragraph?.(block));
        else if (block.type === 'literal')
            this.#entry(indent, `▤ literal block, ${block.text.split('\n').length} lines`, block.line);
        else if (block.type === 'table') {
            const header = block.header ? `: ${preview(block.header.join(' | '))}` : '';
            this.#entry(indent, `▦ table, ${block.rows.length} rows${header}`, block.line);
        }
        else
            for (const [n, item] of block.items.entries())
                this.#item(item, block.ordered ? `${n + 1}.` : '-', indent);
    }
    #item(item, marker, indent) {
        const box = item.task === 'open' ? '[ ] ' : item.task === 'done' ? '[x] ' : '';
        this.#entry(indent, `${marker} ${box}${preview(item.text)}`, item.line);
        for (const block of item.blocks)
            this.#block(block, indent + 1);
        for (const child of item.children)
            this.#item(child, '-', indent + 1);
    }
    #entry(indent, text, line, note) {
        this.#lines.push(`${'  '.repeat(indent)}${text}  (line ${line})${note ? `  [${note}]` : ''}`);
    }
}
function preview(text) {
    const chars = [...text];
    return chars.length <= PREVIEW_LENGTH ? text : `${chars.slice(0, PREVIEW_LENGTH - 1).join('')}…`;
}
//# sourceMappingURL=tree-view.js.map