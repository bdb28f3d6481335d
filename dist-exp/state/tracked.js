/**
 * Change tracking for a payload that is checkpointed after every small
 * change, so that a checkpoint costs what changed, not the size of the state.
 *
 * The payload's entries (journal.ts: each top-level field, and each member
 * of a top-level object) are frozen, deeply: a change is always the
 * assignment (or removal) of a whole entry through the returned proxy, which
 * notes it. A frozen entry cannot change behind the tracker's back (trying
 * throws a TypeError), so an entry that is the same object as the one last
 * saved holds the same content.
 */
export function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function deepFreeze(value) {
    if (typeof value !== 'object' || value === null || Object.isFrozen(value))
        return;
    Object.freeze(value);
    for (const inner of Object.values(value))
        deepFreeze(inner);
}
const noChanges = () => ({ fields: new Set(), members: new Map() });
export function track(root) {
    const raw = root;
    let changes = noChanges();
    const containers = new Map();
    /** A container proxy assigned back is stored as the object it wraps. */
    const unwrap = (value) => {
        for (const known of containers.values())
            if (known.proxy === value)
                return known.target;
        return value;
    };
    for (const value of Object.values(raw)) {
        if (isPlainObject(value))
            for (const member of Object.values(value))
                deepFreeze(member);
        else
            deepFreeze(value);
    }
    const containerProxy = (field, target) => {
        const known = containers.get(field);
        if (known?.target === target)
            return known.proxy;
        const note = (member) => {
            if (typeof member !== 'string')
                return;
            const set = changes.members.get(field) ?? new Set();
            changes.members.set(field, set.add(member));
        };
        const proxy = new Proxy(target, {
            set(container, member, value) {
                deepFreeze(value);
                note(member);
                return Reflect.set(container, member, value);
            },
            deleteProperty(container, member) {
                note(member);
                return Reflect.deleteProperty(container, member);
            },
        });
        containers.set(field, { target, proxy });
        return proxy;
    };
    const data = new Proxy(raw, {
        get(target, field, receiver) {
            const value = Reflect.get(target, field, receiver);
            return typeof field === 'string' && isPlainObject(value) ? containerProxy(field, value) : value;
        },
        set(target, field, assigned) {
            const value = unwrap(assigned);
            if (typeof field === 'string') {
                if (isPlainObject(value))
                    for (const member of Object.values(value))
                        deepFreeze(member);
                else
                    deepFreeze(value);
                changes.fields.add(field);
            }
            return Reflect.set(target, field, value);
        },
        deleteProperty(target, field) {
            if (typeof field === 'string')
                changes.fields.add(field);
            return Reflect.deleteProperty(target, field);
        },
    });
    return {
        data,
        raw: root,
        take() {
            const taken = changes;
            changes = noChanges();
            return taken;
        },
    };
}
//# sourceMappingURL=tracked.js.map