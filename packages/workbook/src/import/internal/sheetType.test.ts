import { describe, expect, it } from 'vitest';
import { isNonDataSheet, recordTypeOfName } from './sheetType.js';

describe('recordTypeOfName', () => {
  it('knows labels (id, en, cut to 31 characters), types and file stems, any case', () => {
    expect(recordTypeOfName('Laporan bulanan KKBPK')).toBe('monthly');
    expect(recordTypeOfName('monthly kkbpk reports')).toBe('monthly');
    expect(recordTypeOfName('Usulan warga (urun rembug)')).toBe('proposal');
    expect(recordTypeOfName('Community proposals (urun rembu')).toBe('proposal');
    expect(recordTypeOfName('Kampung KB')).toBe('kampung');
    expect(recordTypeOfName('Profil kampung')).toBe('profile');
    expect(recordTypeOfName('profiles')).toBe('profile');
    expect(recordTypeOfName('monthly-2020')).toBe('monthly');
    expect(recordTypeOfName('kampung')).toBe('kampung');
    expect(recordTypeOfName('Anggaran')).toBe('budget');
    expect(recordTypeOfName('Sheet1')).toBeUndefined();
  });

  it('tells sheets with no records', () => {
    expect(['Petunjuk', 'Instructions', '_kkb', '_lists'].map(isNonDataSheet)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(isNonDataSheet('Kampung KB')).toBe(false);
  });
});
