import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programmeJsonSchema } from './programmeJsonSchema.js';

describe('published programme.schema.json', () => {
  it('is up to date with the zod definition (run `pnpm --filter @kampung-kb/kit schemas`)', () => {
    const file = join(import.meta.dirname, '..', 'schema', 'programme.schema.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(programmeJsonSchema());
  });
});
