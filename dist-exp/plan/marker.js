const TAG = 'report-sync:item:';
/** Item keys are lower-case hex (see extract/normalise.ts); the marker accepts 8 to 64 such characters. */
const KEY_PATTERN = /^[0-9a-f]{8,64}$/;
// `report-sync:item:<key>`, each punctuation character optionally escaped with a backslash.
const MARKER_PATTERN = /report\\?-sync\\?:item\\?:([0-9a-f]{8,64})(?![0-9a-z])/g;
export function isItemKey(value) {
    return KEY_PATTERN.test(value);
}
/** The marker line for an item key. */
export function formatMarker(key) {
    if (!isItemKey(key))
        throw new TypeError(`not an item key: ${JSON.stringify(key)}`);
    return `\`${TAG}${key}\``;
}
/**
 * The item key a card description is marked with, or null when it carries no
 * marker. With several markers (a person pasted one), the last one wins: the
 * marker line is written last.
 */
export function parseMarker(desc) {
    let key = null;
    for (const match of desc.matchAll(MARKER_PATTERN))
        key = match[1] ?? null;
    return key;
}
//# sourceMappingURL=marker.js.map