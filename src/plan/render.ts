/**
 * What a card says. Its description has two parts: the body a person reads
 * and may edit (the full text when the title was cut, the item's
 * description), and the source part around it — a first line naming the
 * newest source (`From <report> (<date>) › <section> · N reports`), and at
 * the end the Sources section and the marker line. Each part is owned on its
 * own (card-fields.ts): a person who edits the body keeps their text while
 * the sources go on growing. Pure.
 */
import type { StoredItem } from '../state/sync-state.ts';
import type { CardMarker } from './marker.ts';
import type { ItemSource } from './occurrences.ts';

/** Trello accepts 16,384 characters; stay well below so that a person can still add a line. */
export const DESC_LIMIT = 15_000;
/** What Trello stores at most: a description composed with a person's body must fit in it. */
export const TRELLO_DESC_LIMIT = 16_384;
export const SOURCES_HEADING = '**Sources**';
const ELLIPSIS = '…';
/** The first line report-sync writes; read back only when it still looks like it. */
const FROM_LINE = /^From .+ · \d+ reports?$/u;

/** A description cut into its parts: `head` (the From line) and `tail` (Sources and marker) are report-sync's. */
export interface DescParts {
  head: string | null;
  body: string;
  tail: string | null;
}

export function joinDescription(parts: DescParts): string {
  return [parts.head, parts.body, parts.tail].filter(Boolean).join('\n\n');
}

/** The parts of a card's description, as a person may have left it. */
export function splitDescription(desc: string): DescParts {
  const lines = desc.replace(/\r\n?/g, '\n').split('\n');
  const tailAt = lines.findLastIndex((line) => line.trim() === SOURCES_HEADING);
  const above = tailAt >= 0 ? lines.slice(0, tailAt) : lines;
  const first = above.findIndex((line) => line.trim() !== '');
  const head =
    first >= 0 && FROM_LINE.test(above[first]?.trim() ?? '') ? (above[first]?.trim() ?? null) : null;
  return {
    head,
    body: (head === null ? above : above.slice(first + 1)).join('\n').trim(),
    tail: tailAt >= 0 ? lines.slice(tailAt).join('\n').trim() : null,
  };
}

/** The source part as one text: what its hash (`sourcesHash`) is taken of. */
export function sourcePart(parts: DescParts): string {
  return `${parts.head ?? ''}\n${parts.tail ?? ''}`;
}

export function renderDescription(
  item: StoredItem,
  sources: readonly ItemSource[],
  cardMarker: CardMarker,
): DescParts {
  const head = fromLine(sources);
  const marker = cardMarker.format();
  const tailOf = (lines: string[]) => [[SOURCES_HEADING, ...lines].join('\n'), marker].join('\n\n');
  const length = (body: string, lines: string[]) =>
    joinDescription({ head, body, tail: tailOf(lines) }).length;

  let body = introduction(item);
  let lines = sourceLines(sources, sources.length);
  // Keep the newest sources that fit; say how many older ones were left out.
  for (let kept = sources.length; length(body, lines) > DESC_LIMIT && kept > 1;) {
    kept = Math.max(1, Math.floor(kept * 0.8));
    lines = sourceLines(sources, kept);
  }
  const room = DESC_LIMIT - length('', lines) - 2;
  if (body.length > room) body = `${body.slice(0, Math.max(0, room - ELLIPSIS.length)).trimEnd()}${ELLIPSIS}`;
  return { head, body, tail: tailOf(lines) };
}

/** `From Uke 31 (2016-08-01) › Planlagte aktiviteter · 3 reports`: the newest source, and how many there are. */
function fromLine(sources: readonly ItemSource[]): string | null {
  const newest = sources.at(-1);
  if (!newest) return null;
  const section = newest.section.length > 0 ? ` › ${newest.section.join(' › ')}` : '';
  const count = `${sources.length} report${sources.length === 1 ? '' : 's'}`;
  return `From ${reportName(newest)}${section} · ${count}`;
}

/** The part of a description above the Sources section (full text and item description). */
function introduction(item: StoredItem): string {
  const parts: string[] = [];
  if (item.title.endsWith(ELLIPSIS)) parts.push(item.text);
  if (item.description.trim() !== '') parts.push(item.description.trim());
  return parts.join('\n\n');
}

function sourceLines(sources: readonly ItemSource[], keep: number): string[] {
  const omitted = sources.length - keep;
  const lines = sources.slice(omitted).map((s) => `- ${sourceLine(s)}`);
  if (omitted > 0) lines.unshift(`- ${ELLIPSIS} and ${omitted} more (older)`);
  return lines;
}

/** `Uke 31 (2016-08-01)`, or the path of a report without a title. */
export function reportName(source: ItemSource): string {
  const date = source.date ? ` (${source.date})` : '';
  return `${source.reportTitle ?? source.displayPath}${date}`;
}

/** Where in the report: `[path:line](link)`, or `` `path:line` `` without a link. */
export function sourceLink(source: ItemSource): string {
  const location = `${source.displayPath}:${source.line}`;
  const link = source.linkTemplate?.replaceAll('{line}', String(source.line));
  return link ? `[${location}](${link})` : `\`${location}\``;
}

function sourceLine(source: ItemSource): string {
  const section = source.section.length > 0 ? ` · ${source.section.join(' › ')}` : '';
  return `${reportName(source)}${section} · ${sourceLink(source)}`;
}
