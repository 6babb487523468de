import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfEven } from './roundHalfEven.js';

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
