import { describe, expect, it } from 'vitest';
import { suppressCount, suppressPercent } from './suppressSmallCells.js';

describe('small-cell suppression', () => {
  it('suppresses counts from 1 to threshold - 1, never zero, the threshold itself or a missing count', () => {
    expect([0, 1, 4, 5, 6].map((n) => suppressCount(n, 5))).toEqual([
      0,
      { kind: 'suppressed', below: 5 },
      { kind: 'suppressed', below: 5 },
      5,
      6,
    ]);
    expect(suppressCount(null, 5)).toBeNull();
    expect(suppressCount(2, 3)).toEqual({ kind: 'suppressed', below: 3 });
    expect(suppressCount(3, 3)).toBe(3);
  });

  it('suppresses a percentage whose numerator is a small cell', () => {
    expect(suppressPercent(12.5, 1, 5)).toEqual({ kind: 'suppressed', below: 5 });
    expect(suppressPercent(100, 4, 5)).toEqual({ kind: 'suppressed', below: 5 });
    expect(suppressPercent(0, 0, 5)).toEqual({ kind: 'percent', value: 0 });
    expect(suppressPercent(50, 5, 5)).toEqual({ kind: 'percent', value: 50 });
    expect(suppressPercent(null, null, 5)).toEqual({ kind: 'percent', value: null });
  });
});
