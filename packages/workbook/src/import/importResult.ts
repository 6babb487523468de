import type { Issue, IssueValue, RecordType } from '@kampung-kb/model';

/**
 * One reason a row was rejected: a bad cell, or a record that breaks its schema (a required field
 * missing names no column).
 *
 * @example
 * ```ts
 * const r: ImportRejection = { sheet: 'Laporan bulanan KKBPK', row: 5, column: 'D', field: 'users.iud',
 *   value: 'dua', issue };
 * ```
 */
export interface ImportRejection {
  /** The sheet of a workbook (absent for CSV and JSON files). */
  readonly sheet?: string;
  /** The row: a spreadsheet row or CSV line (1-based), or a JSON record's 1-based position. */
  readonly row: number;
  /** The spreadsheet column letter of the bad cell (`D`), when the value came from a column. */
  readonly column?: string;
  /** The field path (`users.iud`). */
  readonly field?: string;
  /** The value found (identifiers masked, long text cut). */
  readonly value?: IssueValue;
  /** Why, with a bilingual message naming the sheet or file, row and column. */
  readonly issue: Issue;
}

/**
 * What became of the rows of one sheet, file or record type. Always
 * `read = imported + updated + ignored + rejected`.
 *
 * @example
 * ```ts
 * const c: ImportCounts = { read: 12, imported: 10, updated: 0, ignored: 1, rejected: 1 };
 * ```
 */
export interface ImportCounts {
  /** Data rows read (header rows not counted). */
  readonly read: number;
  /** Accepted rows whose key was new to the directory. */
  readonly imported: number;
  /** Accepted rows that replaced a record with the same key. */
  readonly updated: number;
  /** Blank rows (nothing filled in beyond the key columns). */
  readonly ignored: number;
  /** Rows with at least one bad cell or schema problem, or repeating a key of an earlier row. */
  readonly rejected: number;
}

/**
 * The counts of one sheet (or of a CSV / JSON file, named by the file).
 *
 * @example
 * ```ts
 * const s: ImportSheet = { sheet: 'Laporan bulanan KKBPK', recordType: 'monthly', read: 21, imported: 21,
 *   updated: 0, ignored: 0, rejected: 0 };
 * ```
 */
export interface ImportSheet extends ImportCounts {
  readonly sheet: string;
  readonly recordType: RecordType;
}

/**
 * The outcome of {@link importFile}, in the shape of a DHIS2 import summary.
 *
 * @example
 * ```ts
 * const result: ImportResult = await importFile('isian.xlsx', { into: 'data' });
 * result.read === result.imported + result.updated + result.ignored + result.rejected; // true
 * ```
 */
export interface ImportResult extends ImportCounts {
  /** Counts per record type. */
  readonly byType: Partial<Record<RecordType, ImportCounts>>;
  /** Counts per sheet (or file), in the order read. */
  readonly sheets: ImportSheet[];
  /** Every reason for every rejected row, in the order read. */
  readonly rejections: ImportRejection[];
  /** What was not read but did not reject a row: unknown columns, sheets of no record type. */
  readonly warnings: Issue[];
  /** Files of the directory the accepted rows change (relative names), also in a dry run. */
  readonly changes: string[];
  /** Files of the directory written; empty for a dry run, when nothing was accepted or on a fatal problem. */
  readonly written: string[];
  /** Whether this was a dry run (nothing written). */
  readonly dryRun: boolean;
  /** Set when the file or the directory could not be read, or the directory could not be written: nothing was written. */
  readonly fatal?: Issue;
}
