// Regenerates config/report-sync.schema.json from the zod schema (npm run config:schema).
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../src/config/json-schema.ts';

const target = new URL('../config/report-sync.schema.json', import.meta.url);
writeFileSync(target, configJsonSchema());
console.log(`wrote ${target.pathname}`);
