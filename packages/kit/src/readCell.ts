import { DATE_PATTERN, type Label, parseMonth, parseRegionCode } from '@kampung-kb/model';
import { coerceCell } from './internal/cellCoercers.js';
import { lookupCode, sampleLabels } from './internal/codeLookup.js';
import type { RecordField } from './recordFields.js';

/** What a cell holds: text from a CSV file, or what exceljs gives for a workbook cell. */
export type CellValue = string | number | boolean | Date | null | undefined;

/**
 * The outcome of reading one cell: a value (`present`), nothing (`present: false`: leave the field out),
 * or a cell that cannot be read, with its text, the accepted forms in Indonesian and English and, for a
 * label naming several codes, the candidate codes.
 */
export type CellResult =
  | { readonly ok: true; readonly present: true; readonly value: unknown }
  | { readonly ok: true; readonly present: false }
  | {
      readonly ok: false;
      readonly raw: string;
      readonly expected: Label;
      readonly ambiguous?: readonly string[];
    };

const DATE_RE = new RegExp(DATE_PATTERN);
/** Day 0 of Excel's 1900 date system (30 Dec 1899, which absorbs Excel's phantom 29 Feb 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Excel serials from 1 (1 Jan 1900) to 2958465 (31 Dec 9999). */
const MAX_EXCEL_SERIAL = 2_958_465;

const EXPECTED_MONTH: Label = {
  id: 'bulan YYYY-MM (mis. 2020-12) atau YYYYMM (202012)',
  en: 'a month YYYY-MM (e.g. 2020-12) or YYYYMM (202012)',
};
const EXPECTED_DATE: Label = {
  id: 'tanggal YYYY-MM-DD (mis. 2020-12-05) atau sel tanggal Excel',
  en: 'a date YYYY-MM-DD (e.g. 2020-12-05) or an Excel date cell',
};
const EXPECTED_REGION: Label = {
  id: 'kode wilayah Kemendagri, bertitik (63.71.04.1010) atau tanpa titik (6371041010)',
  en: 'a Kemendagri region code, dotted (63.71.04.1010) or undotted (6371041010)',
};

function fail(raw: string, expected: Label, ambiguous?: readonly string[]): CellResult {
  return ambiguous ? { ok: false, raw, expected, ambiguous } : { ok: false, raw, expected };
}
const value = (v: unknown): CellResult => ({ ok: true, present: true, value: v });

/** `YYYY-MM-DD` of an Excel serial day number (its fraction, the time of day, is dropped). */
function dateOfSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_EXCEL_SERIAL + 1) return undefined;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

function expectedCode(field: RecordField): Label {
  const list = field.codeList;
  if (!list) return { id: 'kode', en: 'a code' };
  const many = field.kind === 'array';
  return {
    id: `${many ? 'daftar kode dipisah titik koma dari' : 'kode dari'} daftar '${list.label.id}': kode, label Indonesia atau Inggris, atau nomor portal (mis. ${sampleLabels(list, 'id')})`,
    en: `${many ? 'a semicolon-separated list of codes of' : 'a code of'} the list '${list.label.en}': the code, the Indonesian or English label or the portal number (e.g. ${sampleLabels(list, 'en')})`,
  };
}

/** Reads one code, or a `,`-separated run of codes when the whole text is no code (labels may hold commas). */
function readCodes(field: RecordField, text: string): { codes: string[] } | { fail: CellResult } {
  const list = field.codeList;
  if (!list) return { codes: [text] };
  const found = lookupCode(list, text);
  if (found.kind === 'found') return { codes: [found.code] };
  if (found.kind === 'ambiguous') return { fail: fail(text, expectedCode(field), found.codes) };
  if (field.kind === 'array' && text.includes(',')) {
    const parts = text
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const codes: string[] = [];
    for (const part of parts) {
      const r = lookupCode(list, part);
      if (r.kind !== 'found') return { fail: fail(text, expectedCode(field)) };
      codes.push(r.code);
    }
    return { codes };
  }
  return { fail: fail(text, expectedCode(field)) };
}

function readCodeText(field: RecordField, raw: string): CellResult {
  if (field.kind !== 'array') {
    const r = readCodes(field, raw);
    return 'fail' in r ? r.fail : value(r.codes[0]);
  }
  const codes: string[] = [];
  for (const item of raw.split(';')) {
    const text = item.trim();
    if (text === '') continue;
    const r = readCodes(field, text);
    if ('fail' in r) return r.fail;
    codes.push(...r.codes);
  }
  return value(codes);
}

