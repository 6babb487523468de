import { LANGS } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_RECORD_TYPES } from '../template/templateLayout.js';
import { columnLabel } from './columnLabel.js';
import { templateFields } from './templateFields.js';

describe('columnLabel', () => {
  it('labels every column of every template sheet in both languages, each label distinct on its sheet', () => {
    for (const type of TEMPLATE_RECORD_TYPES) {
      for (const lang of LANGS) {
        const labels = templateFields(type).map((f) => columnLabel(type, f.path, lang));
        templateFields(type).forEach((f, i) => {
          expect(labels[i], `${type} ${f.path} ${lang}`).not.toBe(f.path);
        });
        expect(new Set(labels).size, `${type} ${lang}`).toBe(labels.length);
      }
    }
  });

  it('builds grouped columns from the code lists: age bands and sex, methods, reasons, poktan', () => {
    expect(columnLabel('population', 'male.y0_4', 'id')).toBe('Laki-laki 0–4 th');
    expect(columnLabel('population', 'female.y75plus', 'en')).toBe('Female 75+ yrs');
    expect(columnLabel('monthly', 'users.iud', 'id')).toBe('Peserta KB aktif: IUD/AKDR');
    expect(columnLabel('monthly', 'users.iud', 'en')).toBe('Active users: IUD');
    expect(columnLabel('monthly', 'nonUsers.tial', 'id')).toBe(
      'PUS bukan peserta KB: Tidak ingin anak lagi (TIAL)',
    );
    expect(columnLabel('monthly', 'dropouts.implant', 'en')).toBe('Drop-outs: Implant');
    expect(columnLabel('profile', 'facilities.rumahDataku', 'id')).toBe('Sarana: Rumah DataKu');
  });

  it('differs between the languages and gives an unknown path back unchanged', () => {
    expect(columnLabel('kampung', 'designationDate', 'id')).toBe('Tanggal pencanangan');
    expect(columnLabel('kampung', 'designationDate', 'en')).toBe('Designation date');
    expect(columnLabel('monthly', 'users.unknownMethod', 'id')).toBe('users.unknownMethod');
  });
});
