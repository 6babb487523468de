import { describe, expect, it } from 'vitest';
import { dateLabel, monthLabel } from './monthLabel.js';

describe('month and date labels', () => {
  it('writes months in both languages', () => {
    expect(monthLabel('2020-12', 'id')).toBe('Desember 2020');
    expect(monthLabel('2020-02', 'en')).toBe('February 2020');
    expect(monthLabel('2020-08', 'id')).toBe('Agustus 2020');
  });
  it('writes dates without a leading zero', () => {
    expect(dateLabel('2020-03-04', 'id')).toBe('4 Maret 2020');
    expect(dateLabel('2020-05-14', 'en')).toBe('14 May 2020');
  });
  it('gives back text that is not a month or date unchanged', () => {
    expect(monthLabel('2020-13', 'en')).toBe('2020-13');
    expect(dateLabel('soon', 'id')).toBe('soon');
  });
});
