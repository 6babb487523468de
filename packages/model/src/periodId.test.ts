import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  monthIndexInYear,
  monthsOf,
  nextPeriod,
  PERIOD_TYPES,
  parsePeriodId,
  periodContaining,
  periodEnd,
  periodLabel,
  periodStart,
  periodsInYear,
  periodsOfYear,
  periodType,
  previousPeriod,
  samePeriodLastYear,
} from './periodId.js';

describe('parsePeriodId', () => {
  it('reads the four DHIS2 forms', () => {
    expect(parsePeriodId('202001')).toEqual({
      id: '202001',
      type: 'month',
      year: 2020,
      index: 1,
      firstMonth: 1,
      lastMonth: 1,
    });
    expect(parsePeriodId('2020Q3')).toEqual({
      id: '2020Q3',
      type: 'quarter',
      year: 2020,
      index: 3,
      firstMonth: 7,
      lastMonth: 9,
    });
    expect(parsePeriodId('2020S2')).toMatchObject({ type: 'sixMonth', firstMonth: 7, lastMonth: 12 });
    expect(parsePeriodId('2020')).toMatchObject({ type: 'year', index: 1, firstMonth: 1, lastMonth: 12 });
  });
  it("turns the first slice's months into DHIS2 months and accepts lower case", () => {
    expect(parsePeriodId('2020-01')?.id).toBe('202001');
    expect(parsePeriodId(' 2020-1 ')?.id).toBe('202001');
    expect(parsePeriodId('2020q4')?.id).toBe('2020Q4');
    expect(parsePeriodId('2020s1')?.id).toBe('2020S1');
  });
  it('rejects what is not a period', () => {
    for (const s of [
      '',
      '2020Q5',
      '2020Q0',
      '2020S3',
      '202013',
      '202000',
      '2020-13',
      '20',
      '0999',
      'Q1',
      '2020W1',
    ]) {
      expect(parsePeriodId(s), s).toBeUndefined();
    }
  });
  it('gives the type', () => {
    expect(PERIOD_TYPES.map((t) => periodType(periodsOfYear(2020, t)[0] ?? ''))).toEqual(PERIOD_TYPES);
    expect(periodType('x')).toBeUndefined();
  });
});

describe('months and containing periods', () => {
  it('lists the months of each type', () => {
    expect(monthsOf('202012')).toEqual(['2020-12']);
    expect(monthsOf('2020Q4')).toEqual(['2020-10', '2020-11', '2020-12']);
    expect(monthsOf('2020S1')).toEqual(['2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06']);
    expect(monthsOf('2020')).toHaveLength(12);
    expect(monthsOf('nope')).toEqual([]);
  });
  it('finds the period containing a month or a date', () => {
    expect(periodContaining('2020-03', 'quarter')).toBe('2020Q1');
    expect(periodContaining('2020-04', 'quarter')).toBe('2020Q2');
    expect(periodContaining('2020-06-30', 'sixMonth')).toBe('2020S1');
    expect(periodContaining('2020-07-01', 'sixMonth')).toBe('2020S2');
    expect(periodContaining('202012', 'year')).toBe('2020');
    expect(periodContaining('2020-12', 'month')).toBe('202012');
    expect(periodContaining('2020-13', 'month')).toBeUndefined();
  });
  it('is consistent: every month of a period lies in it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1001, max: 9998 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...PERIOD_TYPES),
        (year, m, type) => {
          const month = `${year}-${String(m).padStart(2, '0')}`;
          const id = periodContaining(month, type) as string;
          expect(monthsOf(id)).toContain(month);
          expect(monthsOf(id)).toHaveLength(12 / periodsInYear(type));
        },
      ),
    );
  });
});

