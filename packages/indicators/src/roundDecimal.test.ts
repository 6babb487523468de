import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundDecimal, roundRatio } from './roundDecimal.js';

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
