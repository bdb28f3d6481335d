/**
 * Every language report-sync reads, in one list: the defaults of extraction
 * are the union of what these modules say. Adding a language is adding a
 * module here.
 */
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nb } from './nb.ts';
import { HEADING_CLASSES, type HeadingClass, type Language, type LanguageCode } from './types.ts';
import { zh } from './zh.ts';

export * from './types.ts';

export const LANGUAGES: readonly Language[] = [en, nb, de, fr, zh];

export function language(code: LanguageCode): Language {
  const found = LANGUAGES.find((l) => l.code === code);
  if (!found) throw new Error(`unknown language ${code}`);
  return found;
}

/** One field of every language, in language order, without repeats. */
export function allWords(pick: (language: Language) => readonly string[] | undefined): string[] {
  return [...new Set(LANGUAGES.flatMap((l) => pick(l) ?? []))];
}

/** Language-neutral placeholders: text that is only punctuation standing for "nothing". */
const PUNCTUATION_PLACEHOLDERS = ['-', '–', '—', '\\.\\.\\.', '…', '\\?'];

export const DEFAULTS = {
  placeholders: [...PUNCTUATION_PLACEHOLDERS, ...allWords((l) => l.placeholders)],
  markers: allWords((l) => l.markers),
  trailingMarkers: allWords((l) => l.trailingMarkers),
  decisions: allWords((l) => l.decisions),
};

/**
 * The default heading patterns of a class, as regex sources anchored at the start of a heading:
 * the patterns that match anywhere are given a leading `.*` and a word start (none before a Han
 * character, which needs no word start).
 */
export function defaultHeadingPatterns(headingClass: HeadingClass): string[] {
  const start = allWords((l) => l.headings[headingClass]);
  const anywhere = allWords((l) => l.headingsAnywhere[headingClass]).map(anywherePattern);
  return [...start, ...anywhere];
}

const HAN_START = /^\p{Script=Han}/u;

function anywherePattern(source: string): string {
  return HAN_START.test(source) ? `.*(?:${source})` : `.*(?<![\\p{L}\\p{N}\\p{M}])(?:${source})`;
}

export const DEFAULT_HEADING_PATTERNS = Object.fromEntries(
  HEADING_CLASSES.map((cls) => [cls, defaultHeadingPatterns(cls)]),
) as Record<HeadingClass, string[]>;
