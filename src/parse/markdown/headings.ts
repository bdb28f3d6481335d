/**
 * Markdown headings written without a space after the `#`s (`##下周计划`,
 * `##Next steps`): CommonMark reads them as text, reports mean a heading. Such
 * a line is given its space before markdown-it reads the file when the text
 * starts with a CJK character or has a heading class; code fences are left
 * alone.
 */
import type { ParseRules } from '../rules.ts';

const SPACELESS = /^( {0,3})(#{1,6})([^#\s].*)$/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function spaceHeadings(lines: readonly string[], rules: ParseRules): string[] {
  let fence: string | null = null;
  return lines.map((line) => {
    const opener = FENCE.exec(line)?.[1];
    if (opener && (fence === null || opener.startsWith(fence))) {
      fence = fence === null ? (opener[0] ?? '`').repeat(3) : null;
      return line;
    }
    if (fence !== null) return line;
    const match = SPACELESS.exec(line);
    if (!match) return line;
    const [, indent = '', hashes = '', text = ''] = match;
    const heading = text.replace(/\s+#+\s*$/, '');
    return CJK.test(text) || rules.hasHeadingClass(heading) ? `${indent}${hashes} ${text}` : line;
  });
}
