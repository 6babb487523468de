import { roundDecimal, roundRatio } from '@kampung-kb/expr';
import type { IndicatorDefinition } from './indicatorDefinition.js';
import type { IndicatorNullReason } from './indicatorResult.js';

/** The value part of an indicator result: numerator, denominator, the rounded value, or why there is none. */
export interface IndicatorValueParts {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  nullReason: IndicatorNullReason | null;
}

/** Drops binary floating-point noise (`1850.0000000000002`) before a value is reported or rounded. */
function clean(x: number): number {
  return Number.isInteger(x) ? x : roundDecimal(x, 10);
}

/**
 * An indicator's value from its evaluated numerator and denominator, the one way every engine does it (the
 * JavaScript engine and the SQL backend): `round(numerator × factor / denominator, decimals)` with
 * {@link roundRatio}, or `round(numerator × factor, decimals)` without a denominator (`denominator`
 * `undefined`). A numerator or denominator that is `null` or not finite gives no value: `no-data` when an
 * element it reads has no value (`elementMissing`, unless the definition reads missing as zero), else
 * `zero-denominator` (the expression divided by 0); a denominator of 0 is `zero-denominator`. Written into
 * `out` (reused by the engine, so no object per row) and returned.
 *
 * @example
 * ```ts
 * indicatorValue({ factor: 100, decimals: 2 }, 130, 300, false);
 * // { numerator: 130, denominator: 300, value: 43.33, nullReason: null }
 * indicatorValue({ factor: 100, decimals: 2 }, 5, 0, false).nullReason; // 'zero-denominator'
 * ```
 */
export function indicatorValue(
  def: Pick<IndicatorDefinition, 'factor' | 'decimals' | 'missingAs'>,
  numerator: number | null,
  denominator: number | null | undefined,
  elementMissing: boolean,
  out: IndicatorValueParts = { numerator: null, denominator: null, value: null, nullReason: null },
): IndicatorValueParts {
  const n = numerator !== null && Number.isFinite(numerator) ? clean(numerator) : null;
  const d =
    denominator === undefined
      ? undefined
      : denominator !== null && Number.isFinite(denominator)
        ? clean(denominator)
        : null;
  out.numerator = n;
  out.denominator = d ?? null;
  out.value = null;
  if (n === null || d === null) {
    // Null because an element is missing, or because the expression itself divided by 0.
    out.nullReason = elementMissing && def.missingAs !== 'zero' ? 'no-data' : 'zero-denominator';
    return out;
  }
  if (d === 0) {
    out.nullReason = 'zero-denominator';
    return out;
  }
  const scaled = clean(n * def.factor);
  out.value = d === undefined ? roundDecimal(scaled, def.decimals) : roundRatio(scaled, d, def.decimals);
  out.nullReason = null;
  return out;
}
