import { describe, expect, it } from 'vitest';
import type { AggregationLevel, TypedRecord } from '../aggregation/aggregate.js';
import { kampung, monthly, population } from '../catalogue/__fixtures__/kampungRecords.js';
import { defaultIndicatorCatalogue } from '../catalogue/defaultIndicatorCatalogue.js';
import { IndicatorEngine } from './computeIndicators.js';

/**
 * Step counters for issue 9's "linear, indexed evaluation": every record is read once into the
 * kampung-month state of the run, however many levels and periods are computed from it, and computing the
 * results touches each kampung a bounded number of times per (level, period), never once per other kampung.
 */

const LEVELS: AggregationLevel[] = ['kampung', 'village', 'district', 'regency', 'province'];
const MONTHS = Array.from({ length: 12 }, (_, m) => `2020${String(m + 1).padStart(2, '0')}`);
const PERIODS = [...MONTHS, '2020Q1', '2020Q2', '2020Q3', '2020Q4', '2020S1', '2020'];
const CPR = defaultIndicatorCatalogue.filter((d) => d.id === 'cpr-portal');

/** `n` kampung × 12 months; every monthly report counts the reads of its `users` object. */
function counted(n: number): { records: TypedRecord[]; reads: () => number } {
  let reads = 0;
  const records: TypedRecord[] = [];
  for (let i = 0; i < n; i++) {
    const id = `k${i}`;
    records.push(kampung(id, `63.${71 + (i % 3)}.0${1 + (i % 4)}.${1001 + (i % 7)}`));
    records.push(population(id, '2019-12', 100 + i));
    for (const m of MONTHS) {
      const r = monthly(id, `${m.slice(0, 4)}-${m.slice(4)}`);
      const users = { iud: i % 9, mow: 1, mop: 0, implant: 2, injectable: 3, pill: 4, condom: 0 };
      Object.defineProperty(r.record, 'users', {
        enumerable: true,
        get: () => {
          reads++;
          return users;
        },
      });
      records.push(r);
    }
  }
  return { records, reads: () => reads };
}

function run(n: number, level: AggregationLevel[], periods: string[]) {
  const { records, reads } = counted(n);
  const engine = new IndicatorEngine({ indicators: CPR, level, periods, trends: true });
  for (const r of records) engine.add(r);
  const afterAdd = reads();
  let rows = 0;
  for (const _ of engine.results()) rows++;
  return { readsPerReport: afterAdd / (n * 12), readsInResults: reads() - afterAdd, rows };
}

describe('IndicatorEngine: linear in the records and kampung', () => {
  it('reads each report once, whether for one level and period or five levels and 18 periods with trends', () => {
    // One read of `users` per portal method CPR reads, for every report (the year covers them all).
    const one = run(50, ['kampung'], ['2020']);
    expect(one.readsPerReport).toBe(7);
    const all = run(50, LEVELS, PERIODS);
    expect(one.readsPerReport).toBeGreaterThan(0);
    expect(all.readsPerReport).toBe(one.readsPerReport);
    // Results come from the kampung-month state, never from the records again.
    expect(all.readsInResults).toBe(0);
    expect(all.rows).toBeGreaterThan(one.rows);
  });

  it('reads as often per report for 2,000 kampung as for 20 (no per-kampung scan of the data)', () => {
    const small = run(20, LEVELS, ['2020Q4', '2020']);
    const large = run(2000, LEVELS, ['2020Q4', '2020']);
    expect(large.readsPerReport).toBe(small.readsPerReport);
    expect(large.readsInResults).toBe(0);
  });
});
