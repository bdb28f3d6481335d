/**
 * What report-sync knows about one language: the words its reports use for
 * headings, markers, status, due dates and dates. Plain data, so that a
 * language is one file to read or add; the matchers are built from it
 * elsewhere (headings.ts, markers.ts, dates/).
 *
 * Patterns are regular expression sources, compared with text that is in
 * NFKC, lower case and trimmed unless a field says otherwise.
 */

/** The languages report-sync reads, and writes its digest in. */
export const LANGUAGE_CODES = ['en', 'nb', 'de', 'fr', 'zh'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** The classes a heading or label can have (docs/extraction.md, "Headings"), in the order they are tried. */
export const HEADING_CLASSES = ['excluded', 'attendance', 'done', 'taskList', 'plan'] as const;
export type HeadingClass = (typeof HEADING_CLASSES)[number];

export type HeadingPhrases = Record<HeadingClass, string[]>;

export interface TableColumns {
  /** Header cells (the whole cell) of a column that holds the task. */
  task: string[];
  owner: string[];
  due: string[];
  status: string[];
  /** Columns that only number the rows: never the task column. */
  id: string[];
}

export interface StatusWords {
  /** Words that mark an item done when bracketed or after a closing dash, in any case. */
  done: string[];
  /** Words that mark an item still open (removed from the text likewise). */
  open: string[];
  /** Upper-case tags that mark status as a first or last token (`DONE`, `WIP`). */
  doneTags?: string[];
  openTags?: string[];
}

export interface DateWords {
  /** Month names, January first; each entry lists the spellings of one month. */
  months?: string[][];
  /** Weekday names, Monday first. */
  weekdays?: string[][];
  /** Other words a date phrase may start with (`the`, `next`, `la`): a phrase starting otherwise is no date. */
  starters?: string[];
  /** The day after the report date. */
  tomorrow?: string[];
  /** The week after the report's week (its Friday). */
  nextWeek?: string[];
  /** The last day of the report date's month. */
  endOfMonth?: string[];
  /** Put before a month name: its last day (`end of`, `Ende`, `fin`); `{month}` marks where the month goes. */
  endOfNamedMonth?: string[];
  /** Words for an ISO week before its number (`week 21`, `KW 12`); `{n}` marks the number when it is not last. */
  week?: string[];
}

/** The sections of a digest, in the order it lists them. */
export const DIGEST_SECTIONS = ['done', 'new', 'moved', 'overdue', 'stale', 'unresolvedOwners'] as const;
export type DigestSectionName = (typeof DIGEST_SECTIONS)[number];

/**
 * The words of a digest (`report-sync digest`). `{name}` marks where a value
 * goes. Headings must read as no heading class of any language (a digest
 * pasted into a report makes no items), and `quotes` go around card names,
 * so that a card called "TODO: x" is no marker line.
 */
export interface DigestWords {
  /** The digest's title, with its period's first and last day (`{from}`, `{to}`). */
  title: string;
  /** The heading of each section; `{weeks}` in the stale one. */
  sections: Record<DigestSectionName, string>;
  /** `Board: {board}`. */
  board: string;
  /** The group of a list: `In list {list}`. */
  inList: string;
  /** The group of cards without a member. */
  noMember: string;
  /** An empty section. */
  none: string;
  due: string;
  doneByReport: string;
  /** `{list}`: the done list. */
  doneByPerson: string;
  movedFrom: string;
  /** A card whose item no report (in the state) mentions any more. */
  inNoReport: string;
  /** `{owners}`: the owners as written. */
  ownersMissing: string;
  /** Opening and closing quotation marks. */
  quotes: [string, string];
}

export interface Language {
  code: LanguageCode;
  /** chrono-node's parser for this language, when it has one; otherwise dates are read from `dates` alone. */
  chrono?: 'en' | 'de' | 'fr' | 'zh';
  /** Heading patterns that match at the start of a heading (and end at a word end). */
  headings: HeadingPhrases;
  /** Heading patterns that match anywhere in a heading (Latin ones at a word start). */
  headingsAnywhere: Partial<HeadingPhrases>;
  /** Words that make a task-list heading mixed (actions and decisions), matched anywhere. */
  decisions: string[];
  /**
   * Marker words that open a todo, as written (case-sensitive). A word ending in `:` counts only
   * before a colon (`AI:`).
   */
  markers: string[];
  /** Marker words that close a todo as its last token (`DNS TODO`). */
  trailingMarkers: string[];
  status: StatusWords;
  columns: TableColumns;
  /** Words after which a date phrase is a due date (`by`, `innen`, `bis`, `avant`, `截止`). */
  dueWords: string[];
  /** Words after a date phrase that make it a due date (Chinese `前`). */
  dueSuffixes?: string[];
  /** Words before a date phrase that schedule an item on that day (`on`, `am`, `le`, `på`). */
  scheduleWords: string[];
  /** Words before a week number that schedule an item in that week (`in week`, `i uke`). */
  scheduleWeek: string[];
  dates: DateWords;
  /** Words that join the names in a trailing `(…)` of owners. */
  ownerJoins: string[];
  /** Text that stands for "nothing here" in a list or table (`TBD`, `ingen`, `无`). */
  placeholders: string[];
  /** How an announcement of the next meeting starts (`Next meeting`). */
  nextMeeting: string[];
  /** Words that name a document or a place: links with them and a few words are no task. */
  documents: string[];
  /** How a byline starts (`av Raymond Kristiansen, UH IaaS, 31.juli 2017`). */
  bylines: string[];
  /** Labels of a date line near the top of a report (`Date:`, `Dato:`). */
  dateLabels: string[];
  /** Abbreviations (lower case, without the final `.`) after which a sentence never ends. */
  abbreviations: string[];
  digest: DigestWords;
}
