/**
 * A card found by its marker: the mapping from item key to card is rebuilt
 * from the board when the state does not have it (a lost state file, or a
 * create whose outcome was unknown). Pure.
 */
import { newCardRecord } from "../state/sync-state.js";
import { adoptedFields } from "./card-values.js";
import { descHash } from "./hash.js";
/**
 * The record of a marked card report-sync did not know. With the intent of a
 * create (recorded before the request), `written` is exactly what was sent.
 * Without one, what was written is unknown: a field that already has the wanted
 * value is taken as ours; any other is taken as changed by a person and left
 * alone — except a description whose body is ours, whose sources may grow.
 */
export function adoptRecord(card, want, intent, now) {
    if (intent)
        return { ...intent, cardId: card.id, updatedAt: now };
    return newCardRecord({
        cardId: card.id,
        kind: want.kind,
        title: want.name,
        written: adoptedFields(card, want),
        sources: descHash(card.desc) === descHash(want.desc) ? [...want.sources] : [],
    }, now);
}
//# sourceMappingURL=adopt.js.map