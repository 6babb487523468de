import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { cellText, HIDDEN_MARK } from '../internal/formatCell.js';
import type { ReportCell, ReportDocument, ReportTable } from '../reportDocument.js';
import { type ExportedTable, exportedColumnTitle, exportedTables } from './internal/exportedTables.js';
import { EXPORT_TEXTS } from './internal/exportTexts.js';
import { machineNumber } from './internal/machineNumber.js';

/** The workbook's creation and modification date: fixed, so the same report gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

/** Excel's limit on a sheet name's length and the characters it refuses in one. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

function sheetNames(about: string, tables: readonly ExportedTable[]): string[] {
  const taken = new Set<string>([about.toLowerCase()]);
  return tables.map(({ name }) => {
    const base = name.replace(SHEET_NAME_FORBIDDEN, '-').replace(/^'+|'+$/g, '') || 'table';
    let candidate = base.slice(0, SHEET_NAME_MAX);
    for (let k = 2; taken.has(candidate.toLowerCase()); k++) {
      const suffix = `-${k}`;
      candidate = `${base.slice(0, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** `0.0" %"`: the stored number is the percentage itself (43.5), shown with exactly `decimals` decimals. */
function percentFormat(decimals: number): string {
  return `${decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0'}" %"`;
}

/** `#,##0`, or with the number's own decimals (up to 2, as the reports show them). */
function numberFormat(value: number, rupiah: boolean): string {
  if (rupiah) return '"Rp "#,##0';
  const decimals = (machineNumber(value, undefined).split('.')[1] ?? '').length;
  const d = Math.min(decimals, 2);
  return d > 0 ? `#,##0.${'0'.repeat(d)}` : '#,##0';
}

const RUPIAH_TITLE = /\bRp\b|rupiah/i;

function setCell(
  cell: ExcelJS.Cell,
  value: ReportCell,
  rupiah: boolean,
  texts: (typeof EXPORT_TEXTS)['id'],
): void {
  if (value === null) return;
  if (typeof value === 'string') {
    cell.value = value;
    return;
  }
  if (typeof value === 'number') {
    cell.value = value;
    cell.numFmt = numberFormat(value, rupiah);
    return;
  }
  switch (value.kind) {
    case 'percent':
      if (value.value === null) return;
      cell.value = value.value;
      cell.numFmt = percentFormat(value.decimals ?? 1);
      return;
    case 'hidden':
      cell.value = HIDDEN_MARK;
      cell.note = texts.hiddenNote;
      cell.alignment = { horizontal: 'right' };
      return;
    case 'suppressed':
      cell.value = `<${value.below}`;
      cell.note = texts.suppressedNote(value.below);
      cell.alignment = { horizontal: 'right' };
      return;
    case 'level':
      cell.value = value.label;
      return;
  }
}

function addTableSheet(
  wb: ExcelJS.Workbook,
  sheetName: string,
  exported: ExportedTable,
  doc: ReportDocument,
): void {
  const { table } = exported;
  const texts = EXPORT_TEXTS[doc.lang];
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const width = table.columns.length;
  const rupiahColumns = table.columns.map(
    (col, c) => c > 0 && (exported.unit === 'rupiah' || RUPIAH_TITLE.test(col.title)),
  );
  const header = ws.getRow(1);
  const widths = table.columns.map((_, c) => exportedColumnTitle(table, c).length);
  table.columns.forEach((_, c) => {
    header.getCell(c + 1).value = exportedColumnTitle(table, c);
  });
  header.font = { bold: true };
  const addRows = (rows: ReportTable['rows'], bold: boolean, first: number) => {
    rows.forEach((cells, r) => {
      const row = ws.getRow(first + r);
      for (let c = 0; c < width; c++) {
        const value = cells[c] ?? null;
        setCell(row.getCell(c + 1), value, rupiahColumns[c] === true, texts);
        const shown = value === null ? 0 : cellText(value, doc.lang).length;
        if (shown > (widths[c] ?? 0)) widths[c] = shown;
      }
      if (bold) row.font = { bold: true };
    });
  };
  addRows(table.rows, false, 2);
  addRows(table.footer ?? [], true, 2 + table.rows.length);
  // The filter covers the header and the body: sorting never moves a total row into the list.
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1 + table.rows.length, column: Math.max(1, width) },
  };
  widths.forEach((w, c) => {
    ws.getColumn(c + 1).width = Math.min(60, Math.max(8, w + 2));
  });
}

