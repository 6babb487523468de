import type { ReportCell } from './reportDocument.js';

/**
 * Small-cell suppression for public reports: a count from 1 up to `threshold - 1` is shown as
 * `<threshold` so that individual families cannot be singled out; zero and larger counts are shown.
 * Percentages whose numerator is a suppressed count are suppressed too ({@link suppressPercent}).
 *
 * On its own this is primary suppression only: a hidden count beside its total and the other counts can
 * be recovered by subtraction. Public reports use {@link suppressTable}, which adds complementary
 * suppression; use this for a single count that no published total includes.
 *
 * @example
 * ```ts
 * suppressCount(3, 5);  // { kind: 'suppressed', below: 5 }
 * suppressCount(0, 5);  // 0
 * suppressCount(12, 5); // 12
 * ```
 */
export function suppressCount(n: number | null, threshold: number): ReportCell {
  if (n === null) return null;
  return n > 0 && n < threshold ? { kind: 'suppressed', below: threshold } : n;
}

/**
 * A percentage cell, suppressed when its numerator is a small cell (1 to `threshold - 1`).
 *
 * @example
 * ```ts
 * suppressPercent(40, 2, 5); // { kind: 'suppressed', below: 5 }
 * suppressPercent(40, 20, 5); // { kind: 'percent', value: 40 }
 * ```
 */
export function suppressPercent(
  value: number | null,
  numerator: number | null,
  threshold: number,
): ReportCell {
  if (value !== null && numerator !== null && numerator > 0 && numerator < threshold) {
    return { kind: 'suppressed', below: threshold };
  }
  return { kind: 'percent', value };
}
