/**
 * Compares the shape of two JSON answers: field sets and value types, nulls
 * included. A field the recording has must be there with the same type; a
 * field it lacks is allowed only if Trello was recorded sending it on that
 * kind of object elsewhere (`universe`, e.g. a newer card answer's `start`).
 */

export type JsonType = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'undefined';

export function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as JsonType;
}

const isObject = (v: unknown): v is Record<string, unknown> => jsonType(v) === 'object';

function descend(nodes: readonly unknown[], key: string): unknown[] {
  return nodes.filter(isObject).flatMap((node) => {
    const value = node[key];
    return Array.isArray(value) ? [value, ...value] : [value];
  });
}

export interface ShapeOptions {
  /** Paths (`due`, `badges.due`) whose type follows the object's data, not the kind of answer: null or the recorded type. */
  dataDependent?: readonly string[];
  /** Every recorded object of the same kind: where an extra field may have been seen. */
  universe: readonly unknown[];
}

export function shapeProblems(actual: unknown, recorded: unknown, options: ShapeOptions): string[] {
  const problems: string[] = [];
  const dataDependent = new Set(options.dataDependent ?? []);
  const walk = (a: unknown, r: unknown, universe: unknown[], path: string) => {
    const [ta, tr] = [jsonType(a), jsonType(r)];
    const where = path === '' ? '(root)' : path;
    if (ta !== tr) {
      const followsData = dataDependent.has(path) && (ta === 'null' || tr === 'null');
      if (!followsData) problems.push(`${where}: ${ta} where Trello sent ${tr}`);
      return;
    }
    if (ta === 'array') {
      const [actualItems, recordedItems] = [a as unknown[], r as unknown[]];
      const [first] = recordedItems;
      if (first === undefined) return;
      // A list of unlike objects (a comment's `entities`) is compared item by item; a list of like ones with its first.
      const keySet = (v: unknown) => (isObject(v) ? Object.keys(v).sort().join() : jsonType(v));
      const unlike = new Set(recordedItems.map(keySet)).size > 1;
      if (unlike && actualItems.length !== recordedItems.length)
        problems.push(`${where}: ${actualItems.length} items where Trello sent ${recordedItems.length}`);
      actualItems.forEach((item, index) =>
        walk(item, unlike ? recordedItems[index] : first, universe, `${path}[]`),
      );
      return;
    }
    if (!isObject(a) || !isObject(r)) return;
    for (const key of Object.keys(r)) {
      const child = path === '' ? key : `${path}.${key}`;
      if (!(key in a)) problems.push(`${child}: missing, Trello sent ${jsonType(r[key])}`);
      else walk(a[key], r[key], descend(universe, key), child);
    }
    for (const key of Object.keys(a)) {
      if (key in r) continue;
      const seen = universe.some((node) => isObject(node) && key in node);
      if (!seen) problems.push(`${path === '' ? key : `${path}.${key}`}: never recorded from Trello`);
    }
  };
  walk(actual, recorded, [...options.universe.flatMap((u) => (Array.isArray(u) ? u : [u]))], '');
  return problems;
}
