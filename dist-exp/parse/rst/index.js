/** reStructuredText to outline, following docutils' reading of the document. */
import { SectionTree } from "../builder.js";
import { parseBody } from "./body.js";
import { toSourceLines } from "./lines.js";
import { TitleStyles } from "./sections.js";
export function parseRst(text, { budget }) {
    const tree = new SectionTree();
    const ctx = { budget, warnings: [], sections: new TitleStyles(tree), fields: {}, depth: 0 };
    parseBody(toSourceLines(text), tree, ctx);
    // As in docutils, the document title is a lone top-level section with nothing before it.
    const titleSection = tree.root.blocks.length === 0 && tree.root.sections.length === 1 ? tree.root.sections[0] : undefined;
    const title = titleSection?.title ?? null;
    // The byline, the week and the report date are read for every format alike (../metadata.ts).
    const metadata = { fields: ctx.fields };
    const author = ctx.fields['author'];
    if (author)
        metadata.author = author;
    return {
        outline: { format: 'rst', title, titleIsSection: titleSection !== undefined, metadata, root: tree.root },
        warnings: ctx.warnings,
    };
}
//# sourceMappingURL=index.js.map