import { CsvRowSplitter } from './internal/csvRowSplitter.js';

/**
 * A CSV field delimiter: the comma of RFC 4180 or the semicolon of Indonesian-locale Excel exports.
 *
 * @example
 * ```ts
 * const d: CsvDelimiter = ';';
 * ```
 */
export type CsvDelimiter = ',' | ';';

/**
 * One row of a CSV file with the 1-based physical line it starts on.
 *
 * @example
 * ```ts
 * const row: CsvRow = { line: 2, cells: ['sungai-andai', '2020-01'] };
 * ```
 */
export interface CsvRow {
  /** Line where the row starts (the header is line 1); rows after a quoted line break start later. */
  readonly line: number;
  /** The cells, unquoted, untrimmed. */
  readonly cells: readonly string[];
}

/**
 * A parsed CSV text.
 *
 * @example
 * ```ts
 * const t: CsvTable = parseCsv('code,name\n63.71,Kota Banjarmasin\n');
 * t.rows.length; // 2
 * ```
 */
export interface CsvTable {
  readonly delimiter: CsvDelimiter;
  /** Every non-blank row, the header first. */
  readonly rows: readonly CsvRow[];
  /** Set when a quoted field is never closed: the line where its row starts (the rest of the text went into it). */
  readonly unclosedQuoteLine?: number;
}

/**
 * Options of {@link parseCsv}.
 *
 * @example
 * ```ts
 * parseCsv('a;b\n1;2', { delimiter: ';' });
 * ```
 */
export interface ParseCsvOptions {
  /** The delimiter; by default `;` when the first line has semicolons but no commas, else `,`. */
  readonly delimiter?: CsvDelimiter;
}

/**
 * Parses CSV text (RFC 4180): quoted fields with doubled quotes, delimiters and line breaks inside quotes,
 * CRLF, LF or CR line ends, an optional UTF-8 byte-order mark. Each row keeps the physical line it starts
 * on, so rows after a multi-line cell are still located exactly. Blank lines are skipped. A line break
 * inside a quoted field becomes `\n`. A quote opens a quoted field only at the start of a field, so
 * `Jl. A "Baru"` and `5" pipe` keep their quotes as written. Pure and browser-safe; never throws. The same
 * state machine reads files piece by piece in `streamDataDir`.
 *
 * @example
 * ```ts
 * parseCsv('kampungId,title\nsa,"Posyandu\nremaja"\nsb,"Kata ""KB"""\n');
 * // { delimiter: ',', rows: [
 * //   { line: 1, cells: ['kampungId', 'title'] },
 * //   { line: 2, cells: ['sa', 'Posyandu\nremaja'] },
 * //   { line: 4, cells: ['sb', 'Kata "KB"'] } ] }
 * parseCsv('kampungId;jknHolders\nsa;1200').delimiter; // ';'
 * ```
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvTable {
  const rows: CsvRow[] = [];
  const splitter = new CsvRowSplitter((row) => rows.push(row), options.delimiter);
  splitter.push(text);
  const { delimiter, unclosedQuoteLine } = splitter.end();
  return unclosedQuoteLine === undefined ? { delimiter, rows } : { delimiter, rows, unclosedQuoteLine };
}
