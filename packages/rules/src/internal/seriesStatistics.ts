/** Summary statistics of a kampung's history of one value. */
export interface SeriesStatistics {
  readonly n: number;
  readonly mean: number;
  /** Population standard deviation: √(Σ(xᵢ − mean)² / n). */
  readonly sd: number;
  readonly median: number;
  /** Median absolute deviation: the median of |xᵢ − median|. */
  readonly mad: number;
}

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Mean, standard deviation, median and MAD of a non-empty list of numbers. */
export function seriesStatistics(values: readonly number[]): SeriesStatistics {
  const n = values.length;
  let total = 0;
  for (const v of values) total += v;
  const mean = total / n;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  const sd = Math.sqrt(squares / n);
  const sorted = [...values].sort((a, b) => a - b);
  const med = median(sorted);
  const deviations = values.map((v) => Math.abs(v - med)).sort((a, b) => a - b);
  return { n, mean, sd, median: med, mad: median(deviations) };
}

/** `|x − mean| / sd`, or `null` when `sd` is 0. */
export function zScore(x: number, s: SeriesStatistics): number | null {
  return s.sd === 0 ? null : Math.abs(x - s.mean) / s.sd;
}

/** `0.6745 × |x − median| / MAD` (Iglewicz and Hoaglin), or `null` when MAD is 0. */
export function modifiedZScore(x: number, s: SeriesStatistics): number | null {
  return s.mad === 0 ? null : (0.6745 * Math.abs(x - s.median)) / s.mad;
}
