/**
 * The numeric core `pnpm mutate` mutates, one module at a time: the source files Stryker changes and the test
 * files that are run against each mutant (only those, so that a run stays small on a shared machine).
 */
export interface MutationModule {
  /** The name given to `pnpm mutate -- --module <name>`. */
  readonly name: string;
  /** What the module is, for the score table's legend. */
  readonly description: string;
  /** Source files to mutate (globs relative to the repository root). */
  readonly mutate: readonly string[];
  /** Test files run against each mutant (globs relative to the repository root). */
  readonly tests: readonly string[];
}

/** Every module `pnpm mutate` knows, in the order a full run goes through them. */
export const mutationModules: readonly MutationModule[] = [
  {
    name: 'rounding',
    description: 'decimal rounding (expr rounding.ts)',
    mutate: ['packages/expr/src/rounding.ts'],
    tests: ['packages/expr/src/rounding*.test.ts'],
  },
  {
    name: 'csv',
    description: 'CSV reading (kit parseCsv.ts and its row splitter)',
    mutate: ['packages/kit/src/parseCsv.ts', 'packages/kit/src/internal/csvRowSplitter.ts'],
    tests: [
      'packages/kit/src/parseCsv*.test.ts',
      'packages/kit/src/internal/csvRowSplitter*.test.ts',
      'packages/kit/src/recordsFromCsv*.test.ts',
    ],
  },
  {
    name: 'disclosure',
    description: 'disclosure control (reports suppressSmallCells, suppressTable, disclosure audit)',
    mutate: [
      'packages/reports/src/suppressSmallCells.ts',
      'packages/reports/src/suppressTable.ts',
      'packages/reports/src/disclosure/auditDocumentDisclosure.ts',
      'packages/reports/src/internal/percentFits.ts',
    ],
    tests: [
      'packages/reports/src/suppress*.test.ts',
      'packages/reports/src/publicDisclosure*.test.ts',
      'packages/reports/src/disclosure/auditDocumentDisclosure*.test.ts',
      'packages/reports/src/internal/percentFits*.test.ts',
    ],
  },
  {
    name: 'aggregation',
    description: 'aggregation over periods and levels (indicators aggregation/)',
    mutate: [
      'packages/indicators/src/aggregation/**/*.ts',
      '!packages/indicators/src/aggregation/**/*.test.ts',
    ],
    tests: ['packages/indicators/src/aggregation/**/*.test.ts'],
  },
  {
    name: 'classification',
    description: 'kampung classification (indicators classification/)',
    mutate: [
      'packages/indicators/src/classification/**/*.ts',
      '!packages/indicators/src/classification/**/*.test.ts',
    ],
    tests: ['packages/indicators/src/classification/**/*.test.ts'],
  },
  {
    name: 'expr',
    description: 'the expression compiler (expr internal/compileNode.ts, compileShared.ts)',
    mutate: ['packages/expr/src/internal/compileNode.ts', 'packages/expr/src/internal/compileShared.ts'],
    tests: ['packages/expr/src/**/*.test.ts'],
  },
];
