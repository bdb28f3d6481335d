/**
 * What the writer last saved, and the ops that take it to the payload now:
 * by comparing every entry's JSON (any payload), or, for a payload tracked
 * since the last save (tracked.ts), from the entries assigned since — the
 * cost of a checkpoint is then what changed, not the size of the state.
 */
import { applyOps, diffEntries, indexEntries } from "./journal.js";
import { isPlainObject } from "./tracked.js";
/** Compares serialised entries: the payload may have changed anywhere. */
export function comparedSave(previous) {
    let baseline;
    let pending;
    const base = () => (baseline ??= indexEntries(previous));
    return {
        opsTo(data) {
            pending = indexEntries(data);
            return diffEntries(base(), pending);
        },
        savedWhole(data) {
            baseline = pending ?? indexEntries(data);
        },
        savedOps() {
            if (pending)
                baseline = pending;
        },
        content: () => applyOps({}, diffEntries(new Map(), base())),
    };
}
function snapshot(raw) {
    const tree = {};
    for (const [field, value] of Object.entries(raw))
        tree[field] = isPlainObject(value) ? { ...value } : value;
    return tree;
}
/** Follows a tracked payload: each save reads what was assigned since the one before. */
export function trackedSave(tracker) {
    const raw = tracker.raw;
    let tree = snapshot(raw);
    return {
        opsTo() {
            const { fields, members } = tracker.take();
            const ops = [];
            for (const field of fields)
                ops.push(...fieldOps(field, tree[field], raw[field]));
            for (const [field, keys] of members) {
                if (fields.has(field))
                    continue; // the whole container was compared above
                for (const key of keys) {
                    const before = tree[field]?.[key];
                    const now = raw[field][key];
                    if (now === undefined && before !== undefined)
                        ops.push({ del: [field, key] });
                    else if (now !== undefined && now !== before)
                        ops.push({ set: [field, key], value: now });
                }
            }
            return ops;
        },
        savedWhole() {
            tracker.take();
            tree = snapshot(raw);
        },
        savedOps(ops) {
            tree = applyOps(tree, ops.map(shallowOp));
        },
        content: () => tree,
    };
}
/** A container op replaces the container with a copy, so that the saved tree never shares a live container. */
function shallowOp(op) {
    return 'set' in op && op.set.length === 1 && isPlainObject(op.value)
        ? { ...op, value: { ...op.value } }
        : op;
}
/** A top-level field assigned: a container compared member by member (same object, same content), else the value. */
function fieldOps(field, before, now) {
    if (now === undefined)
        return before === undefined ? [] : [{ del: [field] }];
    if (!isPlainObject(now) || !isPlainObject(before))
        return now === before ? [] : [{ set: [field], value: now }];
    const ops = [];
    for (const key of Object.keys(before))
        if (!(key in now))
            ops.push({ del: [field, key] });
    for (const [key, value] of Object.entries(now))
        if (value !== before[key])
            ops.push({ set: [field, key], value });
    return ops;
}
//# sourceMappingURL=last-save.js.map