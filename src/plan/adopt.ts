/**
 * Cards found by their marker: the mapping from item key to card is rebuilt
 * from the board when the state does not have it (a lost state file, or a
 * create whose outcome was unknown). Pure.
 */
import type { ItemKey } from '../extract/item.ts';
import { newCardRecord, type CardRecord } from '../state/sync-state.ts';
import type { TrelloCard } from '../trello/types.ts';
import { parseMarker } from './marker.ts';
import { descHash } from './hash.ts';
import { descriptionBody } from './render.ts';
import type { CardContent } from './types.ts';

export interface MarkedCards {
  /** The card marked with this key (the oldest, when a person copied one). */
  get(key: ItemKey): TrelloCard | undefined;
  /** Marked cards beyond the first for a key. */
  duplicates(): TrelloCard[];
  keys(): ItemKey[];
}

/** Trello ids are Mongo ObjectIds: the first 8 hex digits are the creation time. */
const byAge = (a: TrelloCard, b: TrelloCard) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function indexMarkedCards(cards: readonly TrelloCard[]): MarkedCards {
  const byKey = new Map<ItemKey, TrelloCard[]>();
  for (const card of cards) {
    const key = parseMarker(card.desc);
    if (key === null) continue;
    const list = byKey.get(key) ?? [];
    list.push(card);
    byKey.set(key, list);
  }
  for (const list of byKey.values()) list.sort(byAge);
  return {
    get: (key) => byKey.get(key)?.[0],
    duplicates: () => [...byKey.values()].flatMap((list) => list.slice(1)),
    keys: () => [...byKey.keys()],
  };
}

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
  const ownDesc = descriptionBody(card.desc) === descriptionBody(want.desc);
  return newCardRecord(
    {
      cardId: card.id,
      kind: want.kind,
      title: want.name,
      written: {
        name: want.name,
        descHash: descHash(ownDesc ? card.desc : want.desc),
        // An own description that differs from the wanted one is brought up to date.
        descShape: !ownDesc || descHash(card.desc) === descHash(want.desc) ? want.descShape : '',
        idList: want.list.id ?? card.idList,
        idLabels: want.labels.map((l) => l.id ?? `?${l.name}`).sort(),
        idMembers: [...want.idMembers].sort(),
        checklist: null,
      },
      sources: descHash(card.desc) === descHash(want.desc) ? [...want.sources] : [],
    },
    now,
  );
}
