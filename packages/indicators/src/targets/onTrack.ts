import { decimalOf, roundFraction } from '@kampung-kb/expr';
import { parsePeriodId } from '@kampung-kb/model';
import { aligned, pow10 } from '../internal/decimalArith.js';
import type { Target } from './target.js';

/** Why {@link onTrack} cannot say: no value, a period that is not an id, or a period outside the target's year. */
export type OnTrackNullReason = 'no-value' | 'invalid-period' | 'other-year';

/** What {@link onTrack} finds. */
export interface OnTrackResult {
  /** Whether the value is at or beyond the expected value (in the target's direction); `null` when unknown. */
  readonly onTrack: boolean | null;
  /** The value expected by the period's end, rounded to 4 decimals (the comparison itself is exact). */
  readonly expected: number | null;
  /** Months of the target year elapsed at the period's end (`2020Q1` → 3), or `null`. */
  readonly monthsElapsed: number | null;
  readonly nullReason?: OnTrackNullReason;
}

/**
 * Whether a value for a period is on track to reach a yearly target.
 *
 * With a `baseline` (the value at the start of the target's year), the expected value rises (or falls)
 * linearly from the baseline to the target over the year: after `k` months (`k` = the month number of the
 * period's last month, see `monthIndexInYear`) it is `baseline + (target − baseline) × k / 12`. Without a
 * baseline the value is compared with the target itself. On track means `value ≥ expected` when higher is
 * better and `value ≤ expected` when lower is better. The arithmetic is exact on the decimal values, so a
 * value equal to the expected value is on track.
 *
 * The period must lie in the target's year (`2020Q2` for a 2020 target); otherwise, or without a value, the
 * answer is `null` with a reason.
 *
 * @example
 * ```ts
 * const cpr: Target = { indicatorId: 'cpr', regionCode: '63.71', year: 2020, value: 66,
 *   direction: 'higherIsBetter', source: '…' };
 * onTrack(65.4, cpr, '2020Q1', 65.2); // { onTrack: true, expected: 65.4, monthsElapsed: 3 }
 * onTrack(65.4, cpr, '2020Q1');       // { onTrack: false, expected: 66, monthsElapsed: 3 }
 * ```
 */
export function onTrack(
  value: number | null,
  target: Pick<Target, 'value' | 'direction' | 'year'>,
  periodId: string,
  baseline?: number,
): OnTrackResult {
  const p = parsePeriodId(periodId);
  if (!p) return { onTrack: null, expected: null, monthsElapsed: null, nullReason: 'invalid-period' };
  if (p.year !== target.year) {
    return { onTrack: null, expected: null, monthsElapsed: null, nullReason: 'other-year' };
  }
  const k = p.lastMonth;
  // expected = (baseline × 12 + (target − baseline) × k) / 12, as an exact fraction n / d.
  let n: bigint;
  let exponent: number;
  if (baseline === undefined || !Number.isFinite(baseline)) {
    const t = decimalOf(target.value);
    n = t.mantissa * 12n;
    exponent = t.exponent;
  } else {
    const x = aligned(decimalOf(baseline), decimalOf(target.value));
    n = x.a * 12n + (x.b - x.a) * BigInt(k);
    exponent = x.exponent;
  }
  const d = 12n * (exponent < 0 ? pow10(-exponent) : 1n);
  if (exponent > 0) n *= pow10(exponent);
  const expected = roundFraction(n, d, 4) ?? 0;
  if (value === null || !Number.isFinite(value)) {
    return { onTrack: null, expected, monthsElapsed: k, nullReason: 'no-value' };
  }
  // Compare value = m·10^e with n / d, d = 12·10^−min(exponent, 0), exactly: m·12·10^(e − min(exponent, 0)) vs n.
  const v = decimalOf(value);
  const scale = v.exponent - Math.min(exponent, 0);
  const lhs = scale >= 0 ? v.mantissa * pow10(scale) * 12n : v.mantissa * 12n;
  const rhs = scale >= 0 ? n : n * pow10(-scale);
  const cmp = lhs === rhs ? 0 : lhs > rhs ? 1 : -1;
  const ok = target.direction === 'higherIsBetter' ? cmp >= 0 : cmp <= 0;
  return { onTrack: ok, expected, monthsElapsed: k };
}
