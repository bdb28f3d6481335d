import type { Token } from 'markdown-it';
import { collapseWhitespace } from '../source-text.ts';

/** The plain text of an inline token, line by line, with what the extraction needs to know about it. */
export interface InlineText {
  /** Plain text of each source line: emphasis and links unwrapped, code spans kept, images by their alt text, HTML dropped. */
  lines: string[];
  /** Text of each link (an autolink's is its URL). */
  links: string[];
  code: string[];
  /** Everything but white space is bold (`**Action items:**`). */
  bold: boolean;
}

export function inlineParts(inline: Token): InlineText {
  const lines: string[] = [''];
  const links: string[] = [];
  const code: string[] = [];
  let link: string | null = null;
  let strong = 0;
  let boldSeen = false;
  let plainSeen = false;
  const write = (text: string): void => {
    lines[lines.length - 1] += text;
    if (link !== null) link += text;
    if (text.trim() === '') return;
    if (strong > 0) boldSeen = true;
    else plainSeen = true;
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
        if (link !== null) link += ' ';
        break;
      case 'link_open':
        link = '';
        break;
      case 'link_close':
        if (link !== null && link.trim() !== '') links.push(collapseWhitespace(link));
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
export function inlineText(inline: Token): string {
  return inlineParts(inline)
    .lines.filter((l) => l !== '')
    .join(' ');
}
