import { normaliseText } from "../extract/normalise.js";
import { orderReports } from "./occurrences.js";
/** Share of words two texts must have in common (of all words in either) to count as one reworded item. */
export const REWORD_SIMILARITY = 0.6;
/** Words two texts must have in common to count as one reworded item. */
export const REWORD_MIN_COMMON = 3;
const words = (text) => new Set(normaliseText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean));
export function similarity(a, b) {
    const x = words(a);
    const y = words(b);
    if (x.size === 0 && y.size === 0)
        return 1;
    let common = 0;
    for (const w of x)
        if (y.has(w))
            common++;
    return common / (x.size + y.size - common);
}
/** True when `b` reads as a rewording of `a` (see the module comment). */
export function resembles(a, b) {
    const x = words(a);
    const y = words(b);
    const common = [...x].filter((w) => y.has(w)).length;
    if (common < REWORD_MIN_COMMON || similarity(a, b) < REWORD_SIMILARITY)
        return false;
    const differing = [...x, ...y].filter((w) => !(x.has(w) && y.has(w)));
    // Texts that differ only in tokens with digits name another thing (a host, a version, a ticket).
    return differing.length === 0 || !differing.every((w) => /\p{N}/u.test(w));
}
/**
 * Per report read this run, the items gone from it — those its last synced
 * version had and no report has now, and those the report before it (synced
 * in an earlier run) had that it and every newer report leave out: next
 * week's report rewords last week's item — paired with its new items (first
 * seen in it) that resemble them.
 */
export function detectRewords(input) {
    const { occurrences, cards, board, aliases } = input;
    const keyOf = (key) => aliases.get(key) ?? key;
    const result = { pairs: new Map(), conflicts: [], held: new Set() };
    const taken = new Set();
    const ordered = orderReports(input.reports);
    for (const [index, report] of ordered.entries()) {
        if (report.status !== 'changed')
            continue;
        const here = new Set(report.record.items.map((i) => keyOf(i.key)));
        const gone = new Map();
        for (const item of input.previous[report.id]?.items ?? [])
            if (!occurrences.has(keyOf(item.key)))
                gone.set(keyOf(item.key), { ...item, key: keyOf(item.key) });
        // Only a report synced before: two reports read together for the first time (or again after an
        // interrupted run) are two reports of their own, whichever way the run went.
        const before = ordered[index - 1]?.status === 'changed' ? undefined : ordered[index - 1];
        for (const item of before?.record.items ?? []) {
            const key = keyOf(item.key);
            const newest = occurrences.get(key)?.sources.at(-1)?.reportId;
            if (!here.has(key) && newest === before?.id)
                gone.set(key, { ...item, key });
        }
        const old = [...gone.values()].filter((i) => !taken.has(i.key) && isOurs(cards[i.key], board));
        const added = report.record.items.filter((i) => {
            const key = keyOf(i.key);
            const first = occurrences.get(key)?.sources[0]?.reportId;
            return !cards[key] && !board.marked.get(key) && first === report.id;
        });
        if (old.length === 0 || added.length === 0)
            continue;
        for (const group of matchGroups(old, added)) {
            const [was] = group.gone;
            const [now] = group.added;
            if (group.gone.length === 1 && group.added.length === 1 && was && now) {
                result.pairs.set(now.key, was.key);
                taken.add(was.key);
            }
            else {
                result.conflicts.push({ report: report.id, ...group });
                for (const item of group.added)
                    result.held.add(item.key);
            }
        }
    }
    return result;
}
/** A card that can follow its item to another text: open, in an open list, not given up by a person. */
function isOurs(record, board) {
    if (!record || record.cardId === null || record.tombstone !== null)
        return false;
    const card = board.card(record.cardId);
    return card !== undefined && !board.isArchived(card);
}
/** Items of a report that do not pair up one to one wait, with a conflict saying how to settle it. */
export function conflictActions(conflicts) {
    return conflicts.map((conflict) => {
        const keys = [...conflict.gone, ...conflict.added].map((i) => i.key);
        const texts = (items) => items.map((i) => `"${i.title}"`).join(', ');
        const why = `reworded items in ${conflict.report} do not pair up one to one: ${texts(conflict.gone)} resemble ${texts(conflict.added)}. Fix: edit the report so that each old item resembles at most one new item (or none), then sync again`;
        return { type: 'conflict', keys, reports: [conflict.report], why };
    });
}
/** Connected groups of the "similar, same section" relation between gone and added items. */
function matchGroups(gone, added) {
    const groups = [];
    const groupOf = new Map();
    for (const old of gone) {
        for (const now of added) {
            const sameSection = JSON.stringify(old.section) === JSON.stringify(now.section);
            if (!sameSection || !resembles(old.text, now.text))
                continue;
            const a = groupOf.get(old);
            const b = groupOf.get(now);
            const group = a ?? b ?? { gone: new Set(), added: new Set() };
            if (a && b && a !== b) {
                for (const i of [...b.gone, ...b.added])
                    groupOf.set(i, group);
                b.gone.forEach((i) => group.gone.add(i));
                b.added.forEach((i) => group.added.add(i));
                groups.splice(groups.indexOf(b), 1);
            }
            if (!a && !b)
                groups.push(group);
            group.gone.add(old);
            group.added.add(now);
            groupOf.set(old, group);
            groupOf.set(now, group);
        }
    }
    return groups.map((g) => ({ gone: [...g.gone], added: [...g.added] }));
}
//# sourceMappingURL=reword.js.map