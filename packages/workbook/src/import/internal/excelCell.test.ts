import { describe, expect, it } from 'vitest';
import { excelCell } from './excelCell.js';

describe('excelCell', () => {
  it('makes exceljs cell values plain', () => {
    const date = new Date('2020-12-01T00:00:00Z');
    expect(excelCell(null)).toBeUndefined();
    expect(excelCell(undefined)).toBeUndefined();
    expect(excelCell('Pesisir')).toBe('Pesisir');
    expect(excelCell(12)).toBe(12);
    expect(excelCell(true)).toBe(true);
    expect(excelCell(date)).toBe(date);
    expect(excelCell({ richText: [{ text: 'Dana ' }, { font: {}, text: 'Desa' }] })).toBe('Dana Desa');
    expect(excelCell({ formula: 'A1+1', result: 7 })).toBe(7);
    expect(excelCell({ sharedFormula: 'A1', result: date })).toBe(date);
    expect(excelCell({ formula: 'A1' })).toBeUndefined();
    expect(excelCell({ text: 'tautan', hyperlink: 'https://example.org' })).toBe('tautan');
    expect(excelCell({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'x' })).toBe('ab');
    expect(excelCell({ error: '#N/A' })).toBe('#N/A');
    expect(excelCell({ formula: '1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
  });
});
