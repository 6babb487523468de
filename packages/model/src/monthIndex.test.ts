import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONTH_PATTERN, monthIndex, monthOfIndex, monthRange, shiftMonth } from './period.js';

const monthArb = fc
  .record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);

describe('monthIndex / monthOfIndex', () => {
  it('counts months since year 0 (worked values)', () => {
    expect(monthIndex('0000-01')).toBe(0);
    expect(monthIndex('2020-01')).toBe(24240);
    expect(monthIndex('2020-12')).toBe(24251);
    expect(monthOfIndex(24240)).toBe('2020-01');
    expect(monthOfIndex(24251)).toBe('2020-12');
    expect(monthOfIndex(0)).toBe('0000-01');
  });

  it('is -1 for exactly the texts MONTH_PATTERN refuses', () => {
    for (const bad of [
      '2020-00',
      '2020-13',
      '2020-1',
      '20201',
      '2020/01',
      '202001',
      'abcd-ef',
      '2020-1a',
      ' 2020-01',
      '',
    ]) {
      expect(monthIndex(bad)).toBe(-1);
    }
    const re = new RegExp(MONTH_PATTERN);
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a/-]{7}$/), (s) => {
        expect(monthIndex(s) >= 0).toBe(re.test(s));
      }),
    );
  });

  it('round-trips and keeps the distance between months', () => {
    fc.assert(
      fc.property(monthArb, monthArb, (a, b) => {
        expect(monthOfIndex(monthIndex(a))).toBe(a);
        expect(Math.sign(monthIndex(a) - monthIndex(b))).toBe(Math.sign(a < b ? -1 : a > b ? 1 : 0));
        expect(shiftMonth(a, monthIndex(b) - monthIndex(a))).toBe(b);
      }),
    );
  });
});

describe('monthRange', () => {
  it('lists every month across a year end, both ends included', () => {
    expect(monthRange('2019-11', '2020-02')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
    expect(monthRange('2020-05', '2020-05')).toEqual(['2020-05']);
  });

  it('is empty when the end is before the start or a month is invalid', () => {
    expect(monthRange('2020-02', '2020-01')).toEqual([]);
    expect(monthRange('2020-13', '2021-01')).toEqual([]);
  });
});
