/**
 * A card's values through the card-field table (card-fields.ts): what the item
 * wants, whether a person changed what was written, what is recorded as
 * written, and what Trello is sent. Nothing here names a field. Pure.
 */
import type { WrittenFields } from '../state/sync-state.ts';
import type { CardChanges, NewCard, TrelloCard } from '../trello/types.ts';
import {
  CARD_FIELDS,
  type CardFieldSpec,
  type Ids,
  type LabelRef,
  type ListRef,
  type OwnedField,
  plannedIds,
  sameSet,
  type WantContext,
  type WantedFields,
} from './card-fields.ts';

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? sameSet(a as string[], b as string[]) : a === b;

function merge<T>(parts: readonly Partial<T>[]): Partial<T> {
  return Object.assign({}, ...parts) as Partial<T>;
}

/** The fields the item wants, each from its entry in the table. */
export function wantedFields(ctx: WantContext): WantedFields {
  return merge(CARD_FIELDS.map((field) => field.want(ctx))) as WantedFields;
}

/** A person changed this field: the card no longer holds what report-sync last wrote to it. */
export function changedOnBoard(field: CardFieldSpec, card: TrelloCard, written: WrittenFields): boolean {
  return Object.entries(field.read(card)).some(
    ([key, value]) => !same(value, written[key as keyof WrittenFields]),
  );
}

/** No field report-sync owns on the card was changed by a person. */
export function untouched(card: TrelloCard, written: WrittenFields): boolean {
  return CARD_FIELDS.every((field) => !changedOnBoard(field, card, written));
}

/** What is recorded as written to a card made with the wanted fields (its checklist comes later). */
export function writtenCard(want: WantedFields, ids: Ids): WrittenFields {
  return { ...merge(CARD_FIELDS.map((field) => field.record(want, ids))), checklist: null } as WrittenFields;
}

/** What counts as written on a marked card found without a record (see adopt.ts). */
export function adoptedFields(card: TrelloCard, want: WantedFields): WrittenFields {
  const parts = CARD_FIELDS.map((field) => field.adopt?.(card, want) ?? field.record(want, plannedIds));
  return { ...merge(parts), checklist: null } as WrittenFields;
}

/** The request that creates a card with the wanted fields. */
export function newCardRequest(want: WantedFields, ids: Ids): NewCard {
  return merge(CARD_FIELDS.map((field) => field.send(want, ids))) as NewCard;
}

/** The request that writes these fields, and what is then recorded as written. */
export function updateRequest(
  want: WantedFields,
  fields: readonly OwnedField[],
  ids: Ids,
): { request: CardChanges; written: Partial<WrittenFields> } {
  const specs = CARD_FIELDS.filter((field) => fields.includes(field.name));
  return {
    request: merge<CardChanges>(specs.map((field) => field.send(want, ids))),
    written: merge(specs.map((field) => field.record(want, ids))),
  };
}

/** The lists and labels that writing these fields (all, for a new card) puts the card in. */
export function refsUsed(want: WantedFields, fields?: readonly OwnedField[]): (ListRef | LabelRef)[] {
  return CARD_FIELDS.filter((field) => !fields || fields.includes(field.name)).flatMap(
    (field) => field.uses?.(want) ?? [],
  );
}
