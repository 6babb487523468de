// Writes packages/kit/schema/programme.schema.json from the zod programme definition.
// Run: pnpm --filter @kampung-kb/kit schemas
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { programmeJsonSchema } from '../src/programmeJsonSchema.ts';

const file = join(import.meta.dirname, '..', 'schema', 'programme.schema.json');
writeFileSync(file, `${JSON.stringify(programmeJsonSchema(), null, 2)}\n`);
console.log('wrote schema/programme.schema.json');
