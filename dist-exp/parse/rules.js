/**
 * What the parsers need to know of the extraction rules: which lines open
 * with a marker (never a plain-text heading) and which headings have a class
 * (`##Next steps` without a space is then a heading). The extraction rules
 * satisfy this interface; without them the defaults of the languages apply.
 */
import { compileHeadingClassifier } from "../languages/headings.js";
import { DEFAULT_HEADING_PATTERNS, DEFAULTS } from "../languages/index.js";
import { compileMarkers } from "../languages/markers.js";
let defaults;
export function defaultParseRules() {
    if (!defaults) {
        const markers = compileMarkers(DEFAULTS.markers, DEFAULTS.trailingMarkers);
        const headings = compileHeadingClassifier(DEFAULT_HEADING_PATTERNS, DEFAULTS.decisions);
        defaults = {
            startsWithMarker: (text) => markers.leading.test(text),
            hasHeadingClass: (text) => headings.classOf(text) !== null,
        };
    }
    return defaults;
}
//# sourceMappingURL=rules.js.map