import type { z } from 'zod';
import { configFileSchema } from './schema.ts';

/**
 * Turns zod's issues into lines a person can act on: the setting, what is
 * wrong, the value seen, and a fix taken from the schema's own description.
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

function hintFor(path: readonly PropertyKey[]): string {
  const meta = metaAt(path);
  if (!meta) return '';
  const example = meta.examples?.[0];
  return ` Fix: ${meta.description ?? ''}${example === undefined ? '' : ` Example: ${show(example)}`}`.trimEnd();
}

/** Walks the schema along a path, unwrapping defaults and optionals, and returns the innermost description. */
function metaAt(path: readonly PropertyKey[]): Meta | undefined {
  let schema: z.ZodType | undefined = configFileSchema;
  let found: Meta | undefined;
  for (let i = 0; schema;) {
    const meta = schema.meta() as Meta | undefined;
    if (meta?.description) found = meta;
    const def = schema._zod.def as unknown as {
      type: string;
      innerType?: z.ZodType;
      shape?: Record<string, z.ZodType>;
    };
    if (def.innerType) schema = def.innerType;
    else if (def.type === 'object' && i < path.length) schema = def.shape?.[String(path[i++])];
    else break;
  }
  return found;
}
