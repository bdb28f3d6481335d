/**
 * Markdown to outline through markdown-it's token stream. Front matter lines
 * are blanked before parsing, so every token's line is the file's line, and
 * headings written without a space (`##下周计划`) are given one first.
 * markdown-it parses in one call; the time budget is checked inside it (a
 * rule that runs before every block and, every so often, inside inline text,
 * where nested brackets make it slow) and while its tokens are walked (walk.ts).
 */
import MarkdownIt from 'markdown-it';
import { SectionTree } from "../builder.js";
import { splitLines } from "../source-text.js";
import { readFrontMatter } from "./front-matter.js";
import { spaceHeadings } from "./headings.js";
import { TokenWalk } from "./walk.js";
const markdown = new MarkdownIt({ html: true });
/** Inline positions between two looks at the clock: often enough to stop in time, rarely enough to cost nothing. */
const INLINE_TICKS = 4096;
markdown.block.ruler.before('table', 'time-budget', (state, startLine) => {
    state.env.budget.check(startLine + 1);
    return false;
});
markdown.inline.ruler.before('text', 'time-budget', (state) => {
    const env = state.env;
    if (++env.ticks % INLINE_TICKS === 0)
        env.budget.check();
    return false;
});
export function parseMarkdown(text, context) {
    const lines = splitLines(text);
    const frontMatter = readFrontMatter(lines);
    const body = spaceHeadings([...Array(frontMatter.lineCount).fill(''), ...lines.slice(frontMatter.lineCount)], context.rules).join('\n');
    const tree = new SectionTree();
    const env = { budget: context.budget, ticks: 0 };
    const walk = new TokenWalk(tree, context.budget, markdown.options.maxNesting ?? 100, (html) => markdown.parseInline(html, env)[0]);
    walk.run(markdown.parse(body, env));
    const { fields } = frontMatter;
    const frontTitle = stringField(fields['title']);
    // A leading `#` heading is the title when it is the only one, and not some other heading than the front matter's title.
    const [first, ...more] = walk.headingRanks;
    const h1 = first === 1 && !more.includes(1) ? tree.root.sections[0] : undefined;
    const h1IsTitle = h1 !== undefined && (frontTitle === undefined || sameTitle(h1.title, frontTitle));
    return {
        outline: {
            format: 'markdown',
            title: frontTitle ?? (h1IsTitle ? (h1?.title ?? null) : null),
            titleIsSection: h1IsTitle,
            metadata: metadataOf(fields),
            root: tree.root,
        },
        warnings: [...frontMatter.warnings, ...walk.warnings],
    };
}
const sameTitle = (a, b) => a.normalize('NFKC').trim().toLowerCase() === b.normalize('NFKC').trim().toLowerCase();
function metadataOf(fields) {
    const metadata = { fields };
    const author = stringField(fields['author']);
    const date = stringField(fields['date']);
    if (author)
        metadata.author = author;
    if (date)
        metadata.date = date;
    return metadata;
}
function stringField(value) {
    if (typeof value === 'string')
        return value.trim() || undefined;
    if (typeof value === 'number')
        return String(value);
    if (value instanceof Date)
        return value.toISOString().slice(0, 10);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        return value.join(', ') || undefined;
    return undefined;
}
//# sourceMappingURL=index.js.map