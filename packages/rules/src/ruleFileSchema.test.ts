import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFileJsonSchema } from './ruleFile.js';

describe('published rule-file.schema.json', () => {
  it('is up to date with the zod definition (run `pnpm --filter @kampung-kb/rules schemas`)', () => {
    const file = join(import.meta.dirname, '..', 'schema', 'rule-file.schema.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(ruleFileJsonSchema());
  });
});
