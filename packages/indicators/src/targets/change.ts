import { roundDecimal, roundRatio } from '@kampung-kb/expr';
import { decimalDifference, toNumber } from '../internal/decimalArith.js';

/** The change between two values: absolute (in the values' unit) and relative (in percent). */
export interface Change {
  /** `current − previous`, exact on the decimal values (66 − 65.2 is 0.8); `null` if either is `null`. */
  readonly absolute: number | null;
  /**
   * `(current − previous) / previous × 100`, rounded to `decimals` places half away from zero; `null` if
   * either is `null` or `previous` is 0.
   */
  readonly relative: number | null;
}

/**
 * The absolute and relative change from `previous` to `current` (e.g. this quarter against the previous one,
 * or against the same quarter last year).
 *
 * @example
 * ```ts
 * change(66, 65.2); // { absolute: 0.8, relative: 1.23 }
 * change(9.91, 10.6); // { absolute: -0.69, relative: -6.51 }
 * change(5, 0); // { absolute: 5, relative: null }
 * ```
 */
export function change(current: number | null, previous: number | null, decimals = 2): Change {
  if (current === null || previous === null || !Number.isFinite(current) || !Number.isFinite(previous)) {
    return { absolute: null, relative: null };
  }
  const diff = toNumber(decimalDifference(current, previous));
  const d = Math.max(0, Math.trunc(decimals));
  const ratio = roundRatio(diff, previous, d + 2);
  return { absolute: diff, relative: ratio === null ? null : roundDecimal(ratio * 100, d) };
}
