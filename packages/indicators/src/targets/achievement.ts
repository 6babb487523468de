import { roundDecimal, roundRatio } from '@kampung-kb/expr';
import type { Target } from './target.js';

/**
 * How much of a target a value achieves, in percent: `value / target × 100` when higher is better, and
 * `target / value × 100` when lower is better (an unmet need of 10 against a target of 9.91 achieves
 * 99.1 %; at 9.91 or below it achieves 100 % or more). Rounded to `decimals` places (default 2) half away
 * from zero on the exact quotient. `null` when the value is `null` or the divisor is 0.
 *
 * @example
 * ```ts
 * achievement(64, { value: 66, direction: 'higherIsBetter' }); // 96.97
 * achievement(10.2, { value: 9.91, direction: 'lowerIsBetter' }); // 97.16
 * achievement(null, { value: 66, direction: 'higherIsBetter' }); // null
 * ```
 */
export function achievement(
  value: number | null,
  target: Pick<Target, 'value' | 'direction'>,
  decimals = 2,
): number | null {
  if (value === null) return null;
  const d = Math.max(0, Math.trunc(decimals));
  const ratio =
    target.direction === 'higherIsBetter'
      ? roundRatio(value, target.value, d + 2)
      : roundRatio(target.value, value, d + 2);
  // Rounding the ratio to d + 2 places is rounding the percentage to d places; × 100 is a decimal shift.
  return ratio === null ? null : roundDecimal(ratio * 100, d);
}
