import type { Lang, RecordType } from '@kampung-kb/model';
import ExcelJS from 'exceljs';
import type { CityRecords, Village } from './generateCity.js';
import { slug } from './generateCity.js';
import { type CellStyle, columnKind, type OperatorCell, operatorCell } from './operatorCells.js';

/** A mistake the operator makes on purpose: the import must reject exactly this row. */
export interface DeliberateError {
  /** Sheet name as in the workbook. */
  readonly sheet: string;
  /** 1-based Excel row. */
  readonly row: number;
  /** Field path of the wrong cell. */
  readonly column: string;
  readonly value: string;
  /** Why it is wrong, for the reader of the example. */
  readonly why: string;
}

/** What the operator did. */
export interface FillResult {
  /** The workbook's language (from its `_kkb` sheet). */
  readonly lang: Lang;
  /** Data rows written per record type (deliberately wrong rows included). */
  readonly rows: Readonly<Partial<Record<RecordType, number>>>;
  readonly errors: readonly DeliberateError[];
}

/** Options of {@link fillWorkbook}. */
export interface FillOptions {
  /**
   * Adds the deliberate mistakes (an unknown area criterion, a count typed in words, month 13, an unknown
   * Pokja section), each on its own row; `unused` gives the kelurahan of the wrongly typed new kampung.
   */
  readonly mistakes?: { readonly unused: Village } | undefined;
}

interface RecordSheet {
  readonly type: RecordType;
  readonly sheet: ExcelJS.Worksheet;
  /** Field path → 1-based column. */
  readonly columns: ReadonlyMap<string, number>;
}

const FIRST_DATA_ROW = 3;

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  return String(v);
}

/** The sheets the template lists in `_kkb` as `sheet:<name> | <record type>`, with their field paths. */
function recordSheets(wb: ExcelJS.Workbook): { lang: Lang; sheets: Map<RecordType, RecordSheet> } {
  const meta = wb.getWorksheet('_kkb');
  if (!meta || text(meta.getCell('A1').value) !== 'kkb-template') {
    throw new Error('fillWorkbook: not a kkb template (no _kkb sheet starting with kkb-template)');
  }
  let lang: Lang = 'id';
  const sheets = new Map<RecordType, RecordSheet>();
  meta.eachRow((row) => {
    const key = text(row.getCell(1).value);
    const value = text(row.getCell(2).value);
    if (key === 'lang' && (value === 'id' || value === 'en')) lang = value;
    if (!key.startsWith('sheet:')) return;
    const sheet = wb.getWorksheet(key.slice('sheet:'.length));
    if (!sheet) throw new Error(`fillWorkbook: _kkb names a missing sheet ${key}`);
    const columns = new Map<string, number>();
    sheet.getRow(2).eachCell((cell, col) => {
      const path = text(cell.value);
      if (path !== '' && !path.startsWith('_')) columns.set(path, col);
    });
    sheets.set(value as RecordType, { type: value as RecordType, sheet, columns });
  });
  return { lang, sheets };
}

