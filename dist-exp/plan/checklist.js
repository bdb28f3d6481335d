export const NO_CHECKLIST_STEPS = { create: null, append: null, states: [], adopt: null };
/** The steps from the checklist last written (`was`) to the wanted entries, or `person` when a person removed it. */
export function diffChecklist(was, onCard, want, checklistName) {
    const entries = distinct(want);
    let written = was;
    let adopt = null;
    if (written === null) {
        const found = onCard.find((c) => c.name === checklistName);
        if (!found) {
            if (entries.length === 0)
                return NO_CHECKLIST_STEPS;
            const states = entries.filter((e) => e.checked).map((e) => ({ name: e.text, complete: true }));
            return { ...NO_CHECKLIST_STEPS, create: entries.map((e) => e.text), states };
        }
        written = adopt = toWritten(found);
    }
    const recorded = written;
    const current = onCard.find((c) => c.id === recorded.id);
    if (!current)
        return 'person';
    const onBoard = new Map();
    for (const item of current.checkItems)
        if (!onBoard.has(item.name))
            onBoard.set(item.name, item.state === 'complete');
    // Wanted entries on the card beyond the record: an append a crash or a lost answer cut short.
    const found = entries.filter((e) => !recorded.items.includes(e.text) && onBoard.has(e.text));
    if (found.length > 0) {
        const names = found.map((e) => e.text);
        const complete = names.filter((name) => onBoard.get(name) === true);
        written = adopt = {
            ...written,
            items: [...written.items, ...names],
            complete: [...written.complete, ...complete],
        };
    }
    const ours = written;
    const toAdd = entries.filter((e) => !ours.items.includes(e.text));
    const states = [];
    for (const entry of entries) {
        const wrote = ours.complete.includes(entry.text);
        if (toAdd.includes(entry)) {
            if (entry.checked)
                states.push({ name: entry.text, complete: true });
            continue;
        }
        const is = onBoard.get(entry.text);
        // Gone (a person removed or renamed it), or checked or unchecked by a person: theirs.
        if (is === undefined || is !== wrote)
            continue;
        if (entry.checked !== wrote)
            states.push({ name: entry.text, complete: entry.checked });
    }
    const append = toAdd.length > 0 ? { checklistId: ours.id, items: toAdd.map((e) => e.text) } : null;
    return { create: null, append, states, adopt };
}
/** Entries of one text once: the first stands. */
function distinct(entries) {
    const seen = new Set();
    return entries.filter((e) => !seen.has(e.text) && seen.add(e.text));
}
export function toWritten(checklist) {
    return {
        id: checklist.id,
        name: checklist.name,
        items: checklist.checkItems.map((i) => i.name),
        complete: checklist.checkItems.filter((i) => i.state === 'complete').map((i) => i.name),
    };
}
//# sourceMappingURL=checklist.js.map