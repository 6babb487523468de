import { describe, expect, it } from 'vitest';
import {
  decimalOf,
  roundDecimal,
  roundFraction,
  roundHalfAwayFromZero,
  roundHalfEven,
  roundRatio,
} from './rounding.js';

// Worked values that kill the mutants `pnpm mutate -- --module rounding` found alive (docs/mutation-testing.md).

describe('decimalOf outside the finite numbers', () => {
  it('gives a zero decimal for NaN and the infinities instead of throwing', () => {
    expect(decimalOf(Number.NaN)).toEqual({ mantissa: 0n, exponent: 0 });
    expect(decimalOf(Number.POSITIVE_INFINITY)).toEqual({ mantissa: 0n, exponent: 0 });
  });

  it('reads a printed exponent with its sign', () => {
    expect(decimalOf(1.5e-7)).toEqual({ mantissa: 15n, exponent: -8 });
    expect(decimalOf(-2.5e21)).toEqual({ mantissa: -25n, exponent: 20 });
  });
});

describe('roundFraction signs', () => {
  it('keeps a positive quotient positive and a negative one negative', () => {
    expect(roundFraction(1n, 3n, 2)).toBe(0.33);
    expect(roundFraction(-1n, 3n, 2)).toBe(-0.33);
    expect(roundFraction(1n, -3n, 2)).toBe(-0.33);
    expect(roundFraction(-1n, -3n, 2)).toBe(0.33);
    expect(Object.is(roundFraction(0n, -3n, 2), 0)).toBe(true);
  });

  it('rounds ties away from zero on both sides', () => {
    expect(roundFraction(5n, 2n, 0)).toBe(3);
    expect(roundFraction(-5n, 2n, 0)).toBe(-3);
    expect(roundFraction(1n, 8n, 2)).toBe(0.13);
  });

  it('rounds to tens with negative decimals', () => {
    expect(roundFraction(25n, 1n, -1)).toBe(30);
    expect(roundFraction(-249n, 10n, -1)).toBe(-20);
  });
});

describe('decimals that are not finite numbers', () => {
  it('round to whole numbers', () => {
    expect(roundHalfAwayFromZero(1.5, Number.NaN)).toBe(2);
    expect(roundDecimal(1.5, Number.POSITIVE_INFINITY)).toBe(2);
    expect(roundRatio(3, 2, Number.NaN)).toBe(2);
  });
});

describe('non-finite values', () => {
  it('come back unchanged, also with negative decimals', () => {
    expect(roundHalfAwayFromZero(Number.POSITIVE_INFINITY, -1)).toBe(Number.POSITIVE_INFINITY);
    expect(roundHalfAwayFromZero(Number.NEGATIVE_INFINITY, -2)).toBe(Number.NEGATIVE_INFINITY);
    expect(roundHalfAwayFromZero(Number.NaN, -1)).toBeNaN();
  });
});

describe('roundRatio on decimal operands (the exact path)', () => {
  it('scales the numerator when the denominator has more decimals', () => {
    // 1 / 0.3 = 3.333…
    expect(roundRatio(1, 0.3, 2)).toBe(3.33);
    expect(roundRatio(-1, 0.3, 2)).toBe(-3.33);
  });

  it('scales the denominator when the numerator has more decimals', () => {
    // 0.5 / 3 = 0.1666…
    expect(roundRatio(0.5, 3, 2)).toBe(0.17);
    expect(roundRatio(0.5, -3, 2)).toBe(-0.17);
  });

  it('takes equal exponents as they are', () => {
    expect(roundRatio(0.1, 0.3, 3)).toBe(0.333);
  });

  it('sees the decimal tie the double quotient misses', () => {
    // 1.005 / 1 is the decimal tie 1.005 (the double is 1.00499…): up to 1.01.
    expect(roundRatio(1.005, 1, 2)).toBe(1.01);
    // 1 / 0.4 = 2.5 exactly as decimals, 2.4999… as doubles: up to 3.
    expect(roundRatio(1, 0.4, 0)).toBe(3);
    // 1 / 0.8 = 1.25 exactly: up to 1.3.
    expect(roundRatio(1, 0.8, 1)).toBe(1.3);
    // 1 / 0.32 = 3.125 exactly: up to 3.13.
    expect(roundRatio(1, 0.32, 2)).toBe(3.13);
  });
});

describe('roundHalfEven at zero', () => {
  it('gives +0 for -0 and for small negatives', () => {
    expect(Object.is(roundHalfEven(-0), 0)).toBe(true);
    expect(Object.is(roundHalfEven(-0.2), 0)).toBe(true);
  });
});
