import { describe, expect, it } from 'vitest';
import { pgPercent } from './pgPercent.js';

// Survivor of `pnpm mutate -- --module classification`: the numerator's finiteness check.
describe('pgPercent: a numerator that is not a finite number', () => {
  it('gives null, as a zero denominator does, instead of NaN or ±∞', () => {
    expect(pgPercent(Number.NaN, 5)).toBeNull();
    expect(pgPercent(Number.POSITIVE_INFINITY, 200)).toBeNull();
    expect(pgPercent(Number.NEGATIVE_INFINITY, 200)).toBeNull();
  });
});
