/** The seed of CI's short run (any other run explores with a random seed unless `FUZZ_SEED` is given). */
export const CI_SEED = 20261130;

/** How a fuzz run is configured, from the environment. */
export interface FuzzConfig {
  /** Cases in total over all properties (`FUZZ_RUNS`, default 200: the short run of `pnpm test`). */
  readonly runs: number;
  /**
   * The fast-check seed (`FUZZ_SEED`; default: random, printed so a failure reproduces, except under
   * `CI=true`, where it is {@link CI_SEED} so that CI is repeatable).
   */
  readonly seed: number;
  /** A fast-check replay path (`FUZZ_PATH`, from a failure report; use with `-t <property>`). */
  readonly path: string | undefined;
}

/**
 * Reads `FUZZ_RUNS`, `FUZZ_SEED` and `FUZZ_PATH`.
 *
 * @example
 * ```ts
 * fuzzConfig({ FUZZ_RUNS: '10000', FUZZ_SEED: '42' }); // { runs: 10000, seed: 42, path: undefined }
 * ```
 */
export function fuzzConfig(env: Record<string, string | undefined> = process.env): FuzzConfig {
  const runs = Number(env['FUZZ_RUNS'] ?? 200);
  const seed =
    env['FUZZ_SEED'] !== undefined
      ? Number(env['FUZZ_SEED'])
      : env['CI'] === 'true'
        ? CI_SEED
        : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`FUZZ_RUNS must be a positive integer, got '${env['FUZZ_RUNS']}'`);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got '${env['FUZZ_SEED']}'`);
  const path = env['FUZZ_PATH'] || undefined;
  return { runs, seed, path };
}