/** Reads a trimmed, non-empty text cell. */
function readText(field: RecordField, raw: string): CellResult {
  if (field.codeList) return readCodeText(field, raw);
  if (field.regionCode) {
    const r = parseRegionCode(raw);
    return r.ok ? value(r.code) : fail(raw, EXPECTED_REGION);
  }
  if (field.period === 'month') {
    const month = parseMonth(raw);
    return month === undefined ? fail(raw, EXPECTED_MONTH) : value(month);
  }
  if (field.period === 'date') {
    if (DATE_RE.test(raw)) return value(raw);
    const date = /^[0-9]{1,7}(\.[0-9]+)?$/.test(raw) ? dateOfSerial(Number(raw)) : undefined;
    return date === undefined ? fail(raw, EXPECTED_DATE) : value(date);
  }
  return coerceCell(field, raw);
}

/** Reads a number cell (a workbook's numeric cell). */
function readNumber(field: RecordField, n: number): CellResult {
  const raw = String(n);
  if (field.period === 'date') {
    const date = dateOfSerial(n);
    return date === undefined ? fail(raw, EXPECTED_DATE) : value(date);
  }
  if (!Number.isFinite(n)) return coerceCell(field, raw);
  switch (field.kind) {
    case 'integer':
      return Number.isSafeInteger(n) ? value(n) : coerceCell(field, raw);
    case 'number':
      return value(n);
    default:
      return readText(field, raw);
  }
}

/**
 * Reads one cell for a field, whatever holds it: CSV text or a workbook cell as exceljs gives it (string,
 * number, boolean, `Date`, empty). It is the one reading of cells shared by the CSV reader and the workbook
 * import.
 *
 * - empty (`''`, spaces, `null`, `undefined`): absent for an optional field, `null` for a nullable one, an
 *   empty list for a list, absent otherwise (the schema check then reports the missing field);
 * - code fields: the code, the Indonesian or English label or short form (any case, any spacing) or the
 *   portal's numeric id (number or text), giving the code; lists of codes are `;`-separated, each item read
 *   the same way; a form naming two codes is rejected, listing them;
 * - region codes: dotted or undotted (`6371041010` → `63.71.04.1010`);
 * - months: `2020-12` or `202012` (also `2020-1`, `2020/12`), or a date cell (its UTC month);
 * - dates: `YYYY-MM-DD`, a `Date` (its UTC date) or an Excel serial day number;
 * - whole numbers: plain digits or a numeric cell; yes/no: `ya/tidak`, `true/false`, `yes/no`, `1/0` or a
 *   boolean cell; decimals with a point.
 *
 * Never throws; a cell it cannot read gives `ok: false` with the accepted forms in id and en.
 *
 * @example
 * ```ts
 * const fundingSource = recordFields('budget').find((f) => f.path === 'fundingSource')!;
 * readCell(fundingSource, 'Dana Desa'); // { ok: true, present: true, value: 'danaDesa' }
 * readCell(fundingSource, 3);           // { ok: true, present: true, value: 'danaDesa' }
 * const period = recordFields('monthly').find((f) => f.path === 'period')!;
 * readCell(period, '202012');           // { ok: true, present: true, value: '2020-12' }
 * ```
 */
export function readCell(field: RecordField, cell: CellValue): CellResult {
  if (cell === null || cell === undefined) return coerceCell(field, '');
  if (typeof cell === 'number') return readNumber(field, cell);
  if (typeof cell === 'boolean') {
    return field.kind === 'boolean' ? value(cell) : readText(field, String(cell));
  }
  if (cell instanceof Date) {
    const time = cell.getTime();
    if (Number.isNaN(time))
      return fail(String(cell), field.period === 'month' ? EXPECTED_MONTH : EXPECTED_DATE);
    const iso = cell.toISOString();
    return field.period === 'month' ? value(iso.slice(0, 7)) : readText(field, iso.slice(0, 10));
  }
  const raw = cell.trim();
  if (raw === '' || (!field.codeList && !field.regionCode && !field.period)) return coerceCell(field, cell);
  return readText(field, raw);
}
