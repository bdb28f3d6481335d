/**
 * Plain text to outline, by the heading and list heuristics of docs/extraction.md ("Reports").
 * Quoted lines (`> TODO: x`, `> > - item`, as mail quotes them) are read without their quote
 * marks, as Markdown reads a block quote: what is quoted still counts, at any depth.
 */
import { SectionTree } from "../builder.js";
import { collapseWhitespace, expandTabs, splitLines } from "../source-text.js";
import { findHeadings, splitChunks } from "./headings.js";
import { TextBody } from "./lists.js";
/** Each `>` is preceded by its own spaces, so the marks are read in one pass at any depth. */
const QUOTE_MARKS = /^(?: *>)+ ?/;
export function parsePlainText(text, { budget, rules }) {
    const lines = splitLines(text).map((l) => expandTabs(l, 4).replace(QUOTE_MARKS, '').trimEnd());
    const chunks = splitChunks(lines);
    const headings = findHeadings(chunks, rules);
    const tree = new SectionTree();
    const body = new TextBody(tree, budget);
    // Heading styles rank in the order they first appear, as RST titles do.
    const styles = [];
    chunks.forEach((chunk, k) => {
        budget.check(chunk.start + 1);
        const heading = headings[k];
        let rest = chunk.lines;
        if (heading) {
            if (!styles.includes(heading.style))
                styles.push(heading.style);
            tree.openSection(collapseWhitespace(heading.text), chunk.start + 1, styles.indexOf(heading.style) + 1);
            body.redirect(tree);
            rest = chunk.lines.slice(heading.length);
        }
        if (rest.length > 0)
            body.chunk(rest, chunk.start + 1 + (chunk.lines.length - rest.length));
    });
    body.finish();
    const titleIsSection = Boolean(headings[0]) && tree.root.blocks.length === 0;
    const title = titleIsSection ? (tree.root.sections[0]?.title ?? null) : null;
    const metadata = { fields: {} };
    return {
        outline: { format: 'text', title, titleIsSection, metadata, root: tree.root },
        warnings: body.warnings,
    };
}
//# sourceMappingURL=index.js.map