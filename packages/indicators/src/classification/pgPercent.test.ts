import { describe, expect, it } from 'vitest';
import { pgPercent } from './pgPercent.js';

describe('pgPercent (ROUND((a / b::float) * 100))', () => {
  it('rounds halves to even', () => {
    expect(pgPercent(61, 200)).toBe(30); // 30.5
    expect(pgPercent(63, 200)).toBe(32); // 31.5
    expect(pgPercent(13, 200)).toBe(6); // 6.5
    expect(pgPercent(25, 200)).toBe(12); // 12.5
    expect(pgPercent(19, 200)).toBe(10); // 9.5
  });
  it('computes (a / b) * 100 in doubles, in that order', () => {
    // 23/40 = 0.575 → ×100 = 57.49999999999999 → 57 (exact 57.5 would be 58)
    expect(pgPercent(23, 40)).toBe(57);
    // 109/200 = 0.545 → ×100 = 54.50000000000001 → 55 (exact 54.5 would be 54)
    expect(pgPercent(109, 200)).toBe(55);
    // 7/200 → 3.5000000000000004 → 4
    expect(pgPercent(7, 200)).toBe(4);
  });
  it('rounds ordinary ratios to the nearest integer', () => {
    expect(pgPercent(130, 300)).toBe(43); // 43.33
    expect(pgPercent(2, 3)).toBe(67); // 66.67
    expect(pgPercent(0, 5)).toBe(0);
  });
  it('is null without a denominator', () => {
    expect(pgPercent(5, 0)).toBeNull();
    expect(pgPercent(0, 0)).toBeNull();
  });
});
