/**
 * A digest as reStructuredText, to paste into a report: the title underlined
 * with `=`, sections with `-`, nested bullet lists for list, member and card
 * (each level set off by blank lines, as docutils wants). Pure.
 */
import { columnWidth } from '../parse/rst/column-width.ts';
import { groupsOf } from './group.ts';
import { digestMarkLine } from './mark.ts';
import { DIGEST_SECTIONS, type Digest } from './types.ts';
import {
  entryLine,
  fill,
  groupLines,
  type Markup,
  oneLine,
  sectionTitle,
  type TextOptions,
  titleOf,
  wordsOf,
} from './words.ts';

const rst: Markup = {
  // Anonymous references (`__`): two cards of one name make no duplicate target.
  link: (text, url) => `\`${text} <${url.replace(/[ <>`\\]/g, encodeURIComponent)}>\`__`,
  literal: (text) => `\`\`${text.replaceAll('`', "'")}\`\``,
  escape: (text) => text.replace(/[\\`*_|<>[\]:]/g, '\\$&'),
};

/** A heading: its underline as wide as its text (wide characters take two columns, as docutils counts). */
function heading(text: string, adornment: '=' | '-'): string[] {
  return [text, adornment.repeat(columnWidth(text))];
}

export function renderRst(digest: Digest, options: TextOptions): string {
  const words = wordsOf(options);
  const board = rst.link(rst.escape(oneLine(digest.board.name)), digest.board.url);
  const lines = [
    digestMarkLine('rst'),
    '',
    ...heading(rst.escape(titleOf(digest, options)), '='),
    '',
    fill(words.board, { board }),
    '',
  ];
  for (const section of DIGEST_SECTIONS) {
    const entries = digest.sections[section];
    lines.push(...heading(rst.escape(sectionTitle(section, entries.length, options)), '-'), '');
    if (entries.length === 0) lines.push(words.none, '');
    for (const { list, groups } of groupsOf(entries)) {
      for (const group of groups) {
        const heads = groupLines(list, group.members, rst, options);
        if (group === groups[0]) lines.push(`- ${heads.list}`, '');
        lines.push(`  - ${heads.members}`, '');
        for (const entry of group.entries) lines.push(`    - ${entryLine(entry, section, rst, options)}`);
        lines.push('');
      }
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
