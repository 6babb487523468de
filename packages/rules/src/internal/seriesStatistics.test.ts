import { describe, expect, it } from 'vitest';
import { modifiedZScore, seriesStatistics, zScore } from './seriesStatistics.js';

describe('seriesStatistics, zScore and modifiedZScore (worked by hand)', () => {
  // 10 11 12 13 14 15 40: mean 115/7 = 16.428571…; Σx² = 2555, Σ(x − mean)² = 2555 − 115²/7 = 665.714285…; sd = √(665.714/7) = 9.752028…
  // median 13; |x − 13| = 3 2 1 0 1 2 27 → sorted 0 1 1 2 2 3 27 → MAD 2.
  const s = seriesStatistics([10, 11, 12, 13, 14, 15, 40]);

  it('computes mean, population sd, median and MAD', () => {
    expect(s.n).toBe(7);
    expect(s.mean).toBeCloseTo(16.428571, 6);
    expect(s.sd).toBeCloseTo(9.752028, 6);
    expect(s.median).toBe(13);
    expect(s.mad).toBe(2);
  });

  it('z-score of 40 is 23.571429/9.752028 = 2.417080: below 3, the outlier masks itself', () => {
    expect(zScore(40, s)).toBeCloseTo(2.41708, 5);
  });

  it('modified z-score of 40 is 0.6745 × 27 / 2 = 9.105750, of 10 it is 0.6745 × 3 / 2 = 1.011750', () => {
    expect(modifiedZScore(40, s)).toBeCloseTo(9.10575, 6);
    expect(modifiedZScore(10, s)).toBeCloseTo(1.01175, 6);
  });

  it('uses the mean of the two middle values for an even count, and gives null without spread', () => {
    const even = seriesStatistics([4, 1, 3, 2]);
    expect(even.median).toBe(2.5);
    expect(even.mad).toBe(1); // |x − 2.5| = 1.5 1.5 0.5 0.5 → 0.5 0.5 1.5 1.5 → 1
    const flat = seriesStatistics([5, 5, 5]);
    expect(zScore(5, flat)).toBeNull();
    expect(modifiedZScore(5, flat)).toBeNull();
  });
});
