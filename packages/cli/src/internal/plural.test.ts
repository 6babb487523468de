import { describe, expect, it } from 'vitest';
import { plural } from './plural.js';

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
