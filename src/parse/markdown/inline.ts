import type { Token } from 'markdown-it';
import { collapseWhitespace } from '../source-text.ts';

/** Plain text of an inline token: emphasis and links unwrapped, code spans kept, images by their alt text, HTML dropped. */
export function inlineText(inline: Token): string {
  let out = '';
  for (const child of inline.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline' || child.type === 'image') out += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') out += ' ';
  }
  return collapseWhitespace(out);
}
