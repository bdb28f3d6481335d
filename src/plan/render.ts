/**
 * What a card says: its description (full text when the title was cut, the
 * item's description, the Sources section, the marker line). Pure.
 */
import type { ItemKey } from '../extract/item.ts';
import type { StoredItem } from '../state/sync-state.ts';
import { formatMarker } from './marker.ts';
import type { ItemSource } from './occurrences.ts';

/** Trello accepts 16,384 characters; stay well below so that a person can still add a line. */
export const DESC_LIMIT = 15_000;
export const SOURCES_HEADING = '**Sources**';
const ELLIPSIS = '…';

export function renderDescription(item: StoredItem, sources: readonly ItemSource[], key: ItemKey): string {
  const intro = introduction(item);
  const marker = formatMarker(key);
  const fixed = (body: string, sourceLines: string[]) =>
    [body, [SOURCES_HEADING, ...sourceLines].join('\n'), marker].filter(Boolean).join('\n\n');

  let body = intro;
  let lines = sourceLines(sources, sources.length);
  // Keep the newest sources that fit; say how many older ones were left out.
  for (let kept = sources.length; fixed(body, lines).length > DESC_LIMIT && kept > 1;) {
    kept = Math.max(1, Math.floor(kept * 0.8));
    lines = sourceLines(sources, kept);
  }
  const room = DESC_LIMIT - fixed('', lines).length - 2;
  if (body.length > room) body = `${body.slice(0, Math.max(0, room - ELLIPSIS.length)).trimEnd()}${ELLIPSIS}`;
  return fixed(body, lines);
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
  const lines = sources.slice(omitted).map(sourceLine);
  if (omitted > 0) lines.unshift(`- ${ELLIPSIS} and ${omitted} more (older)`);
  return lines;
}

function sourceLine(source: ItemSource): string {
  const title = source.reportTitle ?? source.displayPath;
  const date = source.date ? ` (${source.date})` : '';
  const section = source.section.length > 0 ? ` · ${source.section.join(' › ')}` : '';
  const location = `${source.displayPath}:${source.line}`;
  const link = source.linkTemplate?.replaceAll('{line}', String(source.line));
  const where = link ? `[${location}](${link})` : `\`${location}\``;
  return `- ${title}${date}${section} · ${where}`;
}

/**
 * A description with its Sources section and marker removed: two descriptions
 * with the same body were written from the same item, whatever their sources.
 */
export function descriptionBody(desc: string): string {
  const normalised = desc.replace(/\r\n?/g, '\n');
  const at = normalised.lastIndexOf(SOURCES_HEADING);
  return (at >= 0 ? normalised.slice(0, at) : normalised).trim();
}
