import { describe, expect, it } from 'vitest';
import { beforeAfterDesignation } from './beforeAfterDesignation.js';

describe('beforeAfterDesignation', () => {
  it('compares the means before and from the designation month', () => {
    const r = beforeAfterDesignation(
      [
        { period: '2016-09', value: 40 },
        { period: '201610', value: 42 },
        { period: '2016-11', value: 45 }, // the designation month counts as after
        { period: '2016-12', value: 47 },
        { period: '2017-01', value: null }, // no data: skipped, not 0
      ],
      '2016-11-10',
    );
    expect(r).toEqual({
      before: { mean: 41, months: 2 },
      after: { mean: 46, months: 2 },
      change: { absolute: 5, relative: 12.2 }, // 5 / 41 = 0.121951…
      ignored: 0,
    });
  });
  it('rounds exact means and ignores what is not a month', () => {
    const r = beforeAfterDesignation(
      [
        { period: '2020-01', value: 0.1 },
        { period: '2020-02', value: 0.2 },
        { period: '2020-03', value: 0.2 },
        { period: '2020Q1', value: 9 },
        { period: '2020-04', value: Number.NaN },
      ],
      '2021-01-01',
    );
    // (0.1 + 0.2 + 0.2) / 3 = 0.1666…
    expect(r.before).toEqual({ mean: 0.17, months: 3 });
    expect(r.after).toEqual({ mean: null, months: 0 });
    expect(r.change).toEqual({ absolute: null, relative: null });
    expect(r.ignored).toBe(2);
  });
});
