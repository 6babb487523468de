/**
 * Numeric rounding for every figure the SDK reports, in one place: the expression language's `round()`,
 * the indicator engine and the classification all round here. Half away from zero on the exact decimal
 * value (PostgreSQL `numeric`), or ties to even on the double (PostgreSQL `round()` on `double precision`),
 * never through `toFixed` or binary scaling.
 *
 * @module
 */

/**
 * The exact decimal value of a finite number as written by `String(x)` (the shortest text that reads back
 * as the same double): `x = mantissa × 10^exponent`. `-0` is `0`.
 *
 * @example
 * ```ts
 * decimalOf(1.005); // { mantissa: 1005n, exponent: -3 }
 * decimalOf(1.79e308); // { mantissa: 179n, exponent: 306 }
 * ```
 */
export function decimalOf(x: number): { mantissa: bigint; exponent: number } {
  const s = String(x);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(s);
  if (!m) return { mantissa: 0n, exponent: 0 };
  const fraction = m[3] ?? '';
  const digits = BigInt(`${m[2]}${fraction}`);
  return {
    mantissa: m[1] === '-' ? -digits : digits,
    exponent: Number(m[4] ?? '0') - fraction.length,
  };
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/**
 * Rounds the exact rational `numerator / denominator` to `decimals` places (negative: to tens, hundreds …),
 * half away from zero, and returns the double nearest to the rounded decimal. `null` when the denominator
 * is 0. The building block of the other functions here, for callers with exact sums of their own.
 *
 * @example
 * ```ts
 * roundFraction(1n, 8n, 2); // 0.13
 * roundFraction(-1n, 8n, 2); // -0.13
 * roundFraction(1250n, 1n, -2); // 1300
 * roundFraction(1n, 0n, 2); // null
 * ```
 */
export function roundFraction(numerator: bigint, denominator: bigint, decimals: number): number | null {
  if (denominator === 0n) return null;
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n;
  let n = numerator < 0n ? -numerator : numerator;
  let d = denominator < 0n ? -denominator : denominator;
  if (decimals >= 0) n *= pow10(decimals);
  else d *= pow10(-decimals);
  let q = n / d;
  const r = n - q * d;
  if (2n * r >= d) q += 1n;
  // Number('123e-2') is the double nearest to the decimal 1.23, as a literal would be.
  const value = Number(`${q}e${-decimals}`);
  return (negative ? -value : value) + 0;
}

function clampDecimals(decimals: number, min: number): number {
  if (!Number.isFinite(decimals)) return 0;
  return Math.min(20, Math.max(min, Math.trunc(decimals)));
}

/**
 * Rounds `x` to `decimals` places, half away from zero, on its decimal value (the digits `String(x)`
 * prints), the way PostgreSQL rounds a `numeric`: `1.005` to 2 places is `1.01`, where
 * `Math.round(1.005 * 100) / 100` and `(1.005).toFixed(2)` give 1.00. Negative `decimals` round to tens,
 * hundreds and so on (the expression language's `round(x, -2)`). `decimals` is truncated to a whole number
 * from −20 to 20. Non-finite input comes back unchanged; `-0` and results that round to zero are `0`.
 * Exact for every finite double, the largest included.
 *
 * @example
 * ```ts
 * roundHalfAwayFromZero(2.675, 2); // 2.68
 * roundHalfAwayFromZero(-2.5, 0); // -3
 * roundHalfAwayFromZero(1234.5678, -2); // 1200
 * roundHalfAwayFromZero(1.79e308, 2); // 1.79e308
 * ```
 */
export function roundHalfAwayFromZero(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  return roundDecimalOn(x, clampDecimals(decimals, -20));
}

/**
 * {@link roundHalfAwayFromZero} for reported figures: `decimals` is truncated to a whole number from 0 to
 * 20 (a negative count of places rounds to an integer). Use it for every reported figure; never `toFixed`.
 *
 * @example
 * ```ts
 * roundDecimal(2.675, 2); // 2.68
 * roundDecimal(-0.125, 2); // -0.13
 * roundDecimal(43.999, 1); // 44
 * roundDecimal(3.2468, -1); // 3
 * ```
 */
export function roundDecimal(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  return roundDecimalOn(x, clampDecimals(decimals, 0));
}

function roundDecimalOn(x: number, places: number): number {
  if (Number.isInteger(x) && places >= 0) return x + 0;
  const { mantissa, exponent } = decimalOf(x);
  if (exponent >= -places) return x + 0;
  return roundFraction(mantissa, pow10(-exponent), places) ?? 0;
}

/**
 * Rounds the exact ratio `numerator / denominator` to `decimals` places (0 to 20), half away from zero, the
 * way PostgreSQL's `ROUND(a / b::decimal, 2)` does (the portal's index formula): no binary floating point
 * touches the quotient before it is rounded. Integers are divided exactly; other numbers are taken at
 * their decimal value (as {@link roundHalfAwayFromZero} does). `null` when the denominator is zero or an
 * argument is not finite: a ratio without a denominator has no value, which is not the same as 0.
 *
 * @example
 * ```ts
 * roundRatio(8, 3, 2); // 2.67
 * roundRatio(14, 5, 2); // 2.8
 * roundRatio(0.3, 0.1, 2); // 3
 * roundRatio(1, 0, 2); // null
 * ```
 */
export function roundRatio(numerator: number, denominator: number, decimals: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return null;
  const places = clampDecimals(decimals, 0);
  const fast = roundIntegerRatio(numerator, denominator, places);
  if (fast !== undefined) return fast;
  const a = decimalOf(numerator);
  const b = decimalOf(denominator);
  // a.m·10^a.e / (b.m·10^b.e): bring both to the same power of ten.
  const shift = a.exponent - b.exponent;
  const n = shift >= 0 ? a.mantissa * pow10(shift) : a.mantissa;
  const d = shift >= 0 ? b.mantissa : b.mantissa * pow10(-shift);
  return roundFraction(n, d, places);
}

/**
 * {@link roundRatio} of two whole numbers in double arithmetic, when every step is exact: `|n| × 10^places`
 * plus `|d|` stays below 2^53, so the scaled numerator, the quotient's correction by its remainder and the
 * final `q / 10^places` (a correctly rounded division of two exact doubles, the double nearest to the
 * decimal) need no BigInt. `undefined` when the arguments are outside that range (the exact path then runs).
 */
function roundIntegerRatio(
  numerator: number,
  denominator: number,
  places: number,
): number | null | undefined {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || places > 15) return undefined;
  const scale = POW10[places] as number;
  const n = Math.abs(numerator) * scale;
  const d = Math.abs(denominator);
  if (n + d > Number.MAX_SAFE_INTEGER) return undefined;
  let q = Math.floor(n / d);
  let r = n - q * d;
  // The double quotient can be off by one next to a whole number; the exact remainder puts it right.
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  if (2 * r >= d) q += 1;
  const value = q / scale;
  return (numerator < 0 !== denominator < 0 && q !== 0 ? -value : value) + 0;
}

/** 10^0 … 10^15, exact doubles. */
const POW10: readonly number[] = [1];
for (let i = 1; i <= 15; i++) (POW10 as number[]).push((POW10[i - 1] as number) * 10);

/**
 * Rounds to the nearest integer, ties to the even neighbour: the C `rint()` that PostgreSQL's `round()`
 * uses on `double precision`, and so what the Kampung KB portal's classification SQL applies to its
 * percentages. The tie test is on the double itself: `(23 / 40) * 100` is `57.49999999999999` in IEEE
 * doubles, so it rounds to 57 even though the exact 57.5 would round to 58.
 *
 * Non-finite input comes back unchanged.
 *
 * @example
 * ```ts
 * roundHalfEven(30.5); // 30
 * roundHalfEven(31.5); // 32
 * roundHalfEven(-2.5); // -2
 * roundHalfEven(0.49999999999999994); // 0
 * ```
 */
export function roundHalfEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const floor = Math.floor(x);
  // Exact for every double: below 2^52 the difference is representable, above it x is an integer.
  const diff = x - floor;
  if (diff < 0.5) return floor + 0; // `+ 0` turns -0 into 0
  if (diff > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}
