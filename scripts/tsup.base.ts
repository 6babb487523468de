/**
 * The one place that holds build settings for every publishable package.
 *
 * tsup is no longer maintained upstream; moving to tsdown means changing this file only.
 * Each package's `tsup.config.ts` is `export default packageBuild(['src/index.ts'])` (or
 * {@link packageBuildBundlingForCjs} when a dependency cannot be `require`d).
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

/**
 * A package whose dependencies include ESM-only libraries with a top-level await (vega 6 loads the optional
 * `canvas` module with one), which CommonJS cannot `require`: the ESM build keeps them as dependencies;
 * the CJS build bundles the packages matching `bundleForCjs` in, resolved without the `node` condition
 * (vega-canvas's browser build: no top-level await; the SVG renderer needs no canvas).
 */
export function packageBuildBundlingForCjs(
  entry: string[],
  bundleForCjs: RegExp[],
  overrides: Partial<Options> = {},
) {
  return [
    packageBuild(entry, { ...overrides, format: ['esm'] }),
    packageBuild(entry, { ...overrides, format: ['cjs'], clean: false, noExternal: bundleForCjs }),
  ];
}
