/** Trello spaces positions by 16384 so that a card can be slotted between two others without renumbering. */
export const POSITION_STEP = 16384;
/** Turns `top`, `bottom` (the default) or a number into a position among `siblings`. */
export function resolvePosition(requested, siblings) {
    if (typeof requested === 'number')
        return requested;
    if (siblings.length === 0)
        return POSITION_STEP;
    if (requested === 'top')
        return Math.min(...siblings) / 2;
    return Math.max(...siblings) + POSITION_STEP;
}
export function byPosition(a, b) {
    return a.pos - b.pos;
}
//# sourceMappingURL=positions.js.map