/** How Stryker ended one mutant (`MutantResult.status`). */
export type MutantStatus =
  | 'Killed'
  | 'Survived'
  | 'NoCoverage'
  | 'Timeout'
  | 'CompileError'
  | 'RuntimeError'
  | 'Ignored'
  | 'Pending';

/** The counts of one module's run. */
export interface ModuleScore {
  readonly module: string;
  readonly killed: number;
  readonly survived: number;
  readonly timeout: number;
  readonly noCoverage: number;
  /** Compile and runtime errors: not counted in the score, as in Stryker. */
  readonly errors: number;
  /** (killed + timeout) / (killed + timeout + survived + no coverage), in percent; null without valid mutants. */
  readonly score: number | null;
}

/**
 * Counts one module's mutants by status and computes Stryker's mutation score.
 *
 * @example
 * scoreOf('rounding', ['Killed', 'Killed', 'Timeout', 'Survived']).score; // 75
 */
export function scoreOf(module: string, statuses: readonly MutantStatus[]): ModuleScore {
  const count = (status: MutantStatus): number => statuses.filter((s) => s === status).length;
  const killed = count('Killed');
  const survived = count('Survived');
  const timeout = count('Timeout');
  const noCoverage = count('NoCoverage');
  const errors = count('CompileError') + count('RuntimeError');
  const valid = killed + survived + timeout + noCoverage;
  const score = valid === 0 ? null : (100 * (killed + timeout)) / valid;
  return { module, killed, survived, timeout, noCoverage, errors, score };
}

/**
 * The score table `pnpm mutate` prints: one row per module, scores with two decimals.
 *
 * @example
 * formatScoreTable([scoreOf('rounding', ['Killed', 'Survived'])]);
 * // module    killed  survived  timeout  no-coverage  errors    score
 * // rounding       1         1        0            0       0  50.00 %
 */
export function formatScoreTable(scores: readonly ModuleScore[]): string {
  const header = ['module', 'killed', 'survived', 'timeout', 'no-coverage', 'errors', 'score'];
  const rows = scores.map((s) => [
    s.module,
    String(s.killed),
    String(s.survived),
    String(s.timeout),
    String(s.noCoverage),
    String(s.errors),
    s.score === null ? 'n/a' : `${s.score.toFixed(2)} %`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
