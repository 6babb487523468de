import { SITE_CANDIDATE_FIELDS } from '@kampung-kb/kit/core';
import { type Lang, type Region, regionLevelOf } from '@kampung-kb/model';
import ExcelJS from 'exceljs';

/**
 * Options of {@link writeCandidatesTemplate}.
 *
 * @example
 * ```ts
 * const o: CandidatesTemplateOptions = { lang: 'en' };
 * ```
 */
export interface CandidatesTemplateOptions {
  /** Language of headers, instructions and yes/no lists (default `id`). */
  readonly lang?: Lang;
}

const SHEET = { id: 'Kandidat', en: 'Candidates' } as const;
const INSTRUCTIONS = { id: 'Petunjuk', en: 'Instructions' } as const;
const YES_NO = { id: ['ya', 'tidak'], en: ['yes', 'no'] } as const;

const HELP: Record<Lang, readonly string[]> = {
  id: [
    'Kandidat lokasi Kampung KB baru (kkb sites --candidates)',
    '',
    'Satu baris per kelurahan/desa. Kelurahan/desa kota sudah terisi dari regions.csv.',
    'Kolom kriteria: isi ya atau tidak. Biarkan kosong bila tidak ada data: kosong berarti "tidak ada data", bukan "tidak".',
    'CPR, unmet need dan keluarga miskin dalam persen (0–100, boleh 48,2); kepadatan dalam jiwa per km².',
    'Baris 2 berisi nama kolom untuk mesin: jangan diubah.',
    'Lalu jalankan: kkb sites <folder-data> --candidates <berkas ini>',
  ],
  en: [
    'Candidate sites for a new Kampung KB (kkb sites --candidates)',
    '',
    "One row per kelurahan/desa. The city's villages are pre-filled from regions.csv.",
    'Criterion columns: write yes or no. Leave blank when there is no data: blank means "no data", not "no".',
    'CPR, unmet need and poor families in percent (0–100); density in people per km².',
    'Row 2 holds the machine-readable column names: do not change it.',
    'Then run: kkb sites <data-dir> --candidates <this file>',
  ],
};

/**
 * Writes the site-candidates workbook (`.xlsx` bytes): an instructions sheet, then the sheet
 * `Kandidat`/`Candidates` with human headers (row 1), the field paths of `SITE_CANDIDATE_FIELDS` (row 2),
 * both frozen, and one row per kelurahan/desa of `regions` (code and name) pre-filled; yes/no dropdowns on
 * the criterion columns, 0–100 on the percentages, ≥ 0 on the density. {@link readCandidatesXlsx} reads it
 * back.
 *
 * @example
 * ```ts
 * const bytes = await writeCandidatesTemplate(dataset.regions, { lang: 'id' });
 * await writeFile('kandidat.xlsx', bytes);
 * ```
 */
export async function writeCandidatesTemplate(
  regions: readonly Region[],
  options: CandidatesTemplateOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'id';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kampung KB SDK';
  const help = wb.addWorksheet(INSTRUCTIONS[lang]);
  help.getColumn(1).width = 110;
  HELP[lang].forEach((line, i) => {
    help.getCell(i + 1, 1).value = line;
  });
  help.getCell(1, 1).font = { bold: true, size: 14 };

  const lists = wb.addWorksheet('_lists', { state: 'hidden' });
  YES_NO[lang].forEach((v, i) => {
    lists.getCell(i + 1, 1).value = v;
  });

  const sheet = wb.addWorksheet(SHEET[lang], { views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }] });
  const fields = SITE_CANDIDATE_FIELDS;
  fields.forEach((f, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = f.kind === 'flag' ? 22 : f.path === 'name' || f.path === 'note' ? 28 : 18;
    const h = sheet.getCell(1, i + 1);
    h.value = f.label[lang];
    h.font = { bold: true };
    h.alignment = { wrapText: true, vertical: 'top' };
    const p = sheet.getCell(2, i + 1);
    p.value = f.path;
    p.font = { color: { argb: 'FF808080' }, size: 9 };
  });
  sheet.getRow(1).height = 60;
  const villages = regions
    .filter((r) => regionLevelOf(r.code) === 'village')
    .slice()
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const lastRow = Math.max(3 + villages.length - 1, 3 + 99);
  villages.forEach((r, i) => {
    sheet.getCell(3 + i, 1).value = r.code;
    sheet.getCell(3 + i, 2).value = r.name;
  });
  fields.forEach((f, i) => {
    for (let row = 3; row <= lastRow; row++) {
      const cell = sheet.getCell(row, i + 1);
      if (f.kind === 'flag') {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: ['_lists!$A$1:$A$2'],
          showErrorMessage: true,
          error:
            lang === 'id'
              ? 'Isi ya atau tidak (kosong = tidak ada data)'
              : 'Write yes or no (blank = no data)',
        };
      } else if (f.kind === 'percent' || f.kind === 'number') {
        cell.dataValidation = {
          type: 'decimal',
          operator: f.kind === 'percent' ? 'between' : 'greaterThanOrEqual',
          allowBlank: true,
          formulae: f.kind === 'percent' ? [0, 100] : [0],
          showErrorMessage: true,
          error:
            f.kind === 'percent'
              ? lang === 'id'
                ? 'Persen dari 0 sampai 100'
                : 'A percentage from 0 to 100'
              : lang === 'id'
                ? 'Angka ≥ 0'
                : 'A number ≥ 0',
        };
      }
    }
  });
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
