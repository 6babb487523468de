import { describe, expect, it } from 'vitest';
import {
  compareKampungValues,
  type FourValues,
  type KampungValues,
  round2,
  valuesFromBaselineJson,
  valuesFromCliJson,
} from './compareValues.ts';

const values = (entries: Record<string, FourValues>, period = '2020-12'): KampungValues => ({
  period,
  kampung: new Map(Object.entries(entries)),
});

describe('round2', () => {
  it('rounds half away from zero on the decimal value', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(-0.125)).toBe(-0.13);
    expect(round2(43.999)).toBe(44);
    expect(round2(12.344999)).toBe(12.34);
    expect(round2(7)).toBe(7);
    expect(round2(1e-9)).toBe(0);
  });
});

describe('compareKampungValues', () => {
  const ref = values({ a: [50, 20.5, 3.33, null], b: [null, null, null, null] });
  it('finds equal sources equal, also when one is rounded later', () => {
    const other = values({ b: [null, null, null, null], a: [50.001, 20.5, 3.3333, null] });
    const c = compareKampungValues([
      { name: 'ref', values: ref },
      { name: 'other', values: other },
    ]);
    expect(c).toMatchObject({ equal: true, kampung: 2, values: 3, mismatchCount: 0 });
  });

  it('reports a different value, a null against a value, a missing kampung, an extra one and the period', () => {
    const other = values({ a: [50.01, 20.5, 0, 1], c: [1, 1, 1, 1] }, '2020-11');
    const c = compareKampungValues([
      { name: 'ref', values: ref },
      { name: 'other', values: other },
    ]);
    expect(c.equal).toBe(false);
    expect(c.mismatches.map((m) => `${m.kampungId}:${m.value}:${m.expected}:${m.actual}`)).toEqual([
      ':period:2020-12:2020-11',
      'a:cpr-portal:50:50.01',
      'a:unmet-need:3.33:0',
      'a:poktan-participation-mean:null:1',
      'b:kampung:present:absent',
      'c:kampung:absent:present',
    ]);
    expect(
      compareKampungValues(
        [
          { name: 'r', values: ref },
          { name: 'o', values: other },
        ],
        2,
      ).mismatches,
    ).toHaveLength(2);
  });
});

describe('readers', () => {
  it('reads kkb indicators --json and a baseline output alike', () => {
    const cli = valuesFromCliJson({
      period: '2020-12',
      kampung: [{ id: 'a', indicators: { cpr: 1, mkjpShare: 2, unmetNeed: null, poktanParticipation: 4 } }],
    });
    const base = valuesFromBaselineJson({ period: '2020-12', kampung: { a: [1, 2, null, 4] } });
    expect(cli).toEqual(base);
  });

  it('rejects what is not such an output', () => {
    expect(() => valuesFromCliJson({ period: '2020-12', results: [] })).toThrow(/kkb indicators/);
    expect(() =>
      valuesFromCliJson({ period: '2020-12', kampung: [{ id: 'a', indicators: { cpr: '1' } }] }),
    ).toThrow(/a\.cpr/);
    expect(() => valuesFromBaselineJson({ period: '2020-12', kampung: { a: [1, 2] } })).toThrow(/4 values/);
  });
});
