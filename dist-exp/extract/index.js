import { DroppedCandidates } from "./dropped.js";
import { toItems } from "./record.js";
import { walkOutline } from "./walk.js";
export { compileRules, DEFAULT_EXTRACTION, resolveExtraction, } from "./options.js";
export { itemKey, normaliseText } from "./normalise.js";
/**
 * The items of one report and what was left out. Throws ParseLimitExceeded when the report holds
 * more items than `rules.maxItemsPerReport` or nests deeper than any parser reads, and
 * BudgetExceeded past `budget`: such a report is skipped, never half read.
 */
export function extractReport(outline, rules, budget) {
    const dropped = new DroppedCandidates();
    const items = toItems(walkOutline(outline, rules), {
        roster: rules.roster,
        reportDate: outline.metadata.date,
        maxItems: rules.maxItemsPerReport,
        dropped,
        ...(budget ? { budget } : {}),
    });
    return { items, warnings: dropped.warnings() };
}
/** The items of one report, in document order, one per distinct normalised text. */
export function extractItems(outline, rules) {
    return extractReport(outline, rules).items;
}
//# sourceMappingURL=index.js.map