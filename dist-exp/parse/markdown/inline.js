import { collapseWhitespace } from "../source-text.js";
export function inlineParts(inline) {
    const lines = [''];
    const links = [];
    const code = [];
    let link = null;
    let strong = 0;
    let boldSeen = false;
    let plainSeen = false;
    const write = (text) => {
        lines[lines.length - 1] += text;
        if (link !== null)
            link += text;
        if (text.trim() === '')
            return;
        if (strong > 0)
            boldSeen = true;
        else
            plainSeen = true;
    };
    for (const child of inline.children ?? []) {
        switch (child.type) {
            case 'text':
            case 'image':
                write(child.content);
                break;
            case 'code_inline':
                code.push(child.content);
                write(child.content);
                break;
            case 'softbreak':
            case 'hardbreak':
                lines.push('');
                if (link !== null)
                    link += ' ';
                break;
            case 'link_open':
                link = '';
                break;
            case 'link_close':
                if (link !== null && link.trim() !== '')
                    links.push(collapseWhitespace(link));
                link = null;
                break;
            case 'strong_open':
                strong++;
                break;
            case 'strong_close':
                strong--;
                break;
        }
    }
    return { lines: lines.map(collapseWhitespace), links, code, bold: boldSeen && !plainSeen };
}
/** The whole inline text on one line (headings, table cells). */
export function inlineText(inline) {
    return inlineParts(inline)
        .lines.filter((l) => l !== '')
        .join(' ');
}
//# sourceMappingURL=inline.js.map