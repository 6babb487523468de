import type { PoktanParticipationPart } from '@kampung-kb/indicators';
import { describe, expect, it } from 'vitest';
import { indicatorPercent, percentOf, poktanPercent } from './percentValue.js';

const part = (participants: number, targetPopulation: number): PoktanParticipationPart => ({
  poktan: 'bkb',
  target: 'familiesWithUnderFives',
  participants,
  targetPopulation,
  percent: null,
});

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

  it('computes poktan participation from the exact mean of the five ratios', () => {
    // One poktan with a target: 8/11 × 100 / 5 = 14.5454… → 14.5 (the indicator's 14.55 would give 14.6).
    const one = [part(8, 11), part(0, 0), part(0, 0), part(0, 0), part(0, 0)];
    expect(poktanPercent(14.55, one)).toBe(14.5);
    // (30/80 + 20/90 + 3/70 + 20/300 + 30/150) × 100 / 5 = 18.1349… → 18.1.
    const k1 = [part(30, 80), part(20, 90), part(3, 70), part(20, 300), part(30, 150)];
    expect(poktanPercent(18.13, k1)).toBe(18.1);
    expect(poktanPercent(null, k1)).toBeNull();
    // Counts that are not whole numbers: the indicator value, rounded to one decimal.
    expect(poktanPercent(10.26, [part(1.5, 3)])).toBe(10.3);
  });
});
