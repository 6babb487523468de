import { decimalOf } from '@kampung-kb/expr';

/** `10 ** n` as a bigint. */
export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** An exact decimal `mantissa × 10^exponent`. */
export interface Decimal {
  readonly mantissa: bigint;
  readonly exponent: number;
}

/** Brings two decimals to the same (smaller) exponent. */
export function aligned(a: Decimal, b: Decimal): { a: bigint; b: bigint; exponent: number } {
  const exponent = Math.min(a.exponent, b.exponent);
  return {
    a: a.mantissa * pow10(a.exponent - exponent),
    b: b.mantissa * pow10(b.exponent - exponent),
    exponent,
  };
}

/** The exact sum of numbers taken at their decimal value (`0.1 + 0.2` is `0.3`). */
export function decimalSum(values: readonly number[]): Decimal {
  let acc: Decimal = { mantissa: 0n, exponent: 0 };
  for (const v of values) {
    const x = aligned(acc, decimalOf(v));
    acc = { mantissa: x.a + x.b, exponent: x.exponent };
  }
  return acc;
}

/** The exact difference `a − b` of two numbers at their decimal value. */
export function decimalDifference(a: number, b: number): Decimal {
  const x = aligned(decimalOf(a), decimalOf(b));
  return { mantissa: x.a - x.b, exponent: x.exponent };
}

/** The double nearest to a decimal. */
export function toNumber(d: Decimal): number {
  return Number(`${d.mantissa}e${d.exponent}`) + 0;
}
