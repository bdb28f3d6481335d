/**
 * Due dates (docs/extraction.md, "Due dates"): a date phrase after a due word
 * (`by`, `innen`, `bis`, `avant le`, `截止`) or before a Chinese `前`; failing
 * that, a scheduled week or day (`i uke 37`, `第15周`, `on 2024-05-01`). The
 * phrase stays in the text; relative phrases are read from the report date.
 */
import { LANGUAGES, type LanguageCode } from '../languages/index.ts';
import { datePhraseAt, datesIn, toIso, type CalendarDate } from '../languages/dates/index.ts';

/** Lead-ins tried per language and item: a paragraph full of `til` is still read in bounded time. */
const MAX_CANDIDATES = 40;
/** How far before a Chinese `前` (or after a `第`) a date phrase is looked for. */
const WINDOW = 24;

/** Lead-in words of every language in one search; the group that matched tells the language. */
interface Leads {
  pattern: RegExp;
}

const HAN = /^\p{Script=Han}/u;

/**
 * Words (regex sources), then optional punctuation (`échéance : 2025-01-02`): where a date phrase
 * may start. `after` is a lookahead the phrase must start with (the week word of `in week 21`).
 */
function leads(entries: readonly { code: LanguageCode; word: string; after?: string }[]): Leads {
  const groups = LANGUAGES.flatMap(({ code }) => {
    const words = entries
      .filter((e) => e.code === code)
      .sort((a, b) => b.word.length - a.word.length)
      .map(
        (e) =>
          (HAN.test(e.word) ? `(?:${e.word})` : `(?:${e.word})${BOUNDARY_AFTER}`) +
          (e.after ? `(?=${e.after})` : ''),
      );
    return words.length ? [`(?<${code}>${words.join('|')})`] : [];
  });
  // One boundary before all the words (Chinese words are written without spaces and need none).
  const source = `(?:(?<![\\p{L}\\p{N}])|(?=\\p{Script=Han}))(?:${groups.join('|') || '(?!)'})[\\s:：,–—-]*`;
  return { pattern: new RegExp(source, 'giu') };
}

const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';

const DUE = leads(LANGUAGES.flatMap(({ code, dueWords }) => dueWords.map((word) => ({ code, word }))));
const SCHEDULE_DAY = leads(
  LANGUAGES.flatMap(({ code, scheduleWords }) => scheduleWords.map((word) => ({ code, word }))),
);
/** `in week 21`: the preposition, then (not consumed) the week word and its number. */
const SCHEDULE_WEEK = leads(
  LANGUAGES.flatMap(({ code, scheduleWeek }) =>
    scheduleWeek.map((phrase) => {
      const [, word = '', week = ''] = /^(.*)\s+(\S+)$/u.exec(phrase) ?? [];
      return { code, word, after: `\\s+${week}\\s*\\d` };
    }),
  ),
);

/** The first date phrase right after a lead-in, in the text's order. */
function afterLead(text: string, list: Leads, reference: CalendarDate | null): CalendarDate | null {
  let tried = 0;
  for (const match of text.matchAll(list.pattern)) {
    if (++tried > MAX_CANDIDATES) break;
    const code = LANGUAGES.find((l) => match.groups?.[l.code] !== undefined)?.code;
    const phrase = code ? datePhraseAt(text.slice(match.index + match[0].length), code, reference) : null;
    if (phrase) return phrase.date;
  }
  return null;
}

/** A date phrase directly before a due suffix (`5月1日前`), or a week written with its number inside (`第15周`). */
function chineseForms(
  text: string,
  reference: CalendarDate | null,
): { due: CalendarDate | null; week: CalendarDate | null } {
  let due: CalendarDate | null = null;
  let week: CalendarDate | null = null;
  for (const { code, dueSuffixes = [], dates } of LANGUAGES) {
    for (const suffix of dueSuffixes) {
      let tried = 0;
      for (
        let at = text.indexOf(suffix);
        at > 0 && !due && ++tried <= MAX_CANDIDATES;
        at = text.indexOf(suffix, at + 1)
      ) {
        const start = Math.max(0, at - WINDOW);
        due =
          datesIn(text.slice(start, at), code, reference).find((d) => start + d.index + d.length === at)
            ?.date ?? null;
      }
    }
    // A week word with its number inside (`第{n}周`) needs no preposition: it schedules by itself.
    for (const prefix of (dates.week ?? [])
      .filter((w) => w.includes('{n}'))
      .map((w) => w.split('{n}')[0] ?? '')) {
      let tried = 0;
      for (
        let at = text.indexOf(prefix);
        prefix && at !== -1 && !week && ++tried <= MAX_CANDIDATES;
        at = text.indexOf(prefix, at + 1)
      )
        week = datePhraseAt(text.slice(at, at + WINDOW), code, reference)?.date ?? null;
    }
  }
  return { due, week };
}

/** The due date of an item's text, `YYYY-MM-DD`, or null. `reference` is the report date. */
export function findDue(text: string, reference: CalendarDate | null): string | null {
  const chinese = chineseForms(text, reference);
  const date =
    afterLead(text, DUE, reference) ??
    chinese.due ??
    afterLead(text, SCHEDULE_WEEK, reference) ??
    chinese.week ??
    afterLead(text, SCHEDULE_DAY, reference);
  return date ? toIso(date) : null;
}
