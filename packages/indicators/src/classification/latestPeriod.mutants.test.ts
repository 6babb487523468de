import { emptyDataset } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { monthly } from '../__fixtures__/records.js';
import { latestPeriod } from './latestPeriod.js';

describe('latestPeriod', () => {
  it('returns the greatest month, not the last report listed', () => {
    const ds = emptyDataset();
    ds.monthly.push(monthly({}, '2019-03'), monthly({}, '2020-11'), monthly({}, '2020-02'));
    expect(latestPeriod(ds)).toBe('2020-11');
  });
});
