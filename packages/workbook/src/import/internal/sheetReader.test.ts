import { recordFields } from '@kampung-kb/kit';
import { describe, expect, it } from 'vitest';
import { columnLabel } from '../../columns/columnLabel.js';
import { recordKey, shownKey } from './recordKey.js';
import { headerScore, SheetReader } from './sheetReader.js';

describe('SheetReader', () => {
  const header = ['kampungId', 'Period', 'users.iud', 'users . mow', '_check', 'notes', 'users.iud'];

  it('reads a header of field paths (any case and spacing), skipping `_` columns and naming others', () => {
    const reader = new SheetReader('monthly', { sheet: 'Laporan', file: 'isian.xlsx' });
    const warnings = reader.header(header, 2);
    expect(reader.fields.map((f) => f.path)).toEqual(['kampungId', 'period', 'users.iud', 'users.mow']);
    expect(warnings.map((w) => [w.code, w.values['column']])).toEqual([
      ['import-unknown-column', 'F'],
      ['import-duplicate-column', 'G'],
    ]);
    expect(headerScore('monthly', header)).toBe(5);
  });

  it("reads a single header row of the template's labels, Indonesian or English, any case", () => {
    for (const type of ['monthly', 'population', 'kampung'] as const) {
      const paths = recordFields(type).map((f) => f.path);
      for (const lang of ['id', 'en'] as const) {
        const reader = new SheetReader(type, { file: 'operator.csv' });
        const labels = paths.map((p, i) =>
          i % 2 === 0 ? columnLabel(type, p, lang).toUpperCase() : columnLabel(type, p, lang),
        );
        expect(reader.header(labels, 1)).toEqual([]);
        expect(reader.fields.map((f) => f.path)).toEqual(paths);
      }
    }
  });

  it('a row with nothing beyond its key is blank; a bad row lists every bad cell once', () => {
    const reader = new SheetReader('monthly', { sheet: 'Laporan', file: 'isian.xlsx' });
    reader.header(header, 2);
    expect(reader.row(['sungai-andai', '2020-12', null, '', 'ok'], 3)).toEqual({ kind: 'blank' });
    const out = reader.row(['sungai-andai', '2020-12', 'dua', -1], 4);
    expect(out.kind).toBe('rejected');
    if (out.kind !== 'rejected') return;
    const byField = new Map(out.rejections.map((r) => [r.field, r]));
    expect(byField.get('users.iud')).toMatchObject({ sheet: 'Laporan', row: 4, column: 'C', value: 'dua' });
    expect(byField.get('users.mow')).toMatchObject({ column: 'D', value: -1 });
    expect(byField.get('jknHolders')?.column).toBeUndefined();
    expect(out.rejections.filter((r) => r.field === 'users.iud')).toHaveLength(1);
  });
});

describe('recordKey', () => {
  it('is the contract key of each type', () => {
    expect(shownKey(recordKey('monthly', { kampungId: 'k', period: '2020-12' }) as string)).toBe('k 2020-12');
    expect(recordKey('kampung', { id: 'k' })).toBe('k');
    expect(recordKey('region', { code: '63.71' })).toBe('63.71');
    expect(
      shownKey(recordKey('budget', { kampungId: 'k', year: 2020, fundingSource: 'apbd' }) as string),
    ).toBe('k 2020 apbd');
    expect(recordKey('intervention', {})).toBeUndefined();
  });
});
