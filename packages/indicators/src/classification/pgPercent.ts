import { roundHalfEven } from '@kampung-kb/expr';

/**
 * A percentage as the Kampung KB portal's classification SQL computes it:
 * `ROUND((numerator / denominator::float) * 100)` in PostgreSQL, i.e. the IEEE double
 * `(numerator / denominator) * 100`, computed in that order, rounded to an integer with ties to even
 * ({@link roundHalfEven}). `null` when the denominator is zero or an argument is not finite; the portal
 * then writes 0, which the classification decides per indicator.
 *
 * @example
 * ```ts
 * pgPercent(61, 200); // 30   (30.5 → even)
 * pgPercent(63, 200); // 32   (31.5 → even)
 * pgPercent(23, 40); // 57   ((23 / 40) * 100 is 57.49999999999999)
 * pgPercent(5, 0); // null
 * ```
 */
export function pgPercent(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return null;
  return roundHalfEven((numerator / denominator) * 100);
}
