/** A run's counts as people read them (one line) and as programs read them (`--json`). */
import { COUNTS } from "../../counts.js";
/** People read the run's cost, its API calls, last. */
const FOR_PEOPLE = [
    ...COUNTS.filter((c) => c.key !== 'apiCalls'),
    ...COUNTS.filter((c) => c.key === 'apiCalls'),
];
/** `3 created, 0 updated, …, 0 errors, 12 API calls`; with `cardsOnly`, what happens to cards alone. */
export function countsLine(counts, options = {}) {
    const shown = FOR_PEOPLE.filter((c) => !options.cardsOnly || c.of === 'cards');
    return shown.map(({ key, label }) => `${counts[key]} ${label}`).join(', ');
}
/** `sync --json`: the counts in their order, then the run's warnings when there are any. */
export function countsJson(counts, warnings = []) {
    const json = Object.fromEntries(COUNTS.map(({ key }) => [key, counts[key]]));
    return `${JSON.stringify(warnings.length > 0 ? { ...json, warnings } : json)}\n`;
}
//# sourceMappingURL=counts.js.map