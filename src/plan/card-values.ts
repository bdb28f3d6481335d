/**
 * A card's values through the card-field table (card-fields.ts): what the item
 * wants, whether a person changed what was written, what is recorded as
 * written, and what Trello is sent. Nothing here names a field. Pure.
 */
import type { PendingWrite, WrittenFields } from '../state/sync-state.ts';
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
import { withDescParts } from './description.ts';

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
  const was = withDescParts(written, card);
  return Object.entries(field.read(card)).some(
    ([key, value]) => !same(value, was[key as keyof WrittenFields]),
  );
}

/** The fields a person changed on the card since report-sync wrote `written`. */
export function changedFields(card: TrelloCard, written: WrittenFields): OwnedField[] {
  return CARD_FIELDS.filter((field) => changedOnBoard(field, card, written)).map((f) => f.name);
}

/** What is left alone when a person changed these fields: they, and the fields they hold (`heldBy`). */
export function leftAlone(changed: readonly OwnedField[]): OwnedField[] {
  const held = CARD_FIELDS.filter((f) => f.heldBy && changed.includes(f.heldBy) && !changed.includes(f.name));
  return [...changed, ...held.map((f) => f.name)];
}

/** Of the fields to write, those a person changed since `written` (and those they hold): to be left alone. */
export function takenSince(
  fields: readonly OwnedField[],
  card: TrelloCard,
  written: WrittenFields,
): OwnedField[] {
  const people = leftAlone(changedFields(card, written));
  return fields.filter((field) => people.includes(field));
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

/**
 * The request that writes these fields to `card` (as just read), what is then
 * recorded as written, and the same field by field (a pending write's `fields`).
 */
export function updateRequest(
  want: WantedFields,
  fields: readonly OwnedField[],
  ids: Ids,
  card: TrelloCard,
): { request: CardChanges; written: Partial<WrittenFields>; byField: PendingWrite['fields'] } {
  const specs = CARD_FIELDS.filter((field) => fields.includes(field.name));
  const target = { card, writing: fields };
  const byField: PendingWrite['fields'] = Object.fromEntries(
    specs.map((field) => [field.name, field.record(want, ids)]),
  );
  return {
    request: merge<CardChanges>(specs.map((field) => field.send(want, ids, target))),
    written: merge(Object.values(byField)),
    byField,
  };
}

/**
 * `written` with a pending write's values taken for each field the card
 * reads as them: report-sync wrote them, and the save after failed. `seen`:
 * some field reads as that write's value and not as the one written before.
 */
export function withPending(
  written: WrittenFields,
  pending: PendingWrite['fields'],
  card: TrelloCard,
): { written: WrittenFields; seen: boolean } {
  let result = written;
  let seen = false;
  for (const field of CARD_FIELDS) {
    const part = pending[field.name];
    if (!part) continue;
    const candidate = { ...result, ...part };
    if (changedOnBoard(field, card, candidate)) continue;
    if (changedOnBoard(field, card, result)) seen = true;
    result = candidate;
  }
  return { written: result, seen };
}

/** The lists and labels that writing these fields (all, for a new card) puts the card in. */
export function refsUsed(want: WantedFields, fields?: readonly OwnedField[]): (ListRef | LabelRef)[] {
  return CARD_FIELDS.filter((field) => !fields || fields.includes(field.name)).flatMap(
    (field) => field.uses?.(want) ?? [],
  );
}
