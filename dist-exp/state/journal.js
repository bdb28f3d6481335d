import { z } from 'zod';
const CONTAINER = '{}';
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function add(index, path, value) {
    const json = JSON.stringify(value);
    if (json !== undefined)
        index.set(JSON.stringify(path), { path, json });
}
function addContainer(index, path) {
    index.set(JSON.stringify(path), { path, json: CONTAINER });
}
export function indexEntries(data) {
    const index = new Map();
    if (!isPlainObject(data)) {
        add(index, [], data);
        return index;
    }
    addContainer(index, []);
    for (const [field, value] of Object.entries(data)) {
        if (!isPlainObject(value)) {
            add(index, [field], value);
            continue;
        }
        addContainer(index, [field]);
        for (const [member, memberValue] of Object.entries(value))
            add(index, [field, member], memberValue);
    }
    return index;
}
/** Removals first, then additions and changes in the new payload's order (a container before its members). */
export function diffEntries(before, after) {
    const ops = [];
    for (const [key, { path }] of before)
        if (!after.has(key))
            ops.push({ del: path });
    for (const [key, { path, json }] of after) {
        if (before.get(key)?.json !== json)
            ops.push({ set: path, value: JSON.parse(json) });
    }
    return ops;
}
/** Replays ops on a JSON payload (mutating it) and returns the result. */
export function applyOps(data, ops) {
    let root = data;
    for (const op of ops) {
        const path = 'set' in op ? op.set : op.del;
        if (path.length === 0) {
            root = 'set' in op ? op.value : undefined;
            continue;
        }
        if (!isPlainObject(root))
            root = {};
        const top = root;
        const [field, member] = path;
        if (member === undefined) {
            if ('set' in op)
                top[field] = op.value;
            else
                Reflect.deleteProperty(top, field);
            continue;
        }
        const container = top[field];
        if (!isPlainObject(container))
            continue; // its container was removed by an earlier op
        if ('set' in op)
            container[member] = op.value;
        else
            Reflect.deleteProperty(container, member);
    }
    return root;
}
const pathSchema = z.union([z.tuple([]), z.tuple([z.string()]), z.tuple([z.string(), z.string()])]);
const opSchema = z.union([z.object({ set: pathSchema, value: z.unknown() }), z.object({ del: pathSchema })]);
export const journalLineSchema = z.object({
    serial: z.number().int().positive(),
    lineage: z.string(),
    savedAt: z.string(),
    ops: z.array(opSchema),
});
export function formatJournalLine(line) {
    return `${JSON.stringify(line)}\n`;
}
//# sourceMappingURL=journal.js.map