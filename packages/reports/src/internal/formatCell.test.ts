import { describe, expect, it } from 'vitest';
import { cellText, formatNumber, isNumeric } from './formatCell.js';

describe('formatNumber and cellText', () => {
  it('groups thousands and writes decimals per language', () => {
    expect(formatNumber(1234.5, 'id')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234567, 'id')).toBe('1.234.567');
    expect(formatNumber(3.675, 'id')).toBe('3,68');
    expect(formatNumber(-0.125, 'en')).toBe('-0.13');
  });
  it('writes percentages to one decimal with a space before %', () => {
    expect(cellText({ kind: 'percent', value: 43.5 }, 'id')).toBe('43,5 %');
    expect(cellText({ kind: 'percent', value: 43.5 }, 'en')).toBe('43.5 %');
    expect(cellText({ kind: 'percent', value: 1234.56 }, 'id')).toBe('1.234,6 %');
    expect(cellText({ kind: 'percent', value: 40 }, 'en')).toBe('40.0 %');
    expect(cellText({ kind: 'percent', value: null }, 'en')).toBe('—');
  });
  it('writes the other cells', () => {
    expect(cellText(null, 'id')).toBe('—');
    expect(cellText('', 'id')).toBe('');
    expect(cellText({ kind: 'suppressed', below: 5 }, 'id')).toBe('<5');
    expect(cellText({ kind: 'hidden' }, 'en')).toBe('×');
    expect(isNumeric({ kind: 'hidden' })).toBe(true);
    expect(cellText({ kind: 'level', level: 'mandiri', label: 'Mandiri' }, 'id')).toBe('Mandiri');
    expect([1, 'a', null, { kind: 'level', level: 'dasar', label: 'Dasar' } as const].map(isNumeric)).toEqual(
      [true, false, false, false],
    );
  });
});
