import { checkRecord, type Issue, type IssueLocation, type RecordType } from '@kampung-kb/model';
import { columnLabel } from '../../columns/columnLabel.js';
import type { ImportRejection } from '../importResult.js';
import { type CellValue, type RecordField, readCell, recordFields, setPath } from './cells.js';
import { columnLetter, importIssue, shown, shownValue } from './importIssues.js';
import { KEY_FIELDS } from './recordKey.js';
import { normalName } from './sheetType.js';

/** What one data row turned out to be. */
export type RowOutcome =
  | { readonly kind: 'blank' }
  | { readonly kind: 'record'; readonly record: Record<string, unknown> }
  | { readonly kind: 'rejected'; readonly rejections: ImportRejection[] };

function isEmpty(value: CellValue): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const headerIndexes = new Map<RecordType, Map<string, RecordField>>();

/**
 * The fields of a type by every header that names them, any case or spacing: the path, and the template's
 * column label in Indonesian and in English (so a sheet an operator made with the labels as its only header
 * row is read too).
 */
function headerIndex(type: RecordType): Map<string, RecordField> {
  let index = headerIndexes.get(type);
  if (!index) {
    index = new Map();
    for (const field of recordFields(type)) {
      for (const name of [
        field.path,
        columnLabel(type, field.path, 'id'),
        columnLabel(type, field.path, 'en'),
      ]) {
        const n = normalName(name);
        if (!index.has(n)) index.set(n, field);
        const squeezed = n.replace(/\s/g, '');
        if (!index.has(squeezed)) index.set(squeezed, field);
      }
    }
    headerIndexes.set(type, index);
  }
  return index;
}

/** The field a header cell names, if any. */
export function fieldOfHeader(type: RecordType, header: CellValue): RecordField | undefined {
  if (typeof header !== 'string') return undefined;
  const n = normalName(header);
  const index = headerIndex(type);
  return index.get(n) ?? index.get(n.replace(/\s/g, ''));
}

/** How many cells of a row name fields of `type`: to tell a header row from data. */
export function headerScore(type: RecordType, cells: readonly CellValue[]): number {
  let score = 0;
  for (const c of cells) if (fieldOfHeader(type, c)) score++;
  return score;
}

/** Where the rows of a sheet or file come from, for locations and rejections. */
export interface RowSourceInfo {
  /** Sheet name (workbooks only). */
  readonly sheet?: string;
  /** The file name as shown in issues. */
  readonly file: string;
}

/**
 * Turns the rows of one sheet (or CSV file) into records of one type: the header names the columns
 * (field paths, any case); every cell is read by the one cell reader; every record is checked against
 * its schema. A row that breaks anything is rejected with every bad cell.
 */
export class SheetReader {
  private columns: Array<RecordField | undefined> = [];
  private keyColumns = new Set<number>();

  constructor(
    readonly type: RecordType,
    private readonly source: RowSourceInfo,
  ) {}

  /** Reads the header row; returns a warning for each column that is not read. */
  header(cells: readonly CellValue[], row: number): Issue[] {
    const issues: Issue[] = [];
    const seen = new Set<string>();
    const keys = new Set(KEY_FIELDS[this.type]);
    this.columns = cells.map((cell, i) => {
      const text =
        typeof cell === 'string' ? cell.trim() : cell === undefined || cell === null ? '' : String(cell);
      if (text === '' || text.startsWith('_')) return undefined;
      const field = fieldOfHeader(this.type, cell);
      const column = columnLetter(i + 1);
      const where = this.where(row, undefined);
      if (!field || seen.has(field.path)) {
        const name = shown(text);
        issues.push(
          importIssue(
            field ? 'import-duplicate-column' : 'import-unknown-column',
            'warning',
            where,
            { column, header: name },
            field
              ? {
                  id: `${this.place()}: kolom ${column} ('${name}') mengulang kolom sebelumnya; isinya tidak dibaca`,
                  en: `${this.place()}: column ${column} ('${name}') repeats an earlier column; its cells are not read`,
                }
              : {
                  id: `${this.place()}: kolom ${column} ('${name}') bukan kolom data ini; isinya tidak dibaca`,
                  en: `${this.place()}: column ${column} ('${name}') is not a field of this record type; its cells are not read`,
                },
          ),
        );
        return undefined;
      }
      seen.add(field.path);
      if (keys.has(field.path)) this.keyColumns.add(i);
      return field;
    });
    return issues;
  }

  /** The fields the header named, in column order. */
  get fields(): RecordField[] {
    return this.columns.filter((f): f is RecordField => f !== undefined);
  }

  /**
   * Reads a data row. A row with nothing outside its key columns (a pre-filled row nobody filled in, or an
   * empty one) is blank.
   */
  row(cells: readonly CellValue[], row: number): RowOutcome {
    const { columns } = this;
    let filled = false;
    for (let i = 0; i < columns.length; i++) {
      if (columns[i] && !this.keyColumns.has(i) && !isEmpty(cells[i])) {
        filled = true;
        break;
      }
    }
    if (!filled) return { kind: 'blank' };
    const record: Record<string, unknown> = {};
    const bad: Array<{
      field: RecordField;
      column: number;
      value: CellValue;
      expected: { id: string; en: string };
    }> = [];
    for (let i = 0; i < columns.length; i++) {
      const field = columns[i];
      if (!field) continue;
      const r = readCell(field, cells[i]);
      if (r.ok) {
        if (r.present) setPath(record, field.segments, r.value);
      } else {
        setPath(record, field.segments, r.raw);
        bad.push({ field, column: i + 1, value: cells[i], expected: r.expected });
      }
    }
    return this.check(record, row, bad);
  }

  /** Checks a record built from a row (or taken from JSON) and gives its outcome. */
  check(
    record: Record<string, unknown>,
    row: number,
    bad: ReadonlyArray<{
      field: RecordField;
      column: number | undefined;
      value: unknown;
      expected: { id: string; en: string };
    }> = [],
  ): RowOutcome {
    const problems = checkRecord(this.type, record);
    if (bad.length === 0 && problems.length === 0) return { kind: 'record', record };
    const rejections: ImportRejection[] = [];
    const reported = new Set<string>();
    for (const b of bad) {
      reported.add(b.field.path);
      const value = shownValue(b.value);
      const column = b.column === undefined ? undefined : columnLetter(b.column);
      const cell = column === undefined ? `'${b.field.path}'` : `${column}${row} ('${b.field.path}')`;
      rejections.push(
        this.rejection(row, b.column, b.field.path, value, 'cell-invalid', 'cell-invalid', {
          id: `${this.at(row).id}, sel ${cell} berisi '${String(value)}', padahal harus ${b.expected.id}`,
          en: `${this.at(row).en}, cell ${cell} holds '${String(value)}' but must be ${b.expected.en}`,
        }),
      );
    }
    for (const p of problems) {
      // One reason per field: a missing count is not also "not a whole number".
      if (reported.has(p.field)) continue;
      reported.add(p.field);
      const index = this.columns.findIndex((f) => f?.path === p.field);
      const ruleId =
        p.kind === 'minimum' || p.kind === 'integer' ? 'count-non-negative-integer' : 'record-shape';
      const column = index === -1 ? undefined : index + 1;
      const at = column === undefined ? '' : ` (${columnLetter(column)}${row})`;
      rejections.push(
        this.rejection(row, column, p.field, p.value, ruleId, ruleId, {
          id: `${this.at(row).id}${at}: ${p.message.id}`,
          en: `${this.at(row).en}${at}: ${p.message.en}`,
        }),
      );
    }
    return { kind: 'rejected', rejections };
  }

  private rejection(
    row: number,
    column: number | undefined,
    field: string,
    value: unknown,
    ruleId: string,
    code: string,
    message: { id: string; en: string },
  ): ImportRejection {
    const shownV = shownValue(value);
    const issue: Issue = {
      ...importIssue(code, 'error', this.where(row, field), { value: shownV }, message),
      ruleId,
    };
    return {
      ...(this.source.sheet === undefined ? {} : { sheet: this.source.sheet }),
      row,
      ...(column === undefined ? {} : { column: columnLetter(column) }),
      ...(field === '' ? {} : { field }),
      ...(shownV === null ? {} : { value: shownV }),
      issue,
    };
  }

  /** `'Laporan bulanan'` (a sheet) or `'monthly.csv'` (a file). */
  private place(): string {
    return this.source.sheet === undefined ? `'${this.source.file}'` : `'${this.source.sheet}'`;
  }

  /** `'Laporan bulanan' baris 5` / `'Laporan bulanan' row 5`. */
  private at(row: number): { id: string; en: string } {
    return { id: `${this.place()} baris ${row}`, en: `${this.place()} row ${row}` };
  }

  private where(row: number, field: string | undefined): IssueLocation {
    return {
      recordType: this.type,
      file: this.source.sheet === undefined ? this.source.file : `${this.source.file}#${this.source.sheet}`,
      line: row,
      ...(field ? { field } : {}),
    };
  }
}
