/**
 * The description's two parts as fields (card-fields.ts): the hash of each as
 * written, a description composed of report-sync's part and the card's own
 * where a person holds the other, and records made before the split. Pure.
 */
import type { WrittenFields } from '../state/sync-state.ts';
import type { TrelloCard } from '../trello/types.ts';
import { descHash } from './hash.ts';
import {
  type DescParts,
  joinDescription,
  sourcePart,
  splitDescription,
  TRELLO_DESC_LIMIT,
} from './render.ts';

/** The hash of the body a description has (what `written.bodyHash` records). */
export const bodyHashOf = (parts: DescParts) => descHash(parts.body);

/** The hash of the source part a description has (what `written.sourcesHash` records). */
export const sourcesHashOf = (parts: DescParts) => descHash(sourcePart(parts));

/** The description to write: report-sync's parts where it writes them, the card's own elsewhere. */
export function composeDescription(
  ours: DescParts,
  current: string,
  writing: { body: boolean; sources: boolean },
): string {
  const now = splitDescription(current);
  const body = writing.body ? ours.body : now.body;
  const { head, tail } = writing.sources ? ours : now;
  const desc = joinDescription({ head, body, tail });
  // A person's long body and the sources may not fit together: the card is then left as it is.
  return desc.length > TRELLO_DESC_LIMIT ? current : desc;
}

/**
 * `written` with the description's part hashes, for a record made before the
 * description had parts: a card whose description is still the one written
 * is untouched, and its parts are read from it; any other was edited by a
 * person, in a part no one can tell.
 */
export function withDescParts(written: WrittenFields, card: TrelloCard): WrittenFields {
  if (written.bodyHash !== null && written.sourcesHash !== null) return written;
  if (written.descHash === undefined || written.descHash !== descHash(card.desc))
    return { ...written, bodyHash: written.bodyHash ?? '', sourcesHash: written.sourcesHash ?? '' };
  const parts = splitDescription(card.desc);
  return { ...written, bodyHash: bodyHashOf(parts), sourcesHash: sourcesHashOf(parts) };
}
