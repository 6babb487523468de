/**
 * The command-line options the root benchmarks share (bench/e2e/e2e.bench.ts, bench/reports/reports.bench.ts):
 * `--sizes` (kampung counts, `1000,10_000`), `--rounds`, `--dir` (where generated data is kept) and
 * `--no-build`. Each benchmark adds its own options next to these.
 */

/** The shared options in `node:util` `parseArgs` form, with each benchmark's defaults for sizes and dir. */
export function benchOptions(defaults: { readonly sizes: string; readonly dir: string }) {
  return {
    sizes: { type: 'string', default: defaults.sizes },
    rounds: { type: 'string', default: '3' },
    dir: { type: 'string', default: defaults.dir },
    'no-build': { type: 'boolean', default: false },
  } as const;
}

/** The arguments after the script; `pnpm bench:… -- --sizes …` passes the `--` on, which is dropped. */
export function benchArgv(): string[] {
  return process.argv.slice(2).filter((a) => a !== '--');
}

/** The shared options, read: sizes as whole numbers (underscores allowed), at least one round. */
export interface BenchArgs {
  readonly sizes: readonly number[];
  readonly rounds: number;
  readonly dir: string;
  readonly noBuild: boolean;
}

/** Reads the parsed shared options; throws when a size is not a positive whole number. */
export function benchArgs(
  values: {
    readonly sizes?: string;
    readonly rounds?: string;
    readonly dir?: string;
    readonly 'no-build'?: boolean;
  },
  defaults: { readonly dir: string },
): BenchArgs {
  const sizes = (values.sizes ?? '').split(',').map((s) => Number(s.trim().replaceAll('_', '')));
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error(`--sizes: whole numbers, got ${values.sizes}`);
  return {
    sizes,
    rounds: Math.max(1, Number(values.rounds)),
    dir: values.dir ?? defaults.dir,
    noBuild: values['no-build'] === true,
  };
}
