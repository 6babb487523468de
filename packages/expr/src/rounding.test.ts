import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalOf,
  roundDecimal,
  roundFraction,
  roundHalfAwayFromZero,
  roundHalfEven,
  roundRatio,
} from './rounding.js';

describe('roundDecimal (half away from zero on the decimal value)', () => {
  it('rounds the printed decimal, not the binary double', () => {
    // 1.005 is stored as 1.00499999999999989…; as a decimal it is a tie and goes up to 1.01.
    expect(roundDecimal(1.005, 2)).toBe(1.01);
    expect(roundDecimal(2.675, 2)).toBe(2.68);
    expect(roundDecimal(0.125, 2)).toBe(0.13);
    expect(roundDecimal(-0.125, 2)).toBe(-0.13);
  });
  it('rounds to the requested places and leaves shorter numbers alone', () => {
    expect(roundDecimal(43.999, 1)).toBe(44);
    expect(roundDecimal(43.333333, 2)).toBe(43.33);
    expect(roundDecimal(2.5, 0)).toBe(3);
    expect(roundDecimal(-2.5, 0)).toBe(-3);
    expect(roundDecimal(7.1, 2)).toBe(7.1);
    expect(roundDecimal(1e21, 2)).toBe(1e21);
    // 0.00000015 to 6 places: the 7th decimal is 1, so 0.
    expect(roundDecimal(1.5e-7, 6)).toBe(0);
    expect(roundDecimal(1.5e-7, 7)).toBe(2e-7);
  });
  it('clamps decimals and passes non-finite values through', () => {
    expect(roundDecimal(3.2468, -1)).toBe(3);
    expect(roundDecimal(3.2468, 2.9)).toBe(3.25);
    expect(roundDecimal(Number.NaN, 2)).toBeNaN();
  });
  it('agrees with exact rational rounding on two-decimal inputs of k/1000', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (k) => {
        // k/1000 has three decimals; half away from zero at the third, computed on integers.
        const sign = k < 0 ? -1 : 1;
        const expected = (sign * Math.floor((Math.abs(k) + 5) / 10)) / 100;
        expect(roundDecimal(k / 1000, 2)).toBe(expected + 0);
      }),
    );
  });
});

describe('roundRatio (PostgreSQL ROUND(a / b::decimal, n))', () => {
  it('rounds the exact quotient', () => {
    expect(roundRatio(8, 3, 2)).toBe(2.67); // 2.6666…
    expect(roundRatio(14, 5, 2)).toBe(2.8);
    expect(roundRatio(11, 4, 2)).toBe(2.75);
    expect(roundRatio(1, 8, 2)).toBe(0.13); // 0.125 → away from zero
    expect(roundRatio(-1, 8, 2)).toBe(-0.13);
    expect(roundRatio(2, 3, 0)).toBe(1);
    expect(roundRatio(13000, 300, 2)).toBe(43.33);
  });
  it('divides decimals exactly too', () => {
    // 0.3 / 0.1 is 2.9999999999999996 in doubles, but 3 as decimals.
    expect(roundRatio(0.3, 0.1, 2)).toBe(3);
  });
  it('gives null without a denominator', () => {
    expect(roundRatio(5, 0, 2)).toBeNull();
    expect(roundRatio(Number.NaN, 2, 2)).toBeNull();
  });
});

describe('roundRatio on whole numbers (the double fast path) equals the exact BigInt division', () => {
  const exact = (n: number, d: number, places: number) => roundFraction(BigInt(n), BigInt(d), places);
  it('on random safe integers, ties and both signs', () => {
    const whole = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.maxSafeInteger().map((x) => Math.trunc(x / 7)),
      fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
    );
    fc.assert(
      fc.property(
        whole,
        whole.filter((d) => d !== 0),
        fc.integer({ min: 0, max: 20 }),
        (n, d, places) => {
          expect(roundRatio(n, d, places)).toBe(exact(n, d, places));
        },
      ),
      { numRuns: 20_000, seed: 9 },
    );
  });
  it('at the edges: exact halves, quotients next to a whole number, the 2^53 bound', () => {
    const cases: [number, number, number][] = [
      [1, 8, 2],
      [-1, 8, 2],
      [5, 1000, 2],
      [1, 200, 2],
      [2 ** 52 - 1, 3, 0],
      [2 ** 53 - 2, 2 ** 53 - 1, 0],
      [9_007_199_254, 7, 6],
      [899_999_999_999_999, 900_000_000_000_000, 0],
      [0, -5, 2],
    ];
    for (const [n, d, places] of cases) expect(roundRatio(n, d, places)).toBe(exact(n, d, places));
  });
});

