import { describe, expect, it } from 'vitest';
import { benchArgs } from './benchArgs.js';
import { fmt, median, succeeded } from './benchRun.js';
import { rng } from './rng.js';

describe('bench helpers', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('prints figures with fixed decimals and a dash for what is not a number', () => {
    expect(fmt(1.235, 1)).toBe('1.2');
    expect(fmt(2)).toBe('2.00');
    expect(fmt(Number.NaN)).toBe('–');
    expect(fmt(Number.POSITIVE_INFINITY)).toBe('–');
  });

  it('counts only exit status 0 as success', () => {
    expect(succeeded({ status: 0 })).toBe(true);
    expect(succeeded({ status: 1 })).toBe(false);
    expect(succeeded({ status: null })).toBe(false);
  });
});

describe('rng (mulberry32)', () => {
  it('keeps the sequence the benchmarks generated their data with (seed 42)', () => {
    const rand = rng(42);
    const first = [rand(), rand(), rand()].map((x) => Math.floor(x * 2 ** 32));
    expect(first).toEqual([2581720956, 1925393290, 3661312704]);
  });
});

describe('benchArgs', () => {
  const defaults = { dir: '/tmp/default' };

  it('reads sizes with underscores, at least one round, the dir and --no-build', () => {
    expect(benchArgs({ sizes: '1000, 10_000', rounds: '0', 'no-build': true }, defaults)).toEqual({
      sizes: [1000, 10000],
      rounds: 1,
      dir: '/tmp/default',
      noBuild: true,
    });
    expect(benchArgs({ sizes: '21', rounds: '3', dir: '/tmp/x' }, defaults)).toEqual({
      sizes: [21],
      rounds: 3,
      dir: '/tmp/x',
      noBuild: false,
    });
  });

  it('refuses a size that is not a positive whole number', () => {
    expect(() => benchArgs({ sizes: '1000,1.5' }, defaults)).toThrow('--sizes: whole numbers, got 1000,1.5');
    expect(() => benchArgs({ sizes: '0' }, defaults)).toThrow('--sizes');
  });
});
