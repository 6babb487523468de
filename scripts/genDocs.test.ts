import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedPages } from './genDocs.ts';

describe('generated docs', () => {
  it.each(Object.entries(generatedPages()))('%s is up to date (run `pnpm run gen:docs`)', (path, text) => {
    expect(readFileSync(join(import.meta.dirname, '..', path), 'utf8')).toBe(text);
  });
  it('cites the portal SQL and states the agency-count deviation', () => {
    const page = generatedPages()['docs/classification.md'] ?? '';
    expect(page).toContain('database/sql/statistik/classification/kampung.sql');
    expect(page).toContain('`odp_ppkb` and `perwakilan_bkkbn`');
    expect(page).toContain('| Berkembang / Developing | `berkembang` |');
  });
});
