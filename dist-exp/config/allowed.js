/**
 * What a setting accepts, in words, from its schema: the values of an enum,
 * the range of a number, the pattern of a string. A bad value's "Fix:" says
 * this, rather than repeating what the setting is for.
 */
import { z } from 'zod';
/** The allowed values of `schema` (one setting's), or null when they are no shorter said than its description. */
export function allowedValues(schema) {
    return describe(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
}
function describe(schema) {
    if (schema.anyOf) {
        const parts = schema.anyOf.map(describe);
        return parts.every((p) => p !== null) ? parts.join(', or ') : null;
    }
    if (schema.enum)
        return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
    switch (schema.type) {
        case 'integer':
            return `a whole number${range(schema)}`;
        case 'number':
            return `a number${range(schema)}`;
        case 'boolean':
            return 'true or false';
        case 'null':
            return 'null';
        case 'string':
            if (schema.format === 'uri')
                return 'an http(s) URL';
            if (schema.pattern)
                return `text matching /${schema.pattern}/`;
            return schema.minLength ? 'a non-empty text' : 'a text';
        case 'array': {
            const items = schema.items ? describe(schema.items) : null;
            return items ? `a list, each ${items}` : null;
        }
        default:
            return null;
    }
}
function range(schema) {
    const { minimum: min, maximum: max } = schema;
    if (min !== undefined && max !== undefined)
        return ` from ${min} to ${max}`;
    if (min !== undefined)
        return ` of at least ${min}`;
    if (max !== undefined)
        return ` of at most ${max}`;
    return '';
}
//# sourceMappingURL=allowed.js.map