import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@kampung-kb/source'] },
  ssr: { resolve: { conditions: ['@kampung-kb/source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'examples/*/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
  },
});
