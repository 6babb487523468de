import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { candidatesFromRows } from './candidatesFromRows.js';
import { readCandidatesCsv, readCandidatesFile, readCandidatesXlsx } from './readCandidates.js';
import { writeCandidatesTemplate } from './writeCandidatesTemplate.js';

const REGIONS = [
  { code: '63.71', name: 'Kota Banjarmasin' },
  { code: '63.71.01', name: 'Banjarmasin Selatan' },
  { code: '63.71.01.1005', name: 'Kelayan Tengah' },
  { code: '63.71.02.1008', name: 'Pekapuran Raya' },
];

describe('readCandidatesCsv', () => {
  it('reads Indonesian headers, undotted codes, ya/tidak and decimal commas; blank is no data', () => {
    const text =
      'Kode kelurahan/desa;Nama kelurahan/desa;Kumuh;Padat penduduk;CPR (%);Keluarga miskin (%)\n' +
      '6371011005;Kelayan Tengah;ya;;48,2;\n' +
      '63.71.02.1008;Pekapuran Raya;tidak;ya;61;22,5\n';
    const r = readCandidatesCsv(text, 'kandidat.csv');
    expect(r.issues).toEqual([]);
    expect([r.read, r.ignored, r.rejected]).toEqual([2, 0, 0]);
    expect(r.candidates[0]).toMatchObject({
      regionCode: '63.71.01.1005',
      name: 'Kelayan Tengah',
      areaCriteria: { slum: true, dense: null, coastal: null },
      measures: { cpr: 48.2, unmetNeed: null, povertyShare: null, density: null },
      row: 2,
    });
    expect(r.candidates[1]).toMatchObject({
      areaCriteria: { slum: false, dense: true },
      measures: { cpr: 61, povertyShare: 22.5 },
      row: 3,
    });
  });

  it('rejects bad rows with file, row and field, counts blank rows, warns on unknown columns', () => {
    const text = [
      'regionCode,area.slum,cpr,warna',
      '63.71.01.1005,ya,48,merah',
      '63.71.01,ya,48,',
      ',,,',
      '63.71.02.1008,mungkin,120,',
      '6371011005,tidak,50,',
      '64.71.01.1001,ya,40,',
    ].join('\n');
    const r = readCandidatesCsv(text, 'kandidat.csv', { cityCode: '63.71' });
    expect([r.read, r.candidates.length, r.ignored, r.rejected]).toEqual([6, 1, 1, 4]);
    expect(
      r.issues.map((i) => [i.code, i.severity, i.location.file, i.location.line, i.location.field]),
    ).toEqual([
      ['candidate-column-unknown', 'warning', 'kandidat.csv', 1, 'warna'],
      ['candidate-invalid', 'error', 'kandidat.csv', 3, 'regionCode'],
      ['candidate-invalid', 'error', 'kandidat.csv', 5, 'area.slum'],
      ['candidate-invalid', 'error', 'kandidat.csv', 5, 'cpr'],
      ['candidate-duplicate', 'error', 'kandidat.csv', 6, 'regionCode'],
      ['candidate-outside-city', 'error', 'kandidat.csv', 7, 'regionCode'],
    ]);
    expect(r.issues[4]?.message).toEqual({
      id: 'Kelurahan/desa 63.71.01.1005 sudah ada di baris 2; baris ini tidak dibaca',
      en: 'Village 63.71.01.1005 is already on row 2; this row is not read',
    });
    expect(r.issues[3]?.values).toEqual({ value: '120' });
    expect(r.issues[3]?.message.en).toBe("'120' is not a percentage from 0 to 100");
  });

  it('gives no candidate and says why when there is no village-code column', () => {
    const r = readCandidatesCsv('nama,cpr\nKelayan,40\n', 'k.csv');
    expect(r.candidates).toEqual([]);
    expect(r.rejected).toBe(1);
    expect(r.issues.map((i) => i.code)).toContain('candidates-no-region-column');
  });

  it('accounts for every row: read = accepted + ignored + rejected', () => {
    const rows = [
      { row: 1, cells: ['regionCode', 'cpr'] },
      ...Array.from({ length: 30 }, (_, i) => ({
        row: i + 2,
        cells: i % 3 === 0 ? ['', ''] : i % 3 === 1 ? [`63.71.01.${1001 + i}`, String(i)] : ['x', '1'],
      })),
    ];
    const r = candidatesFromRows('k.csv', rows);
    expect(r.read).toBe(r.candidates.length + r.ignored + r.rejected);
    expect([r.candidates.length, r.ignored, r.rejected]).toEqual([10, 10, 10]);
  });
});

