import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../cliIo.js';
import { startProgress } from './progress.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('startProgress', () => {
  it('shows nothing in the first second, then the step and the seconds, and clears at the end', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const io: CliIo = { out: () => {}, err: () => {}, cwd: '.', progress: (l) => lines.push(l) };
    const p = startProgress(io, 'Reading data');
    vi.advanceTimersByTime(900);
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(lines.at(-1)).toBe('Reading data 1 s');
    p.update('Reading monthly.csv');
    vi.advanceTimersByTime(1000);
    expect(lines.at(-1)).toBe('Reading monthly.csv 2 s');
    p.stop();
    expect(lines.at(-1)).toBe('');
  });

  it('is silent without a terminal', () => {
    vi.useFakeTimers();
    const err: string[] = [];
    const io: CliIo = { out: () => {}, err: (l) => err.push(l), cwd: '.' };
    const p = startProgress(io, 'Reading data');
    vi.advanceTimersByTime(5000);
    p.stop();
    expect(err).toEqual([]);
  });
});
