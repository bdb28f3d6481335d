import { ParseLimitExceeded } from "../budget.js";
import { BlockArray, listItemFromBlocks, paragraphOf } from "../builder.js";
import { MAX_TABLE_ROWS, tableRowsWarning } from "../limits.js";
import { inlineParts, inlineText } from "./inline.js";
export class TokenWalk {
    #tree;
    #budget;
    #maxLevel;
    #sinks = [];
    #lists = [];
    #items = [];
    #table = null;
    warnings = [];
    /** Level of each `#` heading, in order: whether the first is an H1, and whether it is the only one. */
    headingRanks = [];
    #inline;
    /**
     * `maxLevel` is markdown-it's maxNesting: at that depth it stops reading the rest of the file.
     * `inline` parses a piece of text as inline Markdown (the text of an HTML block in a list item).
     */
    constructor(tree, budget, maxLevel, inline) {
        this.#tree = tree;
        this.#budget = budget;
        this.#maxLevel = maxLevel;
        this.#inline = inline;
        this.#sinks.push(tree);
    }
    run(tokens) {
        // Table cells carry no line of their own: they take their row's.
        let line = 1;
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            if (!token)
                continue;
            if (token.map)
                line = token.map[0] + 1;
            this.#budget.check(line);
            if (token.level >= this.#maxLevel - 2)
                throw tooDeep(line);
            const inline = tokens[i + 1]?.type === 'inline' ? tokens[i + 1] : undefined;
            this.#token(token, inline, line);
        }
    }
    #token(token, inline, line) {
        switch (token.type) {
            case 'heading_open':
                return this.#heading(token, inline, line);
            case 'paragraph_open':
                if (inline && inline.content.trim())
                    this.#paragraph(inline, line);
                return;
            case 'html_block':
                return this.#htmlBlock(token, line);
            case 'fence':
            case 'code_block':
                return this.#sink().add({ type: 'literal', text: token.content.replace(/\n$/, ''), line });
            case 'bullet_list_open':
            case 'ordered_list_open':
                this.#lists.push({ type: 'list', ordered: token.type === 'ordered_list_open', items: [], line });
                return;
            case 'bullet_list_close':
            case 'ordered_list_close':
                return this.#closeList();
            case 'list_item_open':
                this.#items.push({ body: new BlockArray(), line });
                this.#sinks.push(this.#items.at(-1)?.body ?? this.#tree);
                return;
            case 'list_item_close':
                return this.#closeItem();
            case 'table_open':
                this.#table = {
                    block: { type: 'table', header: null, rows: [], line, cellBlocks: [] },
                    row: null,
                    inHead: false,
                    dropped: 0,
                };
                return;
            case 'thead_open':
            case 'thead_close':
                if (this.#table)
                    this.#table.inHead = token.type === 'thead_open';
                return;
            case 'tr_open':
                if (this.#table)
                    this.#table.row = [];
                return;
            case 'th_open':
            case 'td_open':
                this.#table?.row?.push(inline ? inlineText(inline) : '');
                return;
            case 'tr_close':
                return this.#closeRow(line);
            case 'table_close':
                return this.#closeTable();
        }
    }
    #sink() {
        return this.#sinks.at(-1) ?? this.#tree;
    }
    #heading(token, inline, line) {
        const rank = Number(token.tag.slice(1));
        const text = inline ? inlineText(inline) : '';
        // A heading inside a list item or block quote is text of that item, not a section.
        if (this.#items.length > 0)
            this.#sink().add({ type: 'paragraph', text, line });
        else {
            this.headingRanks.push(rank);
            this.#tree.openSection(text, line, rank);
        }
    }
    #paragraph(inline, line) {
        const parts = inlineParts(inline);
        const paragraph = paragraphOf(parts.lines, line, parts);
        if (parts.bold)
            paragraph.bold = true;
        this.#sink().add(paragraph);
    }
    /**
     * `- <script>…</script> deploy` or `- <div>…`: CommonMark opens an HTML block at such a line,
     * which would leave the item without text. In a list item its text is read as inline text, HTML
     * dropped as it is in a paragraph; elsewhere an HTML block is no text of the report.
     */
    #htmlBlock(token, line) {
        if (this.#items.length === 0)
            return;
        const inline = this.#inline(token.content.replace(/\n$/, ''));
        if (inline && inline.content.trim())
            this.#paragraph(inline, line);
    }
    #closeItem() {
        const open = this.#items.pop();
        this.#sinks.pop();
        if (open)
            this.#lists.at(-1)?.items.push(listItemFromBlocks(open.body.blocks, open.line));
    }
    #closeList() {
        const list = this.#lists.pop();
        if (list)
            this.#sink().add(list);
    }
    #closeRow(line) {
        const table = this.#table;
        if (!table?.row)
            return;
        if (table.inHead)
            table.block.header = table.row;
        else if (table.block.rows.length < MAX_TABLE_ROWS)
            table.block.rows.push({ cells: table.row, line });
        else if (table.dropped++ === 0)
            this.warnings.push(tableRowsWarning(table.block.line, line));
        table.row = null;
    }
    #closeTable() {
        if (this.#table)
            this.#sink().add(this.#table.block);
        this.#table = null;
    }
}
function tooDeep(line) {
    return new ParseLimitExceeded('nesting-too-deep', line, 'lists or quotes are nested too deep here for Markdown to be read on; the rest of the report would be lost', 'indent the lists less deeply');
}
//# sourceMappingURL=walk.js.map