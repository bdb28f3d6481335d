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

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

/** What was assigned since the last `take()`. */
export interface Changes {
  /** Top-level fields assigned or removed (an object assigned there replaces the whole container). */
  fields: Set<string>;
  /** Members assigned or removed, by top-level field. */
  members: Map<string, Set<string>>;
}

export interface Tracker<T extends object> {
  /** The payload to work on: assignments through it are noted. */
  readonly data: T;
  /** The payload itself, without the proxy (what is serialised). */
  readonly raw: T;
  /** The changes since the last call, and a fresh start. */
  take(): Changes;
}

const noChanges = (): Changes => ({ fields: new Set(), members: new Map() });

export function track<T extends object>(root: T): Tracker<T> {
  const raw = root as Record<string, unknown>;
  let changes = noChanges();
  const containers = new Map<string, { target: object; proxy: Record<string, unknown> }>();
  /** A container proxy assigned back is stored as the object it wraps. */
  const unwrap = (value: unknown): unknown => {
    for (const known of containers.values()) if (known.proxy === value) return known.target;
    return value;
  };

  for (const value of Object.values(raw)) {
    if (isPlainObject(value)) for (const member of Object.values(value)) deepFreeze(member);
    else deepFreeze(value);
  }

  const containerProxy = (field: string, target: Record<string, unknown>): Record<string, unknown> => {
    const known = containers.get(field);
    if (known?.target === target) return known.proxy;
    const note = (member: string | symbol) => {
      if (typeof member !== 'string') return;
      const set = changes.members.get(field) ?? new Set<string>();
      changes.members.set(field, set.add(member));
    };
    const proxy = new Proxy(target, {
      set(container, member, value: unknown) {
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
      const value: unknown = Reflect.get(target, field, receiver);
      return typeof field === 'string' && isPlainObject(value) ? containerProxy(field, value) : value;
    },
    set(target, field, assigned: unknown) {
      const value = unwrap(assigned);
      if (typeof field === 'string') {
        if (isPlainObject(value)) for (const member of Object.values(value)) deepFreeze(member);
        else deepFreeze(value);
        changes.fields.add(field);
      }
      return Reflect.set(target, field, value);
    },
    deleteProperty(target, field) {
      if (typeof field === 'string') changes.fields.add(field);
      return Reflect.deleteProperty(target, field);
    },
  }) as T;

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
