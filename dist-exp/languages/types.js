/**
 * What report-sync knows about one language: the words its reports use for
 * headings, markers, status, due dates and dates. Plain data, so that a
 * language is one file to read or add; the matchers are built from it
 * elsewhere (headings.ts, markers.ts, dates/).
 *
 * Patterns are regular expression sources, compared with text that is in
 * NFKC, lower case and trimmed unless a field says otherwise.
 */
/** The classes a heading or label can have (docs/extraction.md, "Headings"), in the order they are tried. */
export const HEADING_CLASSES = ['excluded', 'attendance', 'done', 'taskList', 'plan'];
//# sourceMappingURL=types.js.map