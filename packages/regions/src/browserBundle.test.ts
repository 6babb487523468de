import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('a browser bundle of @kampung-kb/regions', () => {
  it('keeps every province in a chunk of its own, out of the entry, with no node: import', async () => {
    const r = await build({
      entryPoints: [join(import.meta.dirname, 'index.ts')],
      bundle: true,
      splitting: true,
      platform: 'browser',
      format: 'esm',
      outdir: 'out',
      write: false,
      metafile: true,
      conditions: ['@kampung-kb/source'],
      logLevel: 'silent',
    });
    const outputs = Object.entries(r.metafile.outputs).filter(([f]) => f.endsWith('.js'));
    const entry = outputs.find(([, o]) => o.entryPoint?.endsWith('regions/src/index.ts'));
    expect(entry).toBeDefined();
    const entryInputs = Object.entries(entry?.[1].inputs ?? {})
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([f]) => f);
    expect(entryInputs.some((f) => /data\/p\d\d\.ts$/.test(f))).toBe(false);
    expect(entryInputs.some((f) => f.endsWith('data/provinceIndex.ts'))).toBe(true);
    const provinceChunks = outputs.filter(([, o]) =>
      Object.keys(o.inputs).some((f) => /data\/p\d\d\.ts$/.test(f)),
    );
    expect(provinceChunks).toHaveLength(38);
    for (const [, o] of outputs) expect(o.imports.filter((i) => i.path.startsWith('node:'))).toEqual([]);
    // The entry is small next to the whole list.
    const bytes = (f: string) => r.metafile.outputs[f]?.bytes ?? 0;
    const total = outputs.reduce((n, [f]) => n + bytes(f), 0);
    expect(bytes(entry?.[0] ?? '')).toBeLessThan(total / 10);
  });
});
