/** A digest as Markdown, to paste into a report: `##` for its title, `###` per section, nested lists. Pure. */
import { layOut, type Layout } from './layout.ts';
import { digestMarkLine } from './mark.ts';
import type { Digest } from './types.ts';
import type { TextOptions } from './words.ts';

const markdown: Layout = {
  markup: {
    link: (text, url) => `[${text}](${url.replace(/[ ()<>]/g, encodeURIComponent)})`,
    literal: (text) => `\`${text.replaceAll('`', "'")}\``,
    escape: (text) => text.replace(/[\\`*_[\]<>#|~!]/g, '\\$&'),
  },
  mark: digestMarkLine('markdown'),
  title: (text) => [`## ${text}`, ''],
  heading: (text) => [`### ${text}`, ''],
  list: (text) => [`- ${text}`],
  member: (text) => [`  - ${text}`],
  entry: (text) => [`    - ${text}`],
  groupEnd: [],
  sectionEnd: [''],
};

export function renderMarkdown(digest: Digest, options: TextOptions): string {
  return layOut(digest, options, markdown);
}
