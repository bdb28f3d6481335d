/**
 * The one order a text digest is written in — its mark, title, board line,
 * then each section with its list groups, member groups and entries — with
 * what each format puts around each part (markdown.ts, rst.ts). Pure.
 */
import { groupsOf } from './group.ts';
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

/** A format's lines for each part of a digest; each gets its text unescaped, except the entries. */
export interface Layout {
  markup: Markup;
  mark: string;
  title(text: string): string[];
  heading(text: string): string[];
  list(text: string): string[];
  member(text: string): string[];
  entry(text: string): string[];
  /** After a member group's entries, and after a section's groups. */
  groupEnd: string[];
  sectionEnd: string[];
}

export function layOut(digest: Digest, options: TextOptions, layout: Layout): string {
  const { markup } = layout;
  const words = wordsOf(options);
  const board = markup.link(markup.escape(oneLine(digest.board.name)), digest.board.url);
  const lines = [
    layout.mark,
    '',
    ...layout.title(titleOf(digest, options)),
    fill(words.board, { board }),
    '',
  ];
  for (const section of DIGEST_SECTIONS) {
    const entries = digest.sections[section];
    lines.push(...layout.heading(sectionTitle(section, entries.length, options)));
    if (entries.length === 0) lines.push(words.none, '');
    for (const { list, groups } of groupsOf(entries)) {
      for (const group of groups) {
        const heads = groupLines(list, group.members, markup, options);
        if (group === groups[0]) lines.push(...layout.list(heads.list));
        lines.push(...layout.member(heads.members));
        for (const entry of group.entries)
          lines.push(...layout.entry(entryLine(entry, section, markup, options)));
        lines.push(...layout.groupEnd);
      }
    }
    if (entries.length > 0) lines.push(...layout.sectionEnd);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
