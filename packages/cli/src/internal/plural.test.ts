import { describe, expect, it } from 'vitest';
import { megabytes, percentOf, plural } from './plural.js';

describe('plural', () => {
  it('chooses the form Intl.PluralRules gives', () => {
    const f = { one: 'problem', other: 'problems' };
    expect(plural('en', 1, f)).toBe('1 problem');
    expect(plural('en', 2, f)).toBe('2 problems');
    expect(plural('en', 1234, f)).toBe('1,234 problems');
    expect(plural('id', 1, { other: 'masalah' })).toBe('1 masalah');
    expect(plural('id', 1234, { other: 'masalah' })).toBe('1.234 masalah');
    expect(plural('en', 3, { other: '{n} of them' })).toBe('3 of them');
  });
});

describe('percentOf and megabytes', () => {
  it('gives whole percentages and megabytes in the language', () => {
    expect(percentOf(1, 3)).toBe('33 %');
    expect(percentOf(5, 0)).toBe('0 %');
    expect(percentOf(7, 5)).toBe('100 %');
    expect(megabytes('id', 349_700_000)).toBe('349,7 MB');
    expect(megabytes('en', 349_700_000)).toBe('349.7 MB');
  });
});
