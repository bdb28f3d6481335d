/**
 * What counts as a heading of each class and as a marker word
 * (docs/extraction.md, "Configuring headings"): the defaults are built from
 * the language modules (src/languages/), and configuration replaces or
 * extends each list. `compileRules` turns the settings into matchers once per run.
 */
import { compileHeadingClassifier } from "../languages/headings.js";
import { DEFAULT_HEADING_PATTERNS, DEFAULTS, HEADING_CLASSES, } from "../languages/index.js";
import { compileMarkers } from "../languages/markers.js";
import { MAX_TABLE_ROWS } from "../parse/limits.js";
import { compileRoster } from "./owners.js";
/**
 * Distinct items one report may give: as many as the longest task table that is read. A team's
 * weekly report or minutes hold tens; a file with more is an export or a log, and reading it
 * would put thousands of cards on the board.
 */
export const DEFAULT_MAX_ITEMS_PER_REPORT = MAX_TABLE_ROWS;
function resolveList(setting, defaults) {
    if (setting === undefined)
        return [...defaults];
    if ('extend' in setting)
        return [...defaults, ...setting.extend.filter((s) => !defaults.includes(s))];
    return [...setting];
}
export function resolveExtraction(options = {}) {
    const headings = Object.fromEntries(HEADING_CLASSES.map((cls) => [cls, resolveList(options.headings?.[cls], DEFAULT_HEADING_PATTERNS[cls])]));
    return {
        headings,
        markers: resolveList(options.markers, DEFAULTS.markers),
        trailingMarkers: resolveList(options.trailingMarkers, DEFAULTS.trailingMarkers),
        maxItemsPerReport: options.maxItemsPerReport ?? DEFAULT_MAX_ITEMS_PER_REPORT,
    };
}
export const DEFAULT_EXTRACTION = resolveExtraction();
/** Compiles configuration into matchers. Throws ConfigError naming the field of a bad pattern. */
export function compileRules(inputs = {}) {
    const settings = inputs.extraction ?? DEFAULT_EXTRACTION;
    const headings = compileHeadingClassifier(settings.headings, DEFAULTS.decisions);
    const markers = compileMarkers(settings.markers, settings.trailingMarkers);
    return {
        headings,
        markers,
        roster: compileRoster(inputs.people ?? {}),
        maxItemsPerReport: settings.maxItemsPerReport,
        startsWithMarker: (text) => markers.leading.test(text),
        hasHeadingClass: (text) => headings.classOf(text) !== null,
    };
}
//# sourceMappingURL=options.js.map