function valueAt(record: object, path: string): unknown {
  let v: unknown = record;
  for (const seg of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

function rowIsEmpty(s: RecordSheet, row: number): boolean {
  for (const col of s.columns.values()) {
    if (text(s.sheet.getCell(row, col).value).trim() !== '') return false;
  }
  return true;
}

/**
 * The row to type a record in: a pre-filled row with the same kampung and month (the template lays out
 * the monthly sheet with one row per kampung), else the first empty row.
 */
function rowFor(s: RecordSheet, record: object): number {
  const kampungCol = s.columns.get('kampungId');
  const periodCol = s.columns.get('period');
  const last = Math.max(s.sheet.rowCount, FIRST_DATA_ROW);
  if (kampungCol !== undefined && periodCol !== undefined) {
    for (let r = FIRST_DATA_ROW; r <= last; r++) {
      const k = text(s.sheet.getCell(r, kampungCol).value);
      const p = text(s.sheet.getCell(r, periodCol).value).replace(/^(\d{4})(\d{2})$/, '$1-$2');
      if (k !== '' && k === valueAt(record, 'kampungId') && p === valueAt(record, 'period')) return r;
    }
  }
  for (let r = FIRST_DATA_ROW; r <= last + 1; r++) if (rowIsEmpty(s, r)) return r;
  return last + 1;
}

function put(s: RecordSheet, row: number, path: string, cell: OperatorCell | undefined): void {
  const col = s.columns.get(path);
  if (col === undefined) throw new Error(`fillWorkbook: sheet ${s.sheet.name} has no column ${path}`);
  s.sheet.getCell(row, col).value = cell ?? null;
}

function typeRecord(s: RecordSheet, record: object, lang: Lang, style: CellStyle): number {
  const row = rowFor(s, record);
  for (const path of s.columns.keys()) {
    const cell = operatorCell(columnKind(s.type, path), valueAt(record, path), lang, style);
    if (cell !== undefined) put(s, row, path, cell);
  }
  return row;
}

const TYPES: readonly (readonly [RecordType, keyof CityRecords])[] = [
  ['kampung', 'kampung'],
  ['profile', 'profiles'],
  ['population', 'population'],
  ['monthly', 'monthly'],
  ['intervention', 'interventions'],
  ['proposal', 'proposals'],
  ['budget', 'budgets'],
];

/**
 * Fills a workbook written by `kkb template` the way a Pokja operator would, and saves it in place: it
 * finds each record sheet from the hidden `_kkb` sheet and each column from the field paths in row 2,
 * then types every record from row 3 on. Codes are entered as the labels of the dropdowns in the
 * workbook's language (`Pesisir/nelayan`, `Dana Desa`), yes/no as `Ya`/`Tidak`, dates as Excel dates; every
 * second kampung's kelurahan code is typed without dots and every fifth monthly row's month as `202012`.
 * With `mistakes`, four rows are typed wrong on purpose and returned, so a test can check that the import
 * rejects exactly those rows.
 *
 * @example
 * ```ts
 * const { errors } = await fillWorkbook('isian.xlsx', generateCity(villages, options));
 * ```
 */
export async function fillWorkbook(
  file: string,
  records: CityRecords,
  options: FillOptions = {},
): Promise<FillResult> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const { lang, sheets } = recordSheets(wb);
  const rows: Partial<Record<RecordType, number>> = {};
  const placed = new Map<object, number>();
  for (const [type, key] of TYPES) {
    const s = sheets.get(type);
    if (!s) throw new Error(`fillWorkbook: the template has no ${type} sheet`);
    (records[key] as readonly object[]).forEach((record, i) => {
      const style: CellStyle = {
        undottedRegion: type === 'kampung' && i % 2 === 1,
        compactMonth: type === 'monthly' && i % 5 === 0,
      };
      placed.set(record, typeRecord(s, record, lang, style));
    });
    rows[type] = records[key].length;
  }
  const errors: DeliberateError[] = [];
  if (options.mistakes) {
    if (records.kampung.length < 4 || records.monthly.length !== records.kampung.length * 12) {
      throw new Error('fillWorkbook: mistakes need at least 4 kampung with 12 monthly reports each');
    }
    const wrong = (type: RecordType, row: number, column: string, value: string, why: string) => {
      const s = sheets.get(type) as RecordSheet;
      put(s, row, column, value);
      errors.push({ sheet: s.sheet.name, row, column, value, why });
    };
    // 1. A new kampung typed with an area criterion that is not in the list (its other data is not entered yet).
    const k = sheets.get('kampung') as RecordSheet;
    const v = options.mistakes.unused;
    const extra = typeRecord(
      k,
      {
        id: slug(v.name),
        name: `Kampung KB ${v.name}`,
        regionCode: v.code,
        designationDate: '2020-08-17',
        mainCriteria: ['lowKbParticipation'],
        areaCriteria: ['coastal'],
      },
      lang,
      {},
    );
    rows.kampung = (rows.kampung ?? 0) + 1;
    wrong('kampung', extra, 'areaCriteria', 'Pegunungan', 'not one of the ten kriteria wilayah');
    // 2. A count typed in words.
    const m = (i: number) => placed.get(records.monthly[i] as object) as number;
    wrong('monthly', m(12 + 5), 'users.pill', 'dua belas', 'a count typed in words');
    // 3. Month 13.
    const year = (records.monthly[0]?.period ?? '2020').slice(0, 4);
    wrong('monthly', m(36 + 8), 'period', `${year}-13`, 'there is no month 13');
    // 4. A Pokja section that does not exist.
    const first = records.interventions[0];
    if (first) {
      wrong('intervention', placed.get(first) as number, 'section', 'Olahraga', 'not a Pokja section');
    }
  }
  wb.created = new Date(Date.UTC(2021, 0, 4));
  wb.modified = wb.created;
  await wb.xlsx.writeFile(file);
  return { lang, rows, errors };
}
