import { roundDecimal } from '@kampung-kb/indicators';

/** How many whole numbers {@link percentFits} tries at most, from the first that can fit. */
export const PERCENT_FIT_SEARCH_LIMIT = 1_000_000;

/**
 * The whole numbers `x ≥ 1` that give the shown percentage `shown` (to `d` decimals) as `x / other` (the
 * hidden figure is the numerator) or `other / x` (the denominator); at most two are looked for (two mean the
 * percentage does not pin the hidden figure). The search runs over the range the rounding allows, and at most
 * `limit` + 1 numbers from its start (a fit further on is not found).
 *
 * @example
 * ```ts
 * percentFits(25, 12, true, 1); // [3]: 3 / 12 = 25.0 %
 * percentFits(33.3, 1, false, 1); // [3]: 1 / 3 = 33.3 %
 * ```
 */
export function percentFits(
  shown: number,
  other: number,
  hiddenIsNumerator: boolean,
  d: number,
  limit: number = PERCENT_FIT_SEARCH_LIMIT,
): number[] {
  const fits: number[] = [];
  const half = 0.5 * 10 ** -d;
  let lo = 1;
  let hi: number;
  if (hiddenIsNumerator) {
    hi = Math.ceil(((shown + half) * other) / 100) + 1;
  } else {
    if (shown - half <= 0) return [1, 2]; // 0 % fits every large denominator
    lo = Math.max(1, Math.floor((other * 100) / (shown + half)) - 1);
    hi = Math.ceil((other * 100) / (shown - half)) + 1;
  }
  const target = roundDecimal(shown, d);
  for (let x = lo; x <= Math.min(hi, lo + limit) && fits.length < 2; x++) {
    const ratio = hiddenIsNumerator ? (x / other) * 100 : (other / x) * 100;
    if (roundDecimal(ratio, d) === target) fits.push(x);
  }
  return fits;
}
