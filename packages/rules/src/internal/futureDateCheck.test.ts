import { describe, expect, it } from 'vitest';
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
