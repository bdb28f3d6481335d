import { allowedValues } from "./allowed.js";
import { configFileSchema } from "./schema.js";
/**
 * Turns zod's issues into lines a person can act on: the setting, what is
 * wrong, the value seen, and a fix that names the allowed values (from the
 * schema; its description when the values cannot be listed).
 */
export function describeIssues(issues, input) {
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
function unknownSetting(field, key) {
    if (/^(key|token|apiKey|apiToken)$/i.test(key)) {
        return `${field}: secrets do not belong in the config file. Fix: remove it and set TRELLO_API_KEY / TRELLO_API_TOKEN in the environment or in .env.`;
    }
    return `${field}: unknown setting. Fix: check the spelling against config/report-sync.example.json.`;
}
function valueAt(input, path) {
    let value = input;
    for (const key of path) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[key];
    }
    return value;
}
function show(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
/** The allowed values when the schema can say them (with an example for free text), else what the setting is for. */
function hintFor(path) {
    const { meta, leaf, metaOfLeaf } = settingAt(path);
    // An example of the whole roster is no example of one of its entries.
    const example = metaOfLeaf ? meta?.examples?.[0] : undefined;
    const allowed = leaf ? allowedValues(leaf) : null;
    if (allowed) {
        const free = /^(a |an |text )/.test(allowed) && example !== undefined;
        return ` Fix: use ${allowed}${free ? `, e.g. ${show(example)}` : ''}.`;
    }
    if (!meta)
        return '';
    return ` Fix: ${meta.description ?? ''}${example === undefined ? '' : ` Example: ${show(example)}`}`.trimEnd();
}
/**
 * Walks the schema along a path (objects, records, lists), unwrapping defaults
 * and optionals: the setting's schema at the end of the path, and the innermost
 * description met on the way.
 */
function settingAt(path) {
    let schema = configFileSchema;
    let meta;
    let metaAt = -1;
    for (let i = 0; schema;) {
        const own = schema.meta();
        if (own?.description)
            [meta, metaAt] = [own, i];
        const def = schema._zod.def;
        if (def.type === 'default' || def.type === 'optional')
            schema = def.innerType;
        else if (i >= path.length)
            break;
        else if (def.type === 'object')
            schema = def.shape?.[String(path[i++])];
        else if (def.type === 'record')
            [schema, i] = [def.valueType, i + 1];
        else if (def.type === 'array')
            [schema, i] = [def.element, i + 1];
        else if (def.type === 'nullable')
            schema = def.innerType;
        else
            return { meta, leaf: undefined, metaOfLeaf: false };
    }
    return { meta, leaf: schema, metaOfLeaf: metaAt === path.length };
}
//# sourceMappingURL=issues.js.map