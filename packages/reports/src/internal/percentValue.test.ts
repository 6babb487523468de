import { describe, expect, it } from 'vitest';
import { indicatorPercent, percentOf } from './percentValue.js';

describe('percentages rounded once to one decimal', () => {
  it('rounds the exact ratio, not the 2-decimal value again', () => {
    // 6/11 = 54.5454…: 54.55 to two decimals, 54.5 (not 54.6) to one.
    expect(percentOf(6, 11)).toBe(54.5);
    expect(percentOf(87, 200)).toBe(43.5);
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 16)).toBe(6.3); // 6.25, half away from zero
    expect(percentOf(1, 0)).toBeNull();
    expect(percentOf(null, 5)).toBeNull();
    const v = {
      id: 'cpr',
      label: { id: '', en: '' },
      value: 54.55,
      numerator: 6,
      denominator: 11,
      nullReason: null,
    } as const;
    expect(indicatorPercent(v)).toBe(54.5);
    expect(indicatorPercent({ ...v, value: null, nullReason: 'zero-denominator' })).toBeNull();
  });
});
