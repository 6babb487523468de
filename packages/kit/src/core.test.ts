import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Every module specifier the file imports, following relative imports. */
function importsOf(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/from '([^']+)'/g)) {
    const spec = m[1] as string;
    if (spec.startsWith('.')) importsOf(join(dirname(file), spec.replace(/\.js$/, '.ts')), seen);
    else seen.add(spec);
  }
  return seen;
}

describe('core entry', () => {
  it('imports no Node built-in, so it runs in browsers', () => {
    const specs = [...importsOf(join(here, 'core.ts'))].filter((s) => !s.startsWith('/'));
    expect(specs.sort()).toEqual(['@kampung-kb/model', '@kampung-kb/rules', 'yaml', 'zod']);
  });

  it('exports the same pure API as the main entry, which adds the fs functions', async () => {
    const core = await import('./core.js');
    const main = await import('./index.js');
    expect(
      Object.keys(main)
        .filter((k) => !(k in core))
        .sort(),
    ).toEqual(['readDataDir', 'streamDataDir', 'writeDataDir', 'writeOutputFiles']);
  });
});
