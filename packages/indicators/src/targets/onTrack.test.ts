import { describe, expect, it } from 'vitest';
import { onTrack } from './onTrack.js';
import type { Target } from './target.js';

const cpr: Target = {
  indicatorId: 'cpr',
  regionCode: '63.71',
  year: 2020,
  value: 66,
  direction: 'higherIsBetter',
  source: 'test',
};
const unmet: Target = { ...cpr, indicatorId: 'unmetNeed', value: 9.91, direction: 'lowerIsBetter' };

describe('onTrack', () => {
  it('pro-rates linearly from the baseline to the target over the year', () => {
    // 65.2 + 0.8 × 3/12 = 65.4 (exactly: a value of 65.4 is on track)
    expect(onTrack(65.4, cpr, '2020Q1', 65.2)).toEqual({ onTrack: true, expected: 65.4, monthsElapsed: 3 });
    expect(onTrack(65.39, cpr, '2020Q1', 65.2)).toEqual({ onTrack: false, expected: 65.4, monthsElapsed: 3 });
    // 65.2 + 0.8 × 6/12 = 65.6
    expect(onTrack(65.6, cpr, '2020S1', 65.2)?.expected).toBe(65.6);
    // May: 65.2 + 0.8 × 5/12 = 65.5333…
    expect(onTrack(65.5, cpr, '2020-05', 65.2)).toEqual({
      onTrack: false,
      expected: 65.5333,
      monthsElapsed: 5,
    });
    expect(onTrack(66, cpr, '2020', 65.2)).toEqual({ onTrack: true, expected: 66, monthsElapsed: 12 });
  });
  it('runs the other way when lower is better', () => {
    // 10.6 − 0.69 × 3/12 = 10.4275
    expect(onTrack(10.4275, unmet, '2020Q1', 10.6)).toEqual({
      onTrack: true,
      expected: 10.4275,
      monthsElapsed: 3,
    });
    expect(onTrack(10.43, unmet, '2020Q1', 10.6)?.onTrack).toBe(false);
    expect(onTrack(9.5, unmet, '2020Q3', 10.6)?.onTrack).toBe(true);
  });
  it('compares with the target itself without a baseline', () => {
    expect(onTrack(65.4, cpr, '2020Q1')).toEqual({ onTrack: false, expected: 66, monthsElapsed: 3 });
    expect(onTrack(9.91, unmet, '2020Q2')).toEqual({ onTrack: true, expected: 9.91, monthsElapsed: 6 });
  });
  it('says why it cannot answer', () => {
    expect(onTrack(null, cpr, '2020Q1', 65.2)).toEqual({
      onTrack: null,
      expected: 65.4,
      monthsElapsed: 3,
      nullReason: 'no-value',
    });
    expect(onTrack(65, cpr, '2021Q1')?.nullReason).toBe('other-year');
    expect(onTrack(65, cpr, '2020Q5')?.nullReason).toBe('invalid-period');
  });
});
