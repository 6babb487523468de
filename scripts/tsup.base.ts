/**
 * The one place that holds build settings for every publishable package.
 *
 * tsup is no longer maintained upstream; moving to tsdown means changing this file only.
 * Each package's `tsup.config.ts` is `export default packageBuild(['src/index.ts'])`.
 */
import { defineConfig, type Options } from 'tsup';

export function packageBuild(entry: string[], overrides: Partial<Options> = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { customConditions: [] } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    treeshake: true,
    // ESM types land in index.d.ts (the package is "type": "module"), CJS types in index.d.cts.
    outExtension: ({ format }) => ({ js: format === 'esm' ? '.mjs' : '.cjs' }),
    tsconfig: 'tsconfig.json',
    ...overrides,
  });
}
