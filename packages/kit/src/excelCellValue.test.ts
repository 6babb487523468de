import { describe, expect, it } from 'vitest';
import { excelCellValue } from './excelCellValue.js';

describe('excelCellValue', () => {
  it('makes exceljs cell values plain', () => {
    const date = new Date('2020-12-01T00:00:00Z');
    expect(excelCellValue(null)).toBeUndefined();
    expect(excelCellValue(undefined)).toBeUndefined();
    expect(excelCellValue('Pesisir')).toBe('Pesisir');
    expect(excelCellValue(12)).toBe(12);
    expect(excelCellValue(true)).toBe(true);
    expect(excelCellValue(date)).toBe(date);
    expect(excelCellValue({ richText: [{ text: 'Dana ' }, { font: {}, text: 'Desa' }] })).toBe('Dana Desa');
    expect(excelCellValue({ formula: 'A1+1', result: 7 })).toBe(7);
    expect(excelCellValue({ sharedFormula: 'A1', result: date })).toBe(date);
    expect(excelCellValue({ formula: 'A1' })).toBeUndefined();
    expect(excelCellValue({ text: 'tautan', hyperlink: 'https://example.org' })).toBe('tautan');
    expect(excelCellValue({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'x' })).toBe('ab');
    expect(excelCellValue({ error: '#N/A' })).toBe('#N/A');
    expect(excelCellValue({ formula: '1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(excelCellValue(12n)).toBe('12');
    expect(excelCellValue({ unknown: 1 })).toBeUndefined();
  });
});
