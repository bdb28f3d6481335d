const byPath = new Intl.Collator('en', { numeric: true });
/** Reports oldest first: dated ones by date, then undated ones; by path (numbers as numbers) among equals. */
export function orderReports(reports) {
    return [...reports].sort((a, b) => compareDates(a.record.date, b.record.date) ||
        byPath.compare(a.record.displayPath, b.record.displayPath) ||
        byPath.compare(a.id, b.id));
}
function compareDates(a, b) {
    if (a === b)
        return 0;
    if (a === null)
        return 1;
    if (b === null)
        return -1;
    return a < b ? -1 : 1;
}
/**
 * Every distinct item of the reports, with its sources, as the newest report
 * decides it. `aliases` maps the key of a text an item had before it was
 * reworded to the item's key now: an older report with the old text is one
 * of the item's sources.
 */
export function collectOccurrences(reports, aliases = new Map()) {
    const items = new Map();
    for (const report of orderReports(reports)) {
        const seen = new Set();
        for (const item of report.record.items) {
            const key = aliases.get(item.key) ?? item.key;
            if (seen.has(key))
                continue;
            seen.add(key);
            const source = {
                reportId: report.id,
                displayPath: report.record.displayPath,
                reportTitle: report.record.title,
                date: report.record.date,
                section: item.section,
                line: item.line,
                linkTemplate: report.record.link,
            };
            const known = items.get(key);
            if (!known) {
                items.set(key, { key, item, sources: [source] });
                continue;
            }
            known.item = item.status === 'done' ? doneAfter(known.item, item) : item;
            known.sources.push(source);
        }
    }
    return items;
}
/**
 * A report that ticks an item off often names no one and gives no date: the
 * done item keeps the due date and the owners the newest older report gave
 * it, so that the card keeps its date (shown complete) and who did the work.
 */
function doneAfter(before, done) {
    return { ...done, due: before.due, owners: done.owners.length > 0 ? done.owners : before.owners };
}
//# sourceMappingURL=occurrences.js.map