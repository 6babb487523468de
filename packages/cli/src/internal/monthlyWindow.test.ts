import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MonthlyWindow } from './monthlyWindow.js';

const MONTHS = ['2019-11', '2019-12', '2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06'];
const index = (m: string) => MONTHS.indexOf(m);

describe('MonthlyWindow', () => {
  it('keeps exactly the months of the window, in the order offered, whatever the order', () => {
    const pair = fc.record({ k: fc.constantFrom('a', 'b', 'c'), m: fc.constantFrom(...MONTHS) });
    fc.assert(
      fc.property(
        fc.uniqueArray(pair, { selector: (p) => `${p.k}|${p.m}`, maxLength: 24 }),
        fc.integer({ min: 1, max: 4 }),
        fc.option(fc.constantFrom(...MONTHS), { nil: undefined }),
        (reports, months, last) => {
          const w = new MonthlyWindow({ kind: 'window', months, ...(last ? { last } : {}) });
          const records = reports.map((r) => ({ kampungId: r.k, period: r.m }));
          for (const r of records) w.offer(r, undefined);
          const kept = w.records().map((x) => x.record);
          // The definition, on the whole list.
          const end = last ? index(last) : Math.max(-1, ...records.map((r) => index(r.period)));
          const first = end - months + 1;
          const want = records.filter((r) => index(r.period) >= first && index(r.period) <= end);
          const order = (xs: typeof records) =>
            [...xs].sort((x, y) => records.indexOf(x) - records.indexOf(y));
          expect(kept).toEqual(order(want));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('holds at most `months` reports of a kampung however long its history', () => {
    const w = new MonthlyWindow({ kind: 'window', months: 2 });
    const reports = Array.from({ length: 120 }, (_, i) => ({
      kampungId: 'a',
      period: `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    }));
    for (const r of reports) w.offer(r, undefined);
    expect(w.records().map((x) => x.record.period)).toEqual(['2019-11', '2019-12']);
  });

  it('keeps only periods written YYYY-MM with a month 01-12, as the month pattern says', () => {
    const periods = [
      '2020-01',
      '0000-12',
      '9999-12',
      '2020-1',
      '2020-13',
      '2020-00',
      '202001',
      '2020/01',
      ' 2020-01',
      '٢٠٢٠-01',
      '2020-0a',
      7,
    ];
    const w = new MonthlyWindow({ kind: 'window', months: 1_000_000 });
    for (const [i, period] of periods.entries()) w.offer({ kampungId: `k${i}`, period }, undefined);
    const kept = w.records().map((x) => x.record['period']);
    expect(kept).toEqual(periods.filter((p) => typeof p === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(p)));
    expect(kept).toEqual(['2020-01', '0000-12', '9999-12']);
  });
});
