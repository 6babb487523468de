/**
 * Test helpers: a workbook in the layout of contracts §3 (instructions sheet, one sheet per record type
 * with human headers on row 1 and field paths on row 2, a hidden `_kkb` meta sheet), written with exceljs
 * the way `kkb template` lays it out, and small data directories to import into.
 */
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Lang, type RecordType, recordTypeInfo } from '@kampung-kb/model';
import ExcelJS from 'exceljs';
import { recordFields } from '../internal/cells.js';

export const ROOT = resolve(import.meta.dirname, '../../../../..');
export const BANJARMASIN = join(ROOT, 'examples/banjarmasin/data');

/** One record sheet: its type and its data rows (cells from column A, in `recordFields` order unless `paths`). */
export interface LayoutSheet {
  readonly type: RecordType;
  readonly rows: ReadonlyArray<readonly unknown[]>;
  /** The field paths of the columns, `recordFields(type)` by default. */
  readonly paths?: readonly string[];
  /** Add the `_check` column a template has (a formula). */
  readonly checkColumn?: boolean;
}

/** Writes a §3 workbook to `file`. */
export async function writeLayoutWorkbook(file: string, sheets: readonly LayoutSheet[], lang: Lang = 'id') {
  const wb = new ExcelJS.Workbook();
  const intro = wb.addWorksheet(lang === 'id' ? 'Petunjuk' : 'Instructions');
  intro.addRow([lang === 'id' ? 'Isi lembar berikut.' : 'Fill in the following sheets.']);
  const names: Array<[string, RecordType]> = [];
  for (const s of sheets) {
    const name = recordTypeInfo(s.type).label[lang].slice(0, 31);
    names.push([name, s.type]);
    const ws = wb.addWorksheet(name);
    const paths = [...(s.paths ?? recordFields(s.type).map((f) => f.path))];
    if (s.checkColumn) paths.push('_check');
    ws.addRow(paths.map((p) => `(${p.split('.').join(' › ')})`));
    ws.addRow(paths);
    for (const [i, cells] of s.rows.entries()) {
      const row = [...cells] as ExcelJS.CellValue[];
      if (s.checkColumn)
        row[paths.length - 1] = { formula: `IF(C${i + 3}="","","ok")`, result: 'ok' } as ExcelJS.CellValue;
      ws.addRow(row);
    }
    ws.views = [{ state: 'frozen', ySplit: 2 }];
  }
  const meta = wb.addWorksheet('_kkb', { state: 'hidden' });
  meta.addRow(['kkb-template']);
  meta.addRow(['version', 1]);
  meta.addRow(['lang', lang]);
  meta.addRow(['cityCode', '63.71']);
  meta.addRow(['period', '']);
  for (const [name, type] of names) meta.addRow([`sheet:${name}`, type]);
  await wb.xlsx.writeFile(file);
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'kkb-import-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A copy of the Banjarmasin example data directory in a temporary directory. */
export async function banjarmasinCopy(): Promise<string> {
  const dir = await tempDir();
  await cp(BANJARMASIN, dir, { recursive: true });
  return dir;
}

/** Every entry of a directory with its bytes, to compare a directory byte for byte. */
export async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).sort()) out.set(name, await readFile(join(dir, name)));
  return out;
}

/** A cell for a record value as an operator's workbook holds it: lists `;`-joined, dates as date cells. */
export function cellOf(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

/** The cells of a record in `recordFields` order. */
export function rowOf(type: RecordType, record: object): unknown[] {
  return recordFields(type).map((f) => {
    let node: unknown = record;
    for (const s of f.segments)
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[s] : undefined;
    return cellOf(node);
  });
}
