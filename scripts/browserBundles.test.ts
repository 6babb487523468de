import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Bundles an entry as a browser app would (esbuild, platform browser, minified) and returns its inputs. */
async function bundle(
  entry: string,
): Promise<{ bytes: number; inputs: Metafile['outputs'][string]['inputs'] }> {
  const r = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    conditions: ['@kampung-kb/source'],
    logLevel: 'silent',
  });
  const output = Object.values(r.metafile.outputs)[0];
  if (!output) throw new Error(`no output for ${entry}`);
  return { bytes: r.outputFiles[0]?.contents.length ?? 0, inputs: output.inputs };
}

/** The zod locale files that put bytes into the bundle. */
function zodLocales(inputs: Metafile['outputs'][string]['inputs']): string[] {
  return Object.entries(inputs)
    .filter(([file, v]) => /\/zod\/.*locales\//.test(file) && v.bytesInOutput > 0)
    .map(([file]) => file.split('/').at(-1) as string)
    .sort();
}

describe('browser bundles carry only the zod locales the SDK uses (id, en)', () => {
  it.each(['packages/kit/src/core.ts', 'packages/rules/src/index.ts'])('%s', async (entry) => {
    const { inputs } = await bundle(entry);
    expect(zodLocales(inputs)).toEqual(['en.js', 'id.js']);
  });
});

describe('@kampung-kb/family runs in browsers', () => {
  it('its main entry bundles for the browser with no Node built-in and no exceljs (those are in ./node)', async () => {
    const { inputs } = await bundle('packages/family/src/index.ts');
    expect(Object.keys(inputs).filter((f) => f.startsWith('node:') || f.includes('exceljs'))).toEqual([]);
    await expect(bundle('packages/family/src/node.ts')).rejects.toThrow();
  });
});
