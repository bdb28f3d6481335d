/**
 * A card found by its marker: the mapping from item key to card is rebuilt
 * from the board when the state does not have it (a lost state file, or a
 * create whose outcome was unknown), or when another install's card is taken
 * over (--adopt-foreign). Pure.
 */
import { newCardRecord, type CardRecord } from '../state/sync-state.ts';
import type { TrelloCard } from '../trello/types.ts';
import { adoptedFields } from './card-values.ts';
import { descHash } from './hash.ts';
import { CardMarker } from './marker.ts';
import type { CardContent } from './types.ts';

/**
 * The record of a marked card report-sync did not know. With the intent of a
 * create (recorded before the request), `written` is exactly what was sent.
 * Without one, what was written is unknown: a field that already has the wanted
 * value is taken as ours; any other is taken as changed by a person and left
 * alone — except a description whose body is ours, whose sources may grow.
 */
export function adoptRecord(
  card: TrelloCard,
  want: CardContent,
  intent: CardRecord | undefined,
  now: string,
): CardRecord {
  if (intent) return { ...intent, cardId: card.id, updatedAt: now };
  // Which install's marker the card carries is no difference in what it lists.
  const sameDesc = descHash(CardMarker.strip(card.desc)) === descHash(CardMarker.strip(want.desc));
  const record = newCardRecord(
    {
      cardId: card.id,
      kind: want.kind,
      title: want.name,
      written: adoptedFields(card, want),
      sources: sameDesc ? [...want.sources] : [],
    },
    now,
  );
  // Comments cannot be found by marker: a done item's card already in the done list (or
  // completed) has had its "Done in" comment, or a person completed it and needs none.
  const completed = card.dueComplete || (want.list.id !== null && card.idList === want.list.id);
  return want.doneIn && completed ? { ...record, doneIn: want.doneIn.reportId } : record;
}

/**
 * A card this install knew, marked since by another install, taken back
 * (--adopt-foreign): what was written is read from the card as it is now, as
 * for a card found without a record; the item's history stays.
 */
export function retakeRecord(
  record: CardRecord,
  card: TrelloCard,
  want: CardContent,
  now: string,
): CardRecord {
  const { formerKeys, doneIn, createdAt } = record;
  return { ...adoptRecord(card, want, undefined, now), formerKeys, doneIn, createdAt };
}
