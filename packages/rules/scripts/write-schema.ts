// Writes packages/rules/schema/rule-file.schema.json from the zod rules-file definition.
// Run: pnpm --filter @kampung-kb/rules schemas
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleFileJsonSchema } from '../src/ruleFile.ts';

const file = join(import.meta.dirname, '..', 'schema', 'rule-file.schema.json');
writeFileSync(file, `${JSON.stringify(ruleFileJsonSchema(), null, 2)}\n`);
console.log('wrote schema/rule-file.schema.json');
