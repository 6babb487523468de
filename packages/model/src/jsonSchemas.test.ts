import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from './jsonSchemas.js';

const dir = join(import.meta.dirname, '..', 'schema');

describe('published JSON Schemas', () => {
  it('are up to date with the TypeBox schemas (run `pnpm --filter @kampung-kb/model schemas`)', () => {
    const expected = jsonSchemas();
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
    for (const [file, schema] of Object.entries(expected)) {
      expect(JSON.parse(readFileSync(join(dir, file), 'utf8')), file).toEqual(schema);
    }
  });
});
