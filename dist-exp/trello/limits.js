/**
 * Trello's size limits, shared by the gateway (which enforces them) and the
 * sync planner (which must compare what it wants against what Trello keeps:
 * a desc longer than the limit is stored capped, so comparing the uncapped
 * text would update the card on every run).
 */
/** Card name and desc, list, label and checklist names, comment text (O: facts sheet). */
export const TRELLO_TEXT_LIMIT = 16384;
/**
 * Cuts `text` to at most `limit` UTF-16 units without splitting a surrogate
 * pair (half an emoji would be invalid text). Text within the limit comes back unchanged.
 */
export function capText(text, limit = TRELLO_TEXT_LIMIT) {
    if (text.length <= limit)
        return text;
    const lastKept = text.charCodeAt(limit - 1);
    const splitsPair = lastKept >= 0xd800 && lastKept <= 0xdbff;
    return text.slice(0, splitsPair ? limit - 1 : limit);
}
//# sourceMappingURL=limits.js.map