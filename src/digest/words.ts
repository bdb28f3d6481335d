/**
 * The parts of a digest the text formats share, in the chosen language: each
 * entry's words (due, who completed it, where it came from) and the
 * headings. The formats differ only in how they mark links, quotes and
 * headings up. Pure.
 */
import { language, type DigestWords, type LanguageCode } from '../languages/index.ts';
import type { Digest, DigestEntry, DigestSectionName, DigestSource } from './types.ts';
import { dayIn } from '../plan/due.ts';
import { periodDays } from './window.ts';

export interface TextOptions {
  language: LanguageCode;
  /** The zone dates are shown in. */
  timeZone: string;
  staleAfterWeeks: number;
}

/** A format's markup: a link, inline literal text, and escaping of plain text. */
export interface Markup {
  link(text: string, url: string): string;
  literal(text: string): string;
  escape(text: string): string;
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function wordsOf(options: TextOptions): DigestWords {
  return language(options.language).digest;
}

export function titleOf(digest: Digest, options: TextOptions): string {
  const [from, to] = periodDays(digest, options.timeZone);
  return fill(wordsOf(options).title, { from, to });
}

export function sectionTitle(section: DigestSectionName, count: number, options: TextOptions): string {
  const heading = fill(wordsOf(options).sections[section], { weeks: String(options.staleAfterWeeks) });
  return `${heading} (${count})`;
}

export function quoted(text: string, words: DigestWords): string {
  return `${words.quotes[0]}${text}${words.quotes[1]}`;
}

/** One entry as a line: the card (a link), then what the section says of it, then its newest source. */
export function entryLine(
  entry: DigestEntry,
  section: DigestSectionName,
  markup: Markup,
  options: TextOptions,
): string {
  const words = wordsOf(options);
  const name = markup.link(markup.escape(quoted(oneLine(entry.name), words)), entry.url);
  const due = entry.due === null ? [] : [fill(words.due, { date: dayIn(entry.due, options.timeZone) })];
  return [name, ...due, ...said(entry, section, words, markup), ...sourceParts(entry.source, markup)]
    .filter(Boolean)
    .join(' · ');
}

function said(entry: DigestEntry, section: DigestSectionName, words: DigestWords, markup: Markup): string[] {
  const list = (name: string) => markup.escape(quoted(name, words));
  if (section === 'done') {
    return [
      entry.by === 'person' ? fill(words.doneByPerson, { list: list(entry.list) }) : words.doneByReport,
    ];
  }
  if (section === 'moved' && entry.from !== undefined)
    return [fill(words.movedFrom, { list: list(entry.from) })];
  if (section === 'unresolvedOwners') {
    return [fill(words.ownersMissing, { owners: markup.escape((entry.owners ?? []).join(', ')) })];
  }
  if (section === 'stale' && entry.source === null) return [words.inNoReport];
  return [];
}

function sourceParts(source: DigestSource | null, markup: Markup): string[] {
  if (source === null) return [];
  const date = source.date === null ? '' : ` (${source.date})`;
  const report = source.report === null ? [] : [`${markup.escape(oneLine(source.report))}${date}`];
  const where = `${source.path}:${source.line}`;
  return [
    ...report,
    source.link === null ? markup.literal(where) : markup.link(markup.escape(where), source.link),
  ];
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `In list “Done”`, and the member group (or `No member`), as the group lines say them. */
export function groupLines(list: string, members: string, markup: Markup, options: TextOptions) {
  const words = wordsOf(options);
  return {
    list: fill(words.inList, { list: markup.escape(quoted(oneLine(list), words)) }),
    members: members === '' ? words.noMember : markup.escape(members),
  };
}
