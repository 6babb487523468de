import { describe, expect, it } from 'vitest';
import { suppressCount, suppressPercent } from './suppressSmallCells.js';

// Worked values for `pnpm mutate -- --module disclosure` (docs/mutation-testing.md).

describe('suppressPercent without a value', () => {
  it('shows a missing percentage as missing, even over a small numerator', () => {
    expect(suppressPercent(null, 2, 5)).toEqual({ kind: 'percent', value: null });
  });

  it('shows a percentage whose numerator is missing', () => {
    expect(suppressPercent(40, null, 5)).toEqual({ kind: 'percent', value: 40 });
  });
});

describe('thresholds of 1 and 2', () => {
  it('suppresses nothing below 1 and only 1 below 2', () => {
    expect([0, 1, 2].map((n) => suppressCount(n, 1))).toEqual([0, 1, 2]);
    expect([0, 1, 2].map((n) => suppressCount(n, 2))).toEqual([0, { kind: 'suppressed', below: 2 }, 2]);
    expect(suppressPercent(50, 1, 1)).toEqual({ kind: 'percent', value: 50 });
    expect(suppressPercent(50, 1, 2)).toEqual({ kind: 'suppressed', below: 2 });
  });
});
