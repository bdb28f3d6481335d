/** The marked text, or null when the text carries no marker (or nothing besides it). */
export function readMarker(text, markers) {
    const leading = markers.leading.exec(text)?.groups;
    if (leading) {
        const rest = leading['rest']?.trim() ?? '';
        const owner = (leading['owner'] ?? leading['named'])?.trim();
        return rest === '' ? null : owner ? { text: rest, owner } : { text: rest };
    }
    // The marker word ends the text: its last characters tell whether the full pattern need run.
    if (!markers.trailingEnd.test(text.slice(-TAIL)))
        return null;
    const before = markers.trailing.exec(text)?.groups?.['rest'] ?? '';
    const rest = before.replace(DANGLING_SEPARATOR, '').trim();
    return rest === '' ? null : { text: rest };
}
/** More than any marker word and its closing punctuation. */
const TAIL = 40;
/** A separator left before a trailing marker (`DNS - TODO`, `DNS: TODO`) belongs to the marker. Block text has collapsed whitespace. */
const DANGLING_SEPARATOR = /(?:\s?[:：]|\s[-–—]+)\s*$/u;
//# sourceMappingURL=markers.js.map