import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanDataset, intervention } from '../__fixtures__/records.js';
import { validateDataset } from '../validateDataset.js';
import { defaultToday } from './futureDateCheck.js';

describe('defaultToday', () => {
  // 2020-12-31 16:30 UTC: still the 31st in WIB (23:30), already 1 January in WITA and WIT.
  const instant = new Date('2020-12-31T16:30:00Z');
  it('is today in the programme’s time zone', () => {
    expect(defaultToday('63.71', instant)).toBe('2021-01-01');
    expect(defaultToday('31.71', instant)).toBe('2020-12-31');
    expect(defaultToday('91.71', instant)).toBe('2021-01-01');
  });
  it('is today in WIB without a city', () => {
    expect(defaultToday(undefined, instant)).toBe('2020-12-31');
  });
});

describe('validateDataset without options.today', () => {
  const saved = process.env['TZ'];
  afterEach(() => {
    vi.useRealTimers();
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  });
  it('uses the date in the programme’s time zone, not the machine’s (UTC+14 and UTC−11 agree)', () => {
    // 2020-12-31 16:30 UTC: 23:30 in Jakarta (WIB); already 2021-01-01 in UTC+14, still 2020-12-31 in UTC−11.
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2020-12-31T16:30:00Z'));
    const dataset = cleanDataset();
    dataset.interventions.push(intervention({ id: 'tomorrow-in-wib', date: '2021-01-01' }));
    const future = () =>
      validateDataset(dataset, { cityCode: '32.73' }).issues.filter((i) => i.ruleId === 'future-date').length;
    process.env['TZ'] = 'Pacific/Kiritimati';
    const east = future();
    process.env['TZ'] = 'Pacific/Pago_Pago';
    const west = future();
    expect([east, west]).toEqual([1, 1]);
  });
});
