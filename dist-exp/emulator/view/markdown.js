import MarkdownIt from 'markdown-it';
/**
 * Card descriptions as Trello shows them: Markdown, raw HTML shown as text
 * (`html: false`), bare URLs linked, single newlines kept as line breaks.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });
export function renderMarkdown(text) {
    return markdown.render(text);
}
//# sourceMappingURL=markdown.js.map