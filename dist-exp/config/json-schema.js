import { z } from 'zod';
import { configFileSchema } from "./schema.js";
/** The JSON Schema of the config file, generated from the zod schema so the two never disagree. */
export function configJsonSchema() {
    const schema = z.toJSONSchema(configFileSchema, { io: 'input', target: 'draft-2020-12' });
    return `${JSON.stringify(schema, null, 2)}\n`;
}
//# sourceMappingURL=json-schema.js.map