describe('neighbours', () => {
  it('steps back across year boundaries', () => {
    expect(previousPeriod('202001')).toBe('201912');
    expect(previousPeriod('2020Q1')).toBe('2019Q4');
    expect(previousPeriod('2020S1')).toBe('2019S2');
    expect(previousPeriod('2020')).toBe('2019');
    expect(previousPeriod('2020Q3')).toBe('2020Q2');
    expect(previousPeriod('2020-03')).toBe('202002');
    expect(previousPeriod('bad')).toBeUndefined();
  });
  it('steps forward across year boundaries', () => {
    expect(nextPeriod('201912')).toBe('202001');
    expect(nextPeriod('2019Q4')).toBe('2020Q1');
    expect(nextPeriod('2019S2')).toBe('2020S1');
    expect(nextPeriod('9999')).toBeUndefined();
  });
  it('next undoes previous', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1001, max: 9998 }), fc.constantFrom(...PERIOD_TYPES), (year, type) => {
        for (const id of periodsOfYear(year, type)) expect(nextPeriod(previousPeriod(id) as string)).toBe(id);
      }),
    );
  });
  it('finds the same period last year', () => {
    expect(samePeriodLastYear('202001')).toBe('201901');
    expect(samePeriodLastYear('2020Q4')).toBe('2019Q4');
    expect(samePeriodLastYear('2020S2')).toBe('2019S2');
    expect(samePeriodLastYear('2020')).toBe('2019');
  });
  it('stops at the years 1000 and 9999 and steps inside them', () => {
    expect(previousPeriod('1000Q1')).toBeUndefined();
    expect(previousPeriod('100001')).toBeUndefined();
    expect(previousPeriod('1000Q2')).toBe('1000Q1');
    expect(previousPeriod('1001S1')).toBe('1000S2');
    expect(nextPeriod('9999Q4')).toBeUndefined();
    expect(nextPeriod('999912')).toBeUndefined();
    expect(nextPeriod('9999S1')).toBe('9999S2');
    expect(nextPeriod('9998')).toBe('9999');
    expect(samePeriodLastYear('1000S2')).toBeUndefined();
    expect(samePeriodLastYear('1001')).toBe('1000');
    expect(samePeriodLastYear('bad')).toBeUndefined();
    expect(nextPeriod('bad')).toBeUndefined();
  });
});

describe('dates, order and labels', () => {
  it('gives first and last days, leap years included', () => {
    expect(periodStart('2020Q2')).toBe('2020-04-01');
    expect(periodEnd('2020Q2')).toBe('2020-06-30');
    expect(periodEnd('202002')).toBe('2020-02-29');
    expect(periodEnd('201902')).toBe('2019-02-28');
    expect(periodStart('2020S2')).toBe('2020-07-01');
    expect(periodEnd('2020')).toBe('2020-12-31');
    expect(periodEnd('x')).toBeUndefined();
  });
  it('orders by start, then by end, invalid last', () => {
    expect(
      ['2020Q2', 'zz', '2020', '202002', '2020S1', '201912', '202001', '2020Q1'].sort(comparePeriods),
    ).toEqual(['201912', '202001', '2020Q1', '2020S1', '2020', '202002', '2020Q2', 'zz']);
    expect(comparePeriods('2020-01', '202001')).toBe(0);
  });
  it('writes labels in both languages', () => {
    expect(periodLabel('2020Q1', 'id')).toBe('Triwulan I 2020');
    expect(periodLabel('2020Q4', 'id')).toBe('Triwulan IV 2020');
    expect(periodLabel('2020Q1', 'en')).toBe('Q1 2020');
    expect(periodLabel('2020S1', 'id')).toBe('Semester I 2020');
    expect(periodLabel('2020S2', 'en')).toBe('H2 2020');
    expect(periodLabel('202001', 'id')).toBe('Januari 2020');
    expect(periodLabel('2020-08', 'en')).toBe('August 2020');
    expect(periodLabel('2020', 'id')).toBe('Tahun 2020');
    expect(periodLabel('2020', 'en')).toBe('2020');
    expect(periodLabel('soon', 'en')).toBe('soon');
  });
  it('gives the pro-rating position in the year', () => {
    expect(monthIndexInYear('202005')).toBe(5);
    expect(monthIndexInYear('2020Q1')).toBe(3);
    expect(monthIndexInYear('2020S1')).toBe(6);
    expect(monthIndexInYear('2020')).toBe(12);
    expect(periodsInYear('month')).toBe(12);
    expect(periodsInYear('sixMonth')).toBe(2);
    expect(periodsOfYear(2020, 'quarter')).toEqual(['2020Q1', '2020Q2', '2020Q3', '2020Q4']);
    expect(periodsOfYear(2020.5, 'quarter')).toEqual([]);
  });
});
