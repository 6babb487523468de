import { CsvRowSplitter } from './internal/csvRowSplitter.js';
import { Utf8StreamDecoder } from './internal/utf8StreamDecoder.js';
import type { CsvDelimiter, CsvRow } from './parseCsv.js';

/**
 * Options of {@link csvRowStream}.
 *
 * @example
 * ```ts
 * const options: CsvRowStreamOptions = { delimiter: ';', maxRowChars: 1_000_000 };
 * ```
 */
export interface CsvRowStreamOptions {
  /** The delimiter; by default `;` when the first line has semicolons but no commas, else `,`. */
  readonly delimiter?: CsvDelimiter;
  /** A row longer than this (characters) keeps what was read up to the limit; its line is reported. Default 16 Mi. */
  readonly maxRowChars?: number;
}

/**
 * One piece of a {@link csvRowStream}: the rows completed by one chunk of input, the lines of rows cut at
 * `maxRowChars`, and, on the last piece only, `end` (the delimiter, the line of a quoted field never
 * closed, and whether the bytes were valid UTF-8).
 *
 * @example
 * ```ts
 * const batch: CsvRowBatch = { rows: [{ line: 1, cells: ['a', 'b'] }], truncatedLines: [] };
 * ```
 */
export interface CsvRowBatch {
  readonly rows: readonly CsvRow[];
  readonly truncatedLines: readonly number[];
  readonly end?: {
    readonly delimiter: CsvDelimiter;
    readonly unclosedQuoteLine?: number;
    readonly validUtf8: boolean;
  };
}

/**
 * Reads CSV piece by piece with the kit's one CSV state machine (the rules of `parseCsv`): text or UTF-8
 * bytes in chunks of any size (a character may be split between chunks), rows out in batches as soon as
 * they are complete, so memory is bounded by the longest row and one chunk, never by the file. Pure and
 * browser-safe; never throws on bad input.
 *
 * @example
 * ```ts
 * for await (const batch of csvRowStream(['kampungId,pus\nsa,', '120\n'])) {
 *   for (const row of batch.rows) console.log(row.line, row.cells); // 1 ['kampungId','pus'], 2 ['sa','120']
 * }
 * ```
 */
export async function* csvRowStream(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options: CsvRowStreamOptions = {},
): AsyncGenerator<CsvRowBatch, void, undefined> {
  let rows: CsvRow[] = [];
  let truncatedLines: number[] = [];
  const splitter = new CsvRowSplitter(
    (row, truncated) => {
      rows.push(row);
      if (truncated) truncatedLines.push(row.line);
    },
    options.delimiter,
    options.maxRowChars ?? 16 * 1024 * 1024,
  );
  const decoder = new Utf8StreamDecoder();
  for await (const chunk of chunks) {
    splitter.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk));
    if (rows.length > 0) {
      yield { rows, truncatedLines };
      rows = [];
      truncatedLines = [];
    }
  }
  const rest = decoder.end();
  if (rest !== '') splitter.push(rest);
  const end = splitter.end();
  yield { rows, truncatedLines, end: { ...end, validUtf8: decoder.valid } };
}
