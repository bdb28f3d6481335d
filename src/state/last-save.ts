/**
 * What the writer last saved, and the ops that take it to the payload now:
 * by comparing every entry's JSON (any payload), or, for a payload tracked
 * since the last save (tracked.ts), from the entries assigned since — the
 * cost of a checkpoint is then what changed, not the size of the state.
 */
import { applyOps, diffEntries, type EntryIndex, indexEntries, type Op } from './journal.ts';
import { isPlainObject, type Tracker } from './tracked.ts';

export interface LastSave {
  /** The ops from the last save to `data`; `[]` when nothing changed. */
  opsTo(data: unknown): Op[];
  /** `data` was saved whole. */
  savedWhole(data: unknown): void;
  /** `ops` (from `opsTo`) were saved. */
  savedOps(ops: readonly Op[]): void;
  /** The payload as last saved. */
  content(): unknown;
}

/** Compares serialised entries: the payload may have changed anywhere. */
export function comparedSave(previous: unknown): LastSave {
  let baseline: EntryIndex | undefined;
  let pending: EntryIndex | undefined;
  const base = (): EntryIndex => (baseline ??= indexEntries(previous));
  return {
    opsTo(data) {
      pending = indexEntries(data);
      return diffEntries(base(), pending);
    },
    savedWhole(data) {
      baseline = pending ?? indexEntries(data);
    },
    savedOps() {
      if (pending) baseline = pending;
    },
    content: () => applyOps({}, diffEntries(new Map(), base())),
  };
}

/** The saved payload, entry by entry: frozen entries are shared with the live payload, not copied. */
type Tree = Record<string, unknown>;

function snapshot(raw: Tree): Tree {
  const tree: Tree = {};
  for (const [field, value] of Object.entries(raw)) tree[field] = isPlainObject(value) ? { ...value } : value;
  return tree;
}

/** Follows a tracked payload: each save reads what was assigned since the one before. */
export function trackedSave<T extends object>(tracker: Tracker<T>): LastSave {
  const raw = tracker.raw as Tree;
  let tree = snapshot(raw);
  return {
    opsTo() {
      const { fields, members } = tracker.take();
      const ops: Op[] = [];
      for (const field of fields) ops.push(...fieldOps(field, tree[field], raw[field]));
      for (const [field, keys] of members) {
        if (fields.has(field)) continue; // the whole container was compared above
        for (const key of keys) {
          const before = (tree[field] as Tree | undefined)?.[key];
          const now = (raw[field] as Tree)[key];
          if (now === undefined && before !== undefined) ops.push({ del: [field, key] });
          else if (now !== undefined && now !== before) ops.push({ set: [field, key], value: now });
        }
      }
      return ops;
    },
    savedWhole() {
      tracker.take();
      tree = snapshot(raw);
    },
    savedOps(ops) {
      tree = applyOps(tree, ops.map(shallowOp)) as Tree;
    },
    content: () => tree,
  };
}

/** A container op replaces the container with a copy, so that the saved tree never shares a live container. */
function shallowOp(op: Op): Op {
  return 'set' in op && op.set.length === 1 && isPlainObject(op.value)
    ? { ...op, value: { ...op.value } }
    : op;
}

/** A top-level field assigned: a container compared member by member (same object, same content), else the value. */
function fieldOps(field: string, before: unknown, now: unknown): Op[] {
  if (now === undefined) return before === undefined ? [] : [{ del: [field] }];
  if (!isPlainObject(now) || !isPlainObject(before))
    return now === before ? [] : [{ set: [field], value: now }];
  const ops: Op[] = [];
  for (const key of Object.keys(before)) if (!(key in now)) ops.push({ del: [field, key] });
  for (const [key, value] of Object.entries(now))
    if (value !== before[key]) ops.push({ set: [field, key], value });
  return ops;
}
