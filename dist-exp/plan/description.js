import { descHash } from "./hash.js";
import { joinDescription, sourcePart, splitDescription, TRELLO_DESC_LIMIT, } from "./render.js";
/** The hash of the body a description has (what `written.bodyHash` records). */
export const bodyHashOf = (parts) => descHash(parts.body);
/** The hash of the source part a description has (what `written.sourcesHash` records). */
export const sourcesHashOf = (parts) => descHash(sourcePart(parts));
/** The description to write: report-sync's parts where it writes them, the card's own elsewhere. */
export function composeDescription(ours, current, writing) {
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
export function withDescParts(written, card) {
    if (written.bodyHash !== null && written.sourcesHash !== null)
        return written;
    if (written.descHash === undefined || written.descHash !== descHash(card.desc))
        return { ...written, bodyHash: written.bodyHash ?? '', sourcesHash: written.sourcesHash ?? '' };
    const parts = splitDescription(card.desc);
    return { ...written, bodyHash: bodyHashOf(parts), sourcesHash: sourcesHashOf(parts) };
}
//# sourceMappingURL=description.js.map