/**
 * Exact decimal arithmetic on rationals with `bigint`, for rounding that must match PostgreSQL `numeric`
 * (half away from zero on the exact decimal value) without going through `toFixed`.
 */

/** `10 ** n` as a bigint. */
export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/**
 * Rounds the exact rational `numerator / denominator` to `decimals` places, half away from zero, and
 * returns the nearest double to the rounded decimal. The denominator must not be zero.
 */
export function roundFraction(numerator: bigint, denominator: bigint, decimals: number): number {
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n;
  const n = (numerator < 0n ? -numerator : numerator) * pow10(decimals);
  const d = denominator < 0n ? -denominator : denominator;
  let q = n / d;
  const r = n - q * d;
  if (2n * r >= d) q += 1n;
  // Number('123e-2') is the double nearest to the decimal 1.23, as a literal would be.
  const value = Number(`${q}e-${decimals}`);
  return negative ? -value : value;
}

/**
 * The exact decimal value of a finite number as written by `String(x)` (the shortest text that reads back
 * as the same double): `x = mantissa × 10^exponent`.
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
