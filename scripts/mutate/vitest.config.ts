import { defineConfig } from 'vitest/config';

/**
 * The vitest configuration `pnpm mutate` hands to Stryker: the repository's own settings, but only the test
 * files of the module being mutated (`MUTATE_TESTS`, comma-separated globs relative to the repository root),
 * so that one mutation run never starts the whole suite.
 */
const tests = (process.env['MUTATE_TESTS'] ?? '').split(',').filter((glob) => glob !== '');

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  resolve: { conditions: ['@kampung-kb/source'] },
  ssr: { resolve: { conditions: ['@kampung-kb/source'] } },
  test: {
    include: tests.length > 0 ? tests : ['no-test-selected'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/*.browser.test.ts', '**/*.chromium.test.ts'],
    // Generous: the dry run measures coverage of every test, which slows property tests severalfold on a busy machine.
    testTimeout: 300_000,
    bail: 1,
    // One worker keeps its modules between mutants: Stryker switches mutants at run time (ignoreStatic), so
    // nothing has to be re-imported.
    isolate: false,
  },
});
