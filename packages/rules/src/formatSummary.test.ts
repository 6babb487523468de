import { describe, expect, it } from 'vitest';
import { cleanDataset, monthly } from './__fixtures__/records.js';
import { formatSummary } from './formatSummary.js';
import { validateDataset } from './validateDataset.js';
import type { ValidationSummary } from './validationSummary.js';

function summaryOf(): ValidationSummary {
  const ds = cleanDataset();
  ds.monthly = [monthly({ users: { ...monthly().users, iud: 13 } }), monthly({ period: '2019-12' })];
  return validateDataset(ds, { today: '2021-01-31', disabled: ['future-date', 'nope'] }).summary;
}

describe('formatSummary', () => {
  it('writes the counts in Indonesian', () => {
    expect(formatSummary(summaryOf(), 'id')).toBe(
      [
        'Validasi: 1 kesalahan, 2 peringatan, 0 info dalam 9 data.',
        '  Wilayah: 3 data, 0 dengan kesalahan',
        '  Kampung KB: 1 data, 0 dengan kesalahan',
        '  Profil kampung: 1 data, 0 dengan kesalahan',
        '  Data penduduk: 1 data, 0 dengan kesalahan',
        '  Laporan bulanan KKBPK: 2 data, 1 dengan kesalahan',
        '  Intervensi: 1 data, 0 dengan kesalahan',
        '  Usulan warga (urun rembug): 0 data, 0 dengan kesalahan',
        '  Anggaran: 0 data, 0 dengan kesalahan',
        '  Rekap data keluarga: 0 data, 0 dengan kesalahan',
        'Temuan per aturan:',
        '  kkbpk-balance (Keseimbangan peserta KB dan PUS): 1',
        '  population-missing (Data penduduk tersedia): 1',
        '  report-missing (Laporan bulanan lengkap): 1',
        'Aturan dinonaktifkan: future-date',
        'Id aturan tidak dikenal (diabaikan): nope',
      ].join('\n'),
    );
  });

  it('writes the counts in English, with plurals and grouping', () => {
    const s = summaryOf();
    const big: ValidationSummary = {
      ...s,
      byRecordType: { ...s.byRecordType, monthly: { total: 12345, withErrors: 1 } },
    };
    expect(formatSummary(big, 'en').split('\n').slice(0, 6)).toEqual([
      'Validation: 1 error, 2 warnings, 0 info in 12,352 records.',
      '  Regions: 3 records, 0 with errors',
      '  Kampung KB: 1 record, 0 with errors',
      '  Kampung profiles: 1 record, 0 with errors',
      '  Population: 1 record, 0 with errors',
      '  Monthly KKBPK reports: 12,345 records, 1 with errors',
    ]);
    expect(formatSummary(big, 'id').split('\n')[0]).toBe(
      'Validasi: 1 kesalahan, 2 peringatan, 0 info dalam 12.352 data.',
    );
  });
});
