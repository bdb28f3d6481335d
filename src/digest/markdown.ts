/** A digest as Markdown, to paste into a report: `##` for its title, `###` per section. Pure. */
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

const markdown: Markup = {
  link: (text, url) => `[${text}](${url.replace(/[ ()<>]/g, encodeURIComponent)})`,
  literal: (text) => `\`${text.replaceAll('`', "'")}\``,
  escape: (text) => text.replace(/[\\`*_[\]<>#|~!]/g, '\\$&'),
};

export function renderMarkdown(digest: Digest, options: TextOptions): string {
  const words = wordsOf(options);
  const board = markdown.link(markdown.escape(oneLine(digest.board.name)), digest.board.url);
  const lines = [
    digestMarkLine('markdown'),
    '',
    `## ${titleOf(digest, options)}`,
    '',
    fill(words.board, { board }),
    '',
  ];
  for (const section of DIGEST_SECTIONS) {
    const entries = digest.sections[section];
    lines.push(`### ${sectionTitle(section, entries.length, options)}`, '');
    if (entries.length === 0) lines.push(words.none, '');
    for (const { list, groups } of groupsOf(entries)) {
      for (const group of groups) {
        const heads = groupLines(list, group.members, markdown, options);
        if (group === groups[0]) lines.push(`- ${heads.list}`);
        lines.push(`  - ${heads.members}`);
        for (const entry of group.entries)
          lines.push(`    - ${entryLine(entry, section, markdown, options)}`);
      }
    }
    if (entries.length > 0) lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