describe('roundHalfEven (PostgreSQL round() on double = C rint())', () => {
  it('sends exact halves to the even neighbour', () => {
    expect(roundHalfEven(30.5)).toBe(30);
    expect(roundHalfEven(31.5)).toBe(32);
    expect(roundHalfEven(0.5)).toBe(0);
    expect(roundHalfEven(1.5)).toBe(2);
    expect(roundHalfEven(2.5)).toBe(2);
    expect(roundHalfEven(-2.5)).toBe(-2);
    expect(roundHalfEven(-3.5)).toBe(-4);
  });
  it('rounds non-halves to the nearest integer', () => {
    expect(roundHalfEven(43.3)).toBe(43);
    expect(roundHalfEven(43.7)).toBe(44);
    expect(roundHalfEven(-43.7)).toBe(-44);
    expect(roundHalfEven(12)).toBe(12);
  });
  it('does not treat a double just below .5 as a tie', () => {
    // 0.49999999999999994 is the largest double below 0.5: rint gives 0 (a naive floor(x + 0.5) gives 1).
    expect(roundHalfEven(0.49999999999999994)).toBe(0);
    // (23 / 40) * 100 is 57.49999999999999 in doubles: 57, although the exact 57.5 would go to 58.
    expect((23 / 40) * 100).toBe(57.49999999999999);
    expect(roundHalfEven((23 / 40) * 100)).toBe(57);
    // and just above: (109 / 200) * 100 = 54.50000000000001 → 55, where the exact 54.5 would go to 54.
    expect(roundHalfEven((109 / 200) * 100)).toBe(55);
  });
  it('returns 0, not -0, for small negatives, and passes non-finite values through', () => {
    expect(Object.is(roundHalfEven(-0.4), 0)).toBe(true);
    expect(roundHalfEven(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(roundHalfEven(Number.NaN)).toBeNaN();
  });
  it('is within 0.5 of its input and an integer; at a tie it is even', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const r = roundHalfEven(x);
        expect(Number.isInteger(r)).toBe(true);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5);
        if (Math.abs(r - x) === 0.5) expect(Math.abs(r % 2)).toBe(0);
      }),
    );
  });
});