describe('candidates workbook', () => {
  it('writes a template with the villages pre-filled that reads back, in Indonesian', async () => {
    const bytes = await writeCandidatesTemplate(REGIONS, { lang: 'id' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Petunjuk', 'visible'],
      ['_lists', 'hidden'],
      ['Kandidat', 'visible'],
    ]);
    const sheet = wb.getWorksheet('Kandidat') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe('Kode kelurahan/desa');
    expect(sheet.getCell('A2').value).toBe('regionCode');
    expect([sheet.getCell('A3').value, sheet.getCell('B3').value]).toEqual([
      '63.71.01.1005',
      'Kelayan Tengah',
    ]);
    expect(sheet.getCell('C3').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['_lists!$A$1:$A$2'],
    });
    // Untouched, every village is a candidate with no data at all.
    const empty = await readCandidatesXlsx(bytes, 'kandidat.xlsx');
    expect(empty.issues).toEqual([]);
    expect(empty.candidates.map((c) => [c.regionCode, c.row, c.measures.cpr])).toEqual([
      ['63.71.01.1005', 3, null],
      ['63.71.02.1008', 4, null],
    ]);
    // Filled like an operator: a dropdown value, a number, a bad cell.
    sheet.getCell('C3').value = 'ya'; // main.lowKbParticipation
    sheet.getCell(3, 17).value = 45.5; // cpr
    sheet.getCell(4, 17).value = 'banyak';
    const filled = await readCandidatesXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'kandidat.xlsx');
    expect(filled.candidates).toHaveLength(1);
    expect(filled.candidates[0]).toMatchObject({
      mainCriteria: { lowKbParticipation: true },
      measures: { cpr: 45.5 },
    });
    expect(filled.issues.map((i) => [i.location.file, i.location.line, i.location.field])).toEqual([
      ['kandidat.xlsx#Kandidat', 4, 'cpr'],
    ]);
  });

  it('writes English headers and lists', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeCandidatesTemplate(REGIONS, { lang: 'en' })) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Instructions', '_lists', 'Candidates']);
    expect(wb.getWorksheet('_lists')?.getCell('A1').value).toBe('yes');
    expect(wb.getWorksheet('Candidates')?.getCell('A1').value).toBe('Village code');
  });

  it('reads a file by extension and reports what it cannot read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kkb-candidates-'));
    await writeFile(join(dir, 'k.csv'), 'regionCode\n6371011005\n');
    await writeFile(join(dir, 'k.xlsx'), 'not a zip');
    expect((await readCandidatesFile(join(dir, 'k.csv'))).candidates).toHaveLength(1);
    const bad = await readCandidatesFile(join(dir, 'k.xlsx'), { displayName: 'k.xlsx' });
    expect(bad.issues.map((i) => [i.code, i.message.en])).toEqual([
      ['candidates-unreadable', "Candidates file 'k.xlsx' is not a readable Excel workbook (.xlsx)"],
    ]);
    expect((await readCandidatesFile(join(dir, 'none.csv'))).issues[0]?.message.en).toContain('(ENOENT)');
    expect((await readCandidatesFile(join(dir, 'k.txt'))).issues[0]?.code).toBe('candidates-unreadable');
  });
});
