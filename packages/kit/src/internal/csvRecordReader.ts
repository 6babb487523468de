import type { Issue, IssueLocation, RecordType, SourceRef } from '@kampung-kb/model';
import type { CsvRow } from '../parseCsv.js';
import type { CellResult } from '../readCell.js';
import { type RecordField, recordFields } from '../recordFields.js';
import { setPath } from '../setPath.js';
import { ColumnReader } from './columnReader.js';
import { makeIssue, recordLocation, shown } from './issues.js';

/** Whether every cell is empty or white space. */
function allBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c !== '' && c.trim() !== '') return false;
  return true;
}

/** One record read from a CSV row, with its source and the issues of the row. */
export interface CsvRecordRead {
  readonly record: Record<string, unknown>;
  readonly source: SourceRef;
  readonly issues: readonly Issue[];
}

/** The issues of a clean row, shared: no array per row. */
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/**
 * Turns CSV rows into records of one type, a row at a time (the header first): the schema-driven cell
 * coercion and the issues of `recordsFromCsv`, shared by it and by the streaming reader.
 */
export class CsvRecordReader {
  private columns: Array<RecordField | undefined> | undefined;
  private readers: Array<ColumnReader | undefined> = [];
  private headerCells = 0;

  constructor(
    private readonly type: RecordType,
    private readonly file: string,
  ) {}

  /** Whether the header row has been read. */
  get hasHeader(): boolean {
    return this.columns !== undefined;
  }

  /** Reads the header row: the columns, and an issue for each unknown or repeated one. */
  header(header: CsvRow): Issue[] {
    const { type, file } = this;
    const issues: Issue[] = [];
    const byPath = new Map(recordFields(type).map((f) => [f.path, f]));
    const columns: Array<RecordField | undefined> = [];
    const seen = new Set<string>();
    header.cells.forEach((cell, i) => {
      const name = cell.trim();
      const field = byPath.get(name);
      const column = i + 1;
      const loc: IssueLocation = { recordType: type, file, line: header.line, field: shown(name) };
      if (!field) {
        const shownName = shown(name);
        issues.push(
          makeIssue(
            'csv-unknown-column',
            'error',
            loc,
            { column: shownName, columnNumber: column },
            name === ''
              ? {
                  id: `Kolom ke-${column} di '${file}' tidak bernama; isinya tidak dibaca`,
                  en: `Column ${column} of '${file}' has no name; its cells are not read`,
                }
              : {
                  id: `Kolom '${shownName}' (kolom ke-${column}) di '${file}' tidak dikenal untuk data ini; isinya tidak dibaca`,
                  en: `Column '${shownName}' (column ${column}) of '${file}' is not a field of this record type; its cells are not read`,
                },
          ),
        );
        columns.push(undefined);
      } else if (seen.has(name)) {
        issues.push(
          makeIssue(
            'csv-duplicate-column',
            'error',
            loc,
            { column: name, columnNumber: column },
            {
              id: `Kolom '${name}' muncul lagi di kolom ke-${column} '${file}'; yang kedua tidak dibaca`,
              en: `Column '${name}' appears again as column ${column} of '${file}'; the repeat is not read`,
            },
          ),
        );
        columns.push(undefined);
      } else {
        seen.add(name);
        columns.push(field);
      }
    });
    this.columns = columns;
    this.readers = columns.map((f) => (f ? new ColumnReader(f) : undefined));
    this.headerCells = header.cells.length;
    return issues;
  }

  /**
   * Reads a data row (after the header); `undefined` for a row whose cells are all empty. `truncated`
   * says the splitter dropped the rest of an over-long row: it is reported instead of its length.
   */
  row(row: CsvRow, truncated = false, maxRowChars = 0): CsvRecordRead | undefined {
    const { type, file } = this;
    const readers = this.readers;
    const cells = row.cells;
    if (!truncated && allBlank(cells)) return undefined;
    const record: Record<string, unknown> = {};
    const invalid: Array<{ field: RecordField; result: Extract<CellResult, { ok: false }> }> = [];
    for (let i = 0; i < readers.length; i++) {
      const reader = readers[i];
      if (!reader) continue;
      const cell = cells[i] ?? '';
      const fast = reader.read(cell);
      if (fast !== undefined) {
        setPath(record, reader.field.segments, fast);
        continue;
      }
      const r = reader.readSlow(cell);
      if (r.ok) {
        if (r.present) setPath(record, reader.field.segments, r.value);
      } else {
        setPath(record, reader.field.segments, r.raw);
        invalid.push({ field: reader.field, result: r });
      }
    }
    const source: SourceRef = { file, line: row.line };
    const lengthWrong = row.cells.length !== this.headerCells;
    if (!truncated && !lengthWrong && invalid.length === 0) return { record, source, issues: NO_ISSUES };
    const where: IssueLocation = { ...recordLocation(type, record), file, line: row.line };
    const issues: Issue[] = [];
    if (truncated) issues.push(rowTooLongIssue(where, file, row.line, maxRowChars));
    else if (lengthWrong) issues.push(rowLengthIssue(where, row.line, this.headerCells, row.cells.length));
    for (const { field, result } of invalid) issues.push(cellIssue(where, row.line, field, result));
    return { record, source, issues };
  }
}