describe('roundHalfAwayFromZero (the expression language round(), any finite double)', () => {
  it('rounds on the decimal value, halves away from zero, to places or to tens', () => {
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(1234.5678, -2)).toBe(1200);
    expect(roundHalfAwayFromZero(1250, -2)).toBe(1300);
    expect(roundHalfAwayFromZero(-1250, -2)).toBe(-1300);
    expect(roundHalfAwayFromZero(0.000001234, 8)).toBe(0.00000123);
  });
  it('is exact at the top of the double range (no NaN, no Infinity)', () => {
    expect(roundHalfAwayFromZero(1.79e308, 2)).toBe(1.79e308);
    expect(roundHalfAwayFromZero(-1.79e308, 0)).toBe(-1.79e308);
    expect(roundHalfAwayFromZero(Number.MAX_VALUE, 15)).toBe(Number.MAX_VALUE);
    expect(roundHalfAwayFromZero(1.7976931348623157e308, -20)).toBe(1.7976931348623157e308);
    expect(roundHalfAwayFromZero(5e-324, 2)).toBe(0);
  });
  it('keeps the extremes of the double range: 1.79e308 to 0 places (the issue: a removed copy gave NaN)', () => {
    // Worked on the decimal value: an integer, or a multiple of 10^20, is already rounded.
    expect(roundHalfAwayFromZero(1.79e308, 0)).toBe(1.79e308);
    expect(roundHalfAwayFromZero(-1.79e308, 0)).toBe(-1.79e308);
    expect(roundHalfAwayFromZero(Number.MAX_VALUE, 0)).toBe(Number.MAX_VALUE);
    expect(roundHalfAwayFromZero(Number.MAX_VALUE, -20)).toBe(Number.MAX_VALUE);
    expect(roundHalfAwayFromZero(1e300, -20)).toBe(1e300);
    expect(roundHalfAwayFromZero(1e21, 2)).toBe(1e21);
    // Halves at the largest magnitudes where they exist: 2^52 − 0.5, and 1.5e20 / −2.5e20 to 10^20.
    expect(roundHalfAwayFromZero(4503599627370495.5, 0)).toBe(4503599627370496);
    expect(roundHalfAwayFromZero(1.5e20, -20)).toBe(2e20);
    expect(roundHalfAwayFromZero(-2.5e20, -20)).toBe(-3e20);
  });
  it('rounds the smallest numbers on their decimal value, halves away from zero, without -0', () => {
    expect(roundHalfAwayFromZero(5e-324, 0)).toBe(0);
    expect(Object.is(roundHalfAwayFromZero(-5e-324, 20), 0)).toBe(true);
    expect(roundHalfAwayFromZero(2.225e-308, 15)).toBe(0);
    expect(roundHalfAwayFromZero(5e-21, 20)).toBe(1e-20);
    expect(roundHalfAwayFromZero(-5e-21, 20)).toBe(-1e-20);
    expect(roundHalfAwayFromZero(4.9e-21, 20)).toBe(0);
    expect(roundHalfAwayFromZero(2.5e-20, 20)).toBe(3e-20);
    expect(roundHalfAwayFromZero(0.5, 0)).toBe(1);
    expect(roundHalfAwayFromZero(-0.5, 0)).toBe(-1);
    // Decimal halves that the double stores just below the half: 1.45 and 8.345 still go up.
    expect(roundHalfAwayFromZero(1.45, 1)).toBe(1.5);
    expect(roundHalfAwayFromZero(8.345, 2)).toBe(8.35);
    expect(roundHalfAwayFromZero(0.1 + 0.2, 20)).toBe(0.30000000000000004);
  });
  it('gives 0, never -0, and passes non-finite values through', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0, 2), 0)).toBe(true);
    expect(Object.is(roundDecimal(-0, 2), 0)).toBe(true);
    expect(roundHalfAwayFromZero(Number.NEGATIVE_INFINITY, 2)).toBe(Number.NEGATIVE_INFINITY);
    expect(roundHalfAwayFromZero(Number.NaN, 2)).toBeNaN();
  });
  it('is roundDecimal for places from 0 to 20', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 20 }),
        (x, d) => {
          expect(roundHalfAwayFromZero(x, d)).toBe(roundDecimal(x, d));
        },
      ),
    );
  });
  it('agrees with integer arithmetic on k/1000 to 2 places and on k to tens', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (k) => {
        const sign = k < 0 ? -1 : 1;
        expect(roundHalfAwayFromZero(k / 1000, 2)).toBe(
          (sign * Math.floor((Math.abs(k) + 5) / 10)) / 100 + 0,
        );
        expect(roundHalfAwayFromZero(k, -1)).toBe(sign * Math.floor((Math.abs(k) + 5) / 10) * 10 + 0);
      }),
    );
  });
});

describe('decimalOf and roundFraction (the exact decimal core)', () => {
  it('reads the printed decimal, exponent notation included', () => {
    expect(decimalOf(1.005)).toEqual({ mantissa: 1005n, exponent: -3 });
    expect(decimalOf(-1.5e-7)).toEqual({ mantissa: -15n, exponent: -8 });
    expect(decimalOf(1.79e308)).toEqual({ mantissa: 179n, exponent: 306 });
  });
  it('rounds an exact rational half away from zero, null without a denominator', () => {
    expect(roundFraction(1n, 8n, 2)).toBe(0.13);
    expect(roundFraction(-1n, 8n, 2)).toBe(-0.13);
    expect(roundFraction(1n, -8n, 2)).toBe(-0.13);
    expect(roundFraction(1250n, 1n, -2)).toBe(1300);
    expect(roundFraction(1n, 3n, 4)).toBe(0.3333);
    expect(roundFraction(5n, 0n, 2)).toBeNull();
  });
});
