/**
 * Small deltas between checkpoints, so a checkpoint appends a line instead of
 * rewriting the whole (possibly megabyte) state. The payload is cut into
 * entries two levels deep: each top-level field, and each member of a
 * top-level object (`cards.<key>`, `reports.<path>`). A checkpoint writes the
 * entries that changed and the ones that disappeared.
 */

/** `[]` is the whole payload, `[k]` a top-level field, `[k, m]` a member of the object at `k`. */
export type EntryPath = [] | [string] | [string, string];

export type Op = { set: EntryPath; value: unknown } | { del: EntryPath };

/**
 * Serialised entries by path. An object at the root or at a top-level field
 * is listed as `{}` (a container) followed by its members, so that an empty
 * object survives and a change of shape (object to array) is an ordinary change.
 */
export type EntryIndex = Map<string, { path: EntryPath; json: string }>;

const CONTAINER = '{}';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function add(index: EntryIndex, path: EntryPath, value: unknown): void {
  const json = JSON.stringify(value) as string | undefined;
  if (json !== undefined) index.set(JSON.stringify(path), { path, json });
}

function addContainer(index: EntryIndex, path: [] | [string]): void {
  index.set(JSON.stringify(path), { path, json: CONTAINER });
}

export function indexEntries(data: unknown): EntryIndex {
  const index: EntryIndex = new Map();
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
    for (const [member, memberValue] of Object.entries(value)) add(index, [field, member], memberValue);
  }
  return index;
}

/** Removals first, then additions and changes in the new payload's order (a container before its members). */
export function diffEntries(before: EntryIndex, after: EntryIndex): Op[] {
  const ops: Op[] = [];
  for (const [key, { path }] of before) if (!after.has(key)) ops.push({ del: path });
  for (const [key, { path, json }] of after) {
    if (before.get(key)?.json !== json) ops.push({ set: path, value: JSON.parse(json) as unknown });
  }
  return ops;
}

/** Replays ops on a JSON payload (mutating it) and returns the result. */
export function applyOps(data: unknown, ops: readonly Op[]): unknown {
  let root = data;
  for (const op of ops) {
    const path = 'set' in op ? op.set : op.del;
    if (path.length === 0) {
      root = 'set' in op ? op.value : undefined;
      continue;
    }
    if (!isPlainObject(root)) root = {};
    const top = root as Record<string, unknown>;
    const [field, member] = path;
    if (member === undefined) {
      if ('set' in op) top[field] = op.value;
      else Reflect.deleteProperty(top, field);
      continue;
    }
    const container = top[field];
    if (!isPlainObject(container)) continue; // its container was removed by an earlier op
    if ('set' in op) container[member] = op.value;
    else Reflect.deleteProperty(container, member);
  }
  return root;
}

/** One checkpoint's line in the journal (checked as read by journal-line.ts). */
export interface JournalLine {
  serial: number;
  lineage: string;
  savedAt: string;
  ops: Op[];
}

export function formatJournalLine(line: JournalLine): string {
  return `${JSON.stringify(line)}\n`;
}
