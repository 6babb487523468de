import type { MonthlyReport } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { reportDataset } from '../__fixtures__/dataset.js';
import { MonthlyReportIndex } from './monthlyReportIndex.js';

describe('MonthlyReportIndex', () => {
  it('finds each kampung’s report of a month, and nothing for another month or kampung', () => {
    const ds = reportDataset();
    const index = new MonthlyReportIndex(ds.monthly);
    expect(index.get('k1', '2020-11')?.users.injectable).toBe(32);
    expect(index.get('k1', '2020-12')?.users.injectable).toBe(35);
    expect(index.get('k3', '2020-12')?.users.iud).toBe(5);
    expect(index.get('k3', '2020-11')).toBeUndefined();
    expect(index.get('k9', '2020-12')).toBeUndefined();
    // A kampung id that runs into the month must not match another pair.
    expect(index.get('k1-2020', '12')).toBeUndefined();
    expect(new MonthlyReportIndex(undefined).get('k1', '2020-12')).toBeUndefined();
  });

  it('keeps the later of two reports of the same kampung and month, as the indicators do', () => {
    const ds = reportDataset();
    const first = ds.monthly[1] as MonthlyReport;
    const correction: MonthlyReport = { ...first, users: { ...first.users, injectable: 50 } };
    const index = new MonthlyReportIndex([...ds.monthly, correction]);
    expect(index.get('k1', '2020-12')?.users.injectable).toBe(50);
  });
});