function addAboutSheet(
  wb: ExcelJS.Workbook,
  doc: ReportDocument,
  tables: readonly ExportedTable[],
  names: readonly string[],
): void {
  const texts = EXPORT_TEXTS[doc.lang];
  const ws = wb.addWorksheet(texts.aboutSheet);
  const title = ws.addRow([doc.title]);
  title.font = { bold: true, size: 14 };
  if (doc.subtitle !== undefined) ws.addRow([doc.subtitle]);
  if (doc.banner !== undefined) ws.addRow([doc.banner]).font = { bold: true, color: { argb: 'FF9C2A00' } };
  ws.addRow([]);
  ws.addRow([texts.sheet, texts.section, texts.title]).font = { bold: true };
  tables.forEach((t, k) => {
    ws.addRow([names[k] ?? t.name, t.section, t.title ?? '']);
  });
  if (doc.footnotes.length > 0) {
    ws.addRow([]);
    ws.addRow([texts.notes]).font = { bold: true };
    for (const note of doc.footnotes) ws.addRow([note]);
  }
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 40;
  ws.getColumn(3).width = 60;
}

/**
 * A report as an Excel workbook (XLSX): a first sheet `Tentang` / `About` with the title, subtitle,
 * banner, the list of sheets and the footnotes, then one sheet per table and per chart's numbers, named
 * by the table's or chart's id (as `reportToCsv` names its files; at most 31 characters, unique).
 *
 * - **Real number cells.** Counts are numbers shown with grouping (`#,##0`, which Excel shows in the
 *   reader's own locale: `1.234` in Indonesian); rupiah columns (a chart whose unit is rupiah, or a column
 *   titled `Rp`/`rupiah`) as `"Rp "#,##0`. A **percentage is stored as its number** (43.5, not 0.435) with
 *   the format `0.0" %"` showing exactly the cell's decimals: the value is the one the report and
 *   `kkb indicators --json` give, so a formula comparing it with a target (`=B2>=65`) or a pasted figure
 *   reads the same number. Its column title says `(%)`.
 * - **Hidden figures** of a public report are the text `×` with a cell note explaining the disclosure
 *   control (text, so no formula sums them as 0); missing values are empty cells.
 * - The header row is bold and frozen, with an autofilter over the header and body; the footer (total)
 *   rows are bold at the end, outside the filter; column widths follow the longest text.
 * - **Deterministic bytes**: the workbook's created and modified dates are 1980-01-01 and the file is
 *   re-zipped (fflate) with every entry dated 1980-01-01 00:00, because exceljs's zip writer stamps the
 *   current time: the same report gives the same bytes, whatever the clock, TZ or LANG.
 *
 * Runs in browsers too (exceljs and fflate have browser builds); imported from the subpath
 * `@kampung-kb/reports/xlsx` so the main entry stays light.
 *
 * @example
 * ```ts
 * import { reportToXlsx } from '@kampung-kb/reports/xlsx';
 * const bytes = await reportToXlsx(cityRecap({ results, dataset }, { lang: 'id' }));
 * await writeFile('rekap.xlsx', bytes);
 * ```
 */
export async function reportToXlsx(doc: ReportDocument): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kampung KB SDK';
  wb.lastModifiedBy = 'Kampung KB SDK';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = doc.title;
  if (doc.subtitle !== undefined) wb.subject = doc.subtitle;
  const tables = exportedTables(doc);
  const names = sheetNames(EXPORT_TEXTS[doc.lang].aboutSheet, tables);
  addAboutSheet(wb, doc, tables, names);
  tables.forEach((t, k) => {
    addTableSheet(wb, names[k] ?? t.name, t, doc);
  });
  const written = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  // fflate reads the date in local time: a date built from local parts reads back as 1980-01-01 00:00 in any TZ.
  return zipSync(unzipSync(written), { level: 6, mtime: new Date(1980, 0, 1, 0, 0, 0) });
}
