/**
 * A digest as reStructuredText, to paste into a report: the title underlined
 * with `=`, sections with `-`, nested bullet lists for list, member and card
 * (each level set off by blank lines, as docutils wants). Pure.
 */
import { columnWidth } from '../parse/rst/column-width.ts';
import { layOut, type Layout } from './layout.ts';
import { digestMarkLine } from './mark.ts';
import type { Digest } from './types.ts';
import type { Markup, TextOptions } from './words.ts';

const markup: Markup = {
  // Anonymous references (`__`): two cards of one name make no duplicate target.
  link: (text, url) => `\`${text} <${url.replace(/[ <>`\\]/g, encodeURIComponent)}>\`__`,
  literal: (text) => `\`\`${text.replaceAll('`', "'")}\`\``,
  escape: (text) => text.replace(/[\\`*_|<>[\]:]/g, '\\$&'),
};

/** A heading: its underline as wide as its text (wide characters take two columns, as docutils counts). */
function heading(text: string, adornment: '=' | '-'): string[] {
  const escaped = markup.escape(text);
  return [escaped, adornment.repeat(columnWidth(escaped)), ''];
}

const rst: Layout = {
  markup,
  mark: digestMarkLine('rst'),
  title: (text) => heading(text, '='),
  heading: (text) => heading(text, '-'),
  list: (text) => [`- ${text}`, ''],
  member: (text) => [`  - ${text}`, ''],
  entry: (text) => [`    - ${text}`],
  groupEnd: [''],
  sectionEnd: [],
};

export function renderRst(digest: Digest, options: TextOptions): string {
  return layOut(digest, options, rst);
}
