import { describe, expect, it } from 'vitest';
import { indicatorValue } from './indicatorValue.js';

const pct = { factor: 100, decimals: 2 };

describe('indicatorValue', () => {
  it('rounds numerator × factor / denominator half away from zero on the decimal value', () => {
    expect(indicatorValue(pct, 130, 300, false)).toEqual({
      numerator: 130,
      denominator: 300,
      value: 43.33,
      nullReason: null,
    });
    // 1 / 8 × 100 = 12.5 exactly: the tie goes away from zero at 0 decimals.
    expect(indicatorValue({ factor: 100, decimals: 0 }, 1, 8, false).value).toBe(13);
    expect(indicatorValue({ factor: 1, decimals: 2 }, 0.1 + 0.2, undefined, false)).toEqual({
      numerator: 0.3,
      denominator: null,
      value: 0.3,
      nullReason: null,
    });
  });

  it('tells a missing element (no-data) from a division by zero (zero-denominator)', () => {
    expect(indicatorValue(pct, 5, 0, false)).toMatchObject({ value: null, nullReason: 'zero-denominator' });
    expect(indicatorValue(pct, null, 300, true)).toMatchObject({ value: null, nullReason: 'no-data' });
    expect(indicatorValue(pct, null, 300, false).nullReason).toBe('zero-denominator');
    expect(indicatorValue({ ...pct, missingAs: 'zero' }, null, 300, true).nullReason).toBe(
      'zero-denominator',
    );
    expect(indicatorValue(pct, Number.POSITIVE_INFINITY, 3, false)).toMatchObject({
      numerator: null,
      value: null,
    });
  });
});
