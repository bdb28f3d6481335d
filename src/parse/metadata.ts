/** Report metadata that is written as prose: the week in a title, the byline under it. */

const WEEK_IN_TITLE = /(?:^|[^\p{L}])(?:uke|week|woche|semaine|kw)\s*(\d{1,2})(?!\d)/iu;
const CHINESE_WEEK = /第\s*(\d{1,2})\s*周/u;

/** The ISO week a title names (`Uke 42`, `Week 7`, `第42周`), or undefined. */
export function weekFromTitle(title: string): number | undefined {
  const match = WEEK_IN_TITLE.exec(title) ?? CHINESE_WEEK.exec(title);
  if (!match?.[1]) return undefined;
  const week = Number(match[1]);
  return week >= 1 && week <= 53 ? week : undefined;
}

const BYLINE = /^(?:av|by|par|von)\s+(.+)$/iu;

/**
 * A byline such as `av Raymond Kristiansen, UH IaaS, 31.juli 2017`: the first
 * comma-separated part is the author, the last (when it has a digit) the date.
 */
export function parseByline(text: string): { author: string; date?: string } | undefined {
  const match = BYLINE.exec(text.trim());
  if (!match?.[1]) return undefined;
  const parts = match[1].split(',').map((p) => p.trim());
  const author = parts[0];
  if (!author || parts.length < 2) return undefined;
  const last = parts.at(-1) ?? '';
  return /\d/.test(last) ? { author, date: last } : { author };
}
