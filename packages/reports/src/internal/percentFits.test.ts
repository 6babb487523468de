import { describe, expect, it } from 'vitest';
import { PERCENT_FIT_SEARCH_LIMIT, percentFits } from './percentFits.js';

describe('percentFits', () => {
  it('finds the one numerator a percentage of a shown denominator allows', () => {
    // x / 12 to one decimal: 3 / 12 = 25.0 %, 2 / 12 = 16.7 %, 4 / 12 = 33.3 %.
    expect(percentFits(25, 12, true, 1)).toEqual([3]);
  });

  it('finds two numerators when the percentage is too coarse to pin one', () => {
    // 0 decimals over 1,000: 3 / 1000 = 0.3 % and 4 / 1000 = 0.4 % both show 0 %; 5 / 1000 = 0.5 % shows 1 %;
    // at most two are looked for: [1, 2] (0.1 % and 0.2 % show 0 % too).
    expect(percentFits(0, 1000, true, 0)).toEqual([1, 2]);
  });

  it('finds the one denominator a percentage of a shown numerator allows', () => {
    // 1 / x to one decimal = 33.3 %: x = 3 (33.33…); x = 2 gives 50.0, x = 4 gives 25.0.
    expect(percentFits(33.3, 1, false, 1)).toEqual([3]);
  });

  it('takes 0 % as fitting every large denominator', () => {
    expect(percentFits(0, 7, false, 1)).toEqual([1, 2]);
  });

  it('tries the first number and `limit` more, not one further', () => {
    // 100 / x to 0 decimals = 100 %: only x = 100 fits (100 / 99 = 101 %, 100 / 101 = 99 %). The search
    // starts at lo = ⌊100 · 100 / 100.5⌋ − 1 = 98, so x = 100 is the third number tried: found with a limit
    // of 2 (98, 99, 100), not with a limit of 1 (98, 99).
    expect(percentFits(100, 100, false, 0, 2)).toEqual([100]);
    expect(percentFits(100, 100, false, 0, 1)).toEqual([]);
  });

  it('searches a million numbers by default', () => {
    expect(PERCENT_FIT_SEARCH_LIMIT).toBe(1_000_000);
  });
});
