import { decimalOf, roundFraction, roundHalfAwayFromZero } from '@kampung-kb/expr';

/**
 * Age-specific fertility rates from births and woman-years of exposure per five-year group:
 * `ASFR_n = 1000 · births_n / exposure_n` (Guide to DHS Statistics, *Current Fertility*; `FE_RATES.do`),
 * unrounded; `null` where the group has no exposure.
 *
 * @example
 * ```ts
 * ageSpecificFertilityRates([3], [60]); // [50]
 * ```
 */
export function ageSpecificFertilityRates(
  births: readonly number[],
  exposureYears: readonly number[],
): (number | null)[] {
  return births.map((b, i) => {
    const e = exposureYears[i] ?? 0;
    return e > 0 ? (1000 * b) / e : null;
  });
}

/** The exact decimal sum of numbers as written (`String(x)`), as `mantissa · 10^exponent`. */
function exactSum(xs: readonly number[]): { sum: bigint; exponent: number } {
  const parts = xs.map(decimalOf);
  const exponent = Math.min(0, ...parts.map((p) => p.exponent));
  let sum = 0n;
  for (const p of parts) sum += p.mantissa * 10n ** BigInt(p.exponent - exponent);
  return { sum, exponent };
}

/**
 * The total fertility rate from the seven ASFRs of ages 15–19 … 45–49: `TFR = 5 · Σ ASFR / 1000` (rates
 * per 1,000 women, as DHS tables print them; `per: 1` for rates per woman), summed exactly on the decimal
 * values and rounded half away from zero to `decimals` (2 by default, as DHS tables print the TFR) with
 * `@kampung-kb/expr`'s rounding, never `toFixed`. `null` when a rate is missing.
 *
 * @example
 * ```ts
 * // MEASURE Evaluation's TFR example (Egypt DHS 2000): 5 × 0.705 = 3.525 → 3.53 (toFixed(2) gives 3.52).
 * totalFertilityRate([0.051, 0.196, 0.208, 0.147, 0.075, 0.024, 0.004], { per: 1 }); // 3.53
 * ```
 */
export function totalFertilityRate(
  asfr: readonly (number | null)[],
  options: { readonly per?: number; readonly decimals?: number } = {},
): number | null {
  if (asfr.length !== 7 || asfr.some((x) => x === null || !Number.isFinite(x))) return null;
  const { sum, exponent } = exactSum(asfr as number[]);
  const per = BigInt(options.per ?? 1000);
  return roundFraction(5n * sum, per * 10n ** BigInt(-exponent), options.decimals ?? 2);
}

/**
 * The general fertility rate: `1000 · births / woman-years at ages 15–44`, births of every age in the window
 * counted as `FE_RATES.do` does (those at 10–14 included; DHS.rates leaves them out: a tiny difference).
 * Rounded half away from zero to `decimals` (0 by default, as DHS tables print it); `null` without exposure.
 *
 * @example
 * ```ts
 * generalFertilityRate(12, 100); // 120
 * ```
 */
export function generalFertilityRate(
  births: number,
  exposureYears15to44: number,
  decimals = 0,
): number | null {
  if (!(exposureYears15to44 > 0)) return null;
  return roundHalfAwayFromZero((1000 * births) / exposureYears15to44, decimals);
}
