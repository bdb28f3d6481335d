/**
 * Shaping item text: the card title (contract §3) and the sentence split used
 * for plan sections written as paragraphs. Both use Intl.Segmenter so that
 * Chinese (no spaces) is cut between words and sentences as well; the locale
 * is fixed so that results do not depend on the machine's.
 */

export const TITLE_MAX = 120;
const ELLIPSIS = '…';
const TRAILING_PUNCTUATION = /[\s.:;,。：；，]+$/u;

const words = new Intl.Segmenter('en', { granularity: 'word' });
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** `text` cut to at most 120 characters at a word boundary, `…` when cut, trailing `.:;,` removed. */
export function makeTitle(text: string): string {
  const chars = [...text];
  if (chars.length <= TITLE_MAX) return text.replace(TRAILING_PUNCTUATION, '');
  const head = chars.slice(0, TITLE_MAX - ELLIPSIS.length).join('');
  const kept = head.slice(0, cutPoint(text, head)).replace(TRAILING_PUNCTUATION, '');
  return `${kept}${ELLIPSIS}`;
}

/**
 * Where to cut `text` within `head` (a prefix of it): at the last space, so
 * that `IPv6-kurs` stays whole; without spaces (Chinese) at the last word
 * boundary; a single overlong word is cut hard.
 */
function cutPoint(text: string, head: string): number {
  if (/\s/u.test(text.charAt(head.length))) return head.length;
  const lastSpace = head.search(/\s\S*$/u);
  if (lastSpace > 0) return lastSpace;
  let cut = 0;
  for (const segment of words.segment(text)) {
    const end = segment.index + segment.segment.length;
    if (end > head.length) break;
    cut = end;
  }
  return cut > 0 ? cut : head.length;
}

/** Splits a paragraph into its first sentence and the rest (both trimmed). */
export function splitFirstSentence(text: string): { first: string; rest: string } {
  let end = text.length;
  for (const { segment, index } of sentences.segment(text)) {
    end = index + segment.length;
    if (!isOrdinalDate(text.slice(0, end), text.slice(end))) break;
  }
  return { first: text.slice(0, end).trim(), rest: text.slice(end).trim() };
}

const DAY_AT_END = /(?<!\d)\d{1,2}\.\s*$/u;
const MONTH_AT_START = /^(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dez|dec)/iu;

/** `am 3. März`: an ordinal day before a capitalised month ends no sentence, though Unicode's rules see an end. */
function isOrdinalDate(before: string, after: string): boolean {
  return DAY_AT_END.test(before) && MONTH_AT_START.test(after);
}
