import { decimalOf, pow10, roundFraction } from './internal/decimal.js';

/**
 * Rounds a number to `decimals` places, half away from zero, on its decimal value (the digits
 * `String(x)` prints), the way PostgreSQL rounds a `numeric`: `roundDecimal(1.005, 2)` is `1.01`, where
 * `Math.round(1.005 * 100) / 100` and `(1.005).toFixed(2)` give 1.00. Use it for every reported figure;
 * never `toFixed`.
 *
 * `decimals` is truncated to a whole number from 0 to 20. Non-finite input comes back unchanged.
 *
 * @example
 * ```ts
 * roundDecimal(2.675, 2); // 2.68
 * roundDecimal(-0.125, 2); // -0.13
 * roundDecimal(43.999, 1); // 44
 * ```
 */
export function roundDecimal(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const places = clampDecimals(decimals);
  const { mantissa, exponent } = decimalOf(x);
  if (exponent >= -places) return x;
  return roundFraction(mantissa, pow10(-exponent), places) + 0;
}

/**
 * Rounds the exact ratio `numerator / denominator` to `decimals` places, half away from zero, the way
 * PostgreSQL's `ROUND(a / b::decimal, 2)` does (the portal's index formula): no binary floating point
 * touches the quotient before it is rounded. Integers are divided exactly; other numbers are taken at
 * their decimal value (as {@link roundDecimal} does). `null` when the denominator is zero or an argument
 * is not finite: a ratio without a denominator has no value, which is not the same as 0.
 *
 * @example
 * ```ts
 * roundRatio(8, 3, 2); // 2.67
 * roundRatio(14, 5, 2); // 2.8
 * roundRatio(1, 0, 2); // null
 * ```
 */
export function roundRatio(numerator: number, denominator: number, decimals: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return null;
  const a = decimalOf(numerator);
  const b = decimalOf(denominator);
  // a.m·10^a.e / (b.m·10^b.e): bring both to the same power of ten.
  const shift = a.exponent - b.exponent;
  const n = shift >= 0 ? a.mantissa * pow10(shift) : a.mantissa;
  const d = shift >= 0 ? b.mantissa : b.mantissa * pow10(-shift);
  return roundFraction(n, d, clampDecimals(decimals)) + 0;
}

function clampDecimals(decimals: number): number {
  if (!Number.isFinite(decimals)) return 0;
  return Math.min(20, Math.max(0, Math.trunc(decimals)));
}
