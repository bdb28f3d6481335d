import { CARD_FIELDS, plannedIds, sameSet, } from "./card-fields.js";
import { withDescParts } from "./description.js";
const same = (a, b) => Array.isArray(a) && Array.isArray(b) ? sameSet(a, b) : a === b;
function merge(parts) {
    return Object.assign({}, ...parts);
}
/** The fields the item wants, each from its entry in the table. */
export function wantedFields(ctx) {
    return merge(CARD_FIELDS.map((field) => field.want(ctx)));
}
/** A person changed this field: the card no longer holds what report-sync last wrote to it. */
export function changedOnBoard(field, card, written) {
    const was = withDescParts(written, card);
    return Object.entries(field.read(card)).some(([key, value]) => !same(value, was[key]));
}
/** The fields a person changed on the card since report-sync wrote `written`. */
export function changedFields(card, written) {
    return CARD_FIELDS.filter((field) => changedOnBoard(field, card, written)).map((f) => f.name);
}
/** What is left alone when a person changed these fields: they, and the fields they hold (`heldBy`). */
export function leftAlone(changed) {
    const held = CARD_FIELDS.filter((f) => f.heldBy && changed.includes(f.heldBy) && !changed.includes(f.name));
    return [...changed, ...held.map((f) => f.name)];
}
/** Of the fields to write, those a person changed since `written` (and those they hold): to be left alone. */
export function takenSince(fields, card, written) {
    const people = leftAlone(changedFields(card, written));
    return fields.filter((field) => people.includes(field));
}
/** What is recorded as written to a card made with the wanted fields (its checklist comes later). */
export function writtenCard(want, ids) {
    return { ...merge(CARD_FIELDS.map((field) => field.record(want, ids))), checklist: null };
}
/** What counts as written on a marked card found without a record (see adopt.ts). */
export function adoptedFields(card, want) {
    const parts = CARD_FIELDS.map((field) => field.adopt?.(card, want) ?? field.record(want, plannedIds));
    return { ...merge(parts), checklist: null };
}
/** The request that creates a card with the wanted fields. */
export function newCardRequest(want, ids) {
    return merge(CARD_FIELDS.map((field) => field.send(want, ids)));
}
/** The request that writes these fields to `card` (as just read), and what is then recorded as written. */
export function updateRequest(want, fields, ids, card) {
    const specs = CARD_FIELDS.filter((field) => fields.includes(field.name));
    const target = { card, writing: fields };
    return {
        request: merge(specs.map((field) => field.send(want, ids, target))),
        written: merge(specs.map((field) => field.record(want, ids))),
    };
}
/** The lists and labels that writing these fields (all, for a new card) puts the card in. */
export function refsUsed(want, fields) {
    return CARD_FIELDS.filter((field) => !fields || fields.includes(field.name)).flatMap((field) => field.uses?.(want) ?? []);
}
//# sourceMappingURL=card-values.js.map