/** `csv-row-too-long`: the splitter dropped the rest of a row longer than `maxRowChars`. */
function rowTooLongIssue(where: IssueLocation, file: string, line: number, maxRowChars: number): Issue {
  return makeIssue(
    'csv-row-too-long',
    'error',
    where,
    { line, maxChars: maxRowChars },
    {
      id: `Baris ${line} di '${file}' lebih dari ${maxRowChars} karakter; sisanya tidak dibaca (tanda kutip yang tidak ditutup?)`,
      en: `Line ${line} of '${file}' is longer than ${maxRowChars} characters; the rest of it was not read (an unclosed quote?)`,
    },
  );
}

/** `csv-row-length`: a row with fewer cells (read as empty) or more (not read) than the header. */
function rowLengthIssue(where: IssueLocation, line: number, expectedCells: number, actual: number): Issue {
  return makeIssue(
    'csv-row-length',
    'error',
    where,
    { expected: expectedCells, actual },
    actual < expectedCells
      ? {
          id: `Baris ${line} berisi ${actual} sel, padahal judul kolom ada ${expectedCells}; sel yang kurang dianggap kosong`,
          en: `Line ${line} has ${actual} cell${actual === 1 ? '' : 's'} but the header has ${expectedCells}; the missing cells count as empty`,
        }
      : {
          id: `Baris ${line} berisi ${actual} sel, padahal judul kolom ada ${expectedCells}; sel yang lebih tidak dibaca`,
          en: `Line ${line} has ${actual} cells but the header has ${expectedCells}; the extra cells are not read`,
        },
  );
}

/** `cell-invalid`: a cell that does not read as its field's kind, or that matches several codes. */
function cellIssue(
  where: IssueLocation,
  line: number,
  field: RecordField,
  result: Extract<CellResult, { ok: false }>,
): Issue {
  const value = shown(result.raw);
  const loc = { ...where, field: field.path };
  if (result.ambiguous) {
    const codes = result.ambiguous.join(', ');
    return makeIssue(
      'cell-invalid',
      'error',
      loc,
      { value, candidates: codes },
      {
        id: `Sel '${field.path}' di baris ${line} berisi '${value}', yang cocok dengan beberapa kode (${codes}); tulis kodenya`,
        en: `Cell '${field.path}' on line ${line} holds '${value}', which matches several codes (${codes}); write the code`,
      },
    );
  }
  return makeIssue(
    'cell-invalid',
    'error',
    loc,
    { value },
    {
      id: `Sel '${field.path}' di baris ${line} berisi '${value}', padahal harus ${result.expected.id}`,
      en: `Cell '${field.path}' on line ${line} holds '${value}' but must be ${result.expected.en}`,
    },
  );
}

/** `csv-empty`: the file has no header row. */
export function csvEmptyIssue(type: RecordType, file: string): Issue {
  return makeIssue(
    'csv-empty',
    'warning',
    { recordType: type, file },
    {},
    {
      id: `Berkas '${file}' kosong: tidak ada baris judul kolom`,
      en: `File '${file}' is empty: it has no header row`,
    },
  );
}

/** `csv-unclosed-quote`: a quoted field never closed, from the line its row starts on. */
export function csvUnclosedQuoteIssue(type: RecordType, file: string, line: number): Issue {
  return makeIssue(
    'csv-unclosed-quote',
    'error',
    { recordType: type, file, line },
    { line },
    {
      id: `Tanda kutip di baris ${line} tidak ditutup: sisa berkas terbaca sebagai satu sel`,
      en: `The quote on line ${line} is never closed: the rest of the file was read as one cell`,
    },
  );
}
