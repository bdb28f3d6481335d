import type { z } from 'zod';
import { allowedValues } from './allowed.ts';
import { configFileSchema } from './schema.ts';

/**
 * Turns zod's issues into lines a person can act on: the setting, what is
 * wrong, the value seen, and a fix that names the allowed values (from the
 * schema; its description when the values cannot be listed).
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => unknownSetting([...issue.path, key].join('.'), key));
    }
    const field = issue.path.join('.') || '(top level)';
    const seen = valueAt(input, issue.path);
    const hint = hintFor(issue.path);
    return [`${field}: ${issue.message}${seen === undefined ? '' : ` (got ${show(seen)})`}.${hint}`];
  });
}

function unknownSetting(field: string, key: string): string {
  if (/^(key|token|apiKey|apiToken)$/i.test(key)) {
    return `${field}: secrets do not belong in the config file. Fix: remove it and set TRELLO_API_KEY / TRELLO_API_TOKEN in the environment or in .env.`;
  }
  return `${field}: unknown setting. Fix: check the spelling against config/report-sync.example.json.`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

interface Meta {
  description?: string;
  examples?: unknown[];
}

/** The allowed values when the schema can say them (with an example for free text), else what the setting is for. */
function hintFor(path: readonly PropertyKey[]): string {
  const { meta, leaf, metaOfLeaf } = settingAt(path);
  // An example of the whole roster is no example of one of its entries.
  const example = metaOfLeaf ? meta?.examples?.[0] : undefined;
  const allowed = leaf ? allowedValues(leaf) : null;
  if (allowed) {
    const free = /^(a |an |text )/.test(allowed) && example !== undefined;
    return ` Fix: use ${allowed}${free ? `, e.g. ${show(example)}` : ''}.`;
  }
  if (!meta) return '';
  return ` Fix: ${meta.description ?? ''}${example === undefined ? '' : ` Example: ${show(example)}`}`.trimEnd();
}

/**
 * Walks the schema along a path (objects, records, lists), unwrapping defaults
 * and optionals: the setting's schema at the end of the path, and the innermost
 * description met on the way.
 */
function settingAt(path: readonly PropertyKey[]): {
  meta: Meta | undefined;
  leaf: z.ZodType | undefined;
  /** Whether `meta` is the leaf's own, not a parent's. */
  metaOfLeaf: boolean;
} {
  let schema: z.ZodType | undefined = configFileSchema;
  let meta: Meta | undefined;
  let metaAt = -1;
  for (let i = 0; schema;) {
    const own = schema.meta() as Meta | undefined;
    if (own?.description) [meta, metaAt] = [own, i];
    const def = schema._zod.def as unknown as {
      type: string;
      innerType?: z.ZodType;
      shape?: Record<string, z.ZodType>;
      valueType?: z.ZodType;
      element?: z.ZodType;
    };
    if (def.type === 'default' || def.type === 'optional') schema = def.innerType;
    else if (i >= path.length) break;
    else if (def.type === 'object') schema = def.shape?.[String(path[i++])];
    else if (def.type === 'record') [schema, i] = [def.valueType, i + 1];
    else if (def.type === 'array') [schema, i] = [def.element, i + 1];
    else if (def.type === 'nullable') schema = def.innerType;
    else return { meta, leaf: undefined, metaOfLeaf: false };
  }
  return { meta, leaf: schema, metaOfLeaf: metaAt === path.length };
}
