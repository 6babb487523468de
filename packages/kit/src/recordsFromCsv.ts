import type { Issue, RecordType, SourceRef } from '@kampung-kb/model';
import { CsvRecordReader, csvEmptyIssue, csvUnclosedQuoteIssue } from './internal/csvRecordReader.js';
import { type ParseCsvOptions, parseCsv } from './parseCsv.js';
import type { RecordsRead } from './recordsRead.js';

/**
 * Reads the records of one CSV file (see {@link parseCsv}). The header names the fields as dotted paths
 * (`users.iud`, `pokja.exists`, `male.y0_4`, `scope.rt`); each cell is coerced by the type the record's
 * TypeBox schema gives its column, with `readCell`:
 *
 * - code fields: the code, the Indonesian or English label (any case and spacing) or the portal's numeric id;
 * - region codes dotted or undotted (`6371041010` → `63.71.04.1010`); months `2020-12` or `202012`;
 * - integers: plain digits with an optional minus (`1.234` and `12,5` are not guessed);
 * - booleans: `true/false`, `ya/tidak`, `yes/no`, `1/0`, any case;
 * - lists of codes: `;`-separated (`apbd;selfFunded`), an empty cell is an empty list;
 * - nullable integers (`pokja.members`): an empty cell is `null`;
 * - optional fields: an empty cell leaves the field out;
 * - text: trimmed.
 *
 * A cell that cannot be read gives a `cell-invalid` error and keeps its raw text in the record, so the
 * schema check reports it too and nothing is dropped. Unknown or repeated columns (`csv-unknown-column`,
 * `csv-duplicate-column`) are reported once and not read; rows with another number of cells than the
 * header give `csv-row-length` and are still read. Rows whose cells are all empty (as spreadsheets
 * export) are skipped. Pure and browser-safe; never throws.
 *
 * @example
 * ```ts
 * const { records, sources, issues } = recordsFromCsv(
 *   'profile',
 *   'kampungId;period;pokja.exists;pokja.members;fundingSources\nsungai-andai;2020-01;ya;;"apbd;selfFunded"',
 *   'profiles.csv',
 * );
 * records[0];
 * // { kampungId: 'sungai-andai', period: '2020-01', pokja: { exists: true, members: null },
 * //   fundingSources: ['apbd', 'selfFunded'] }
 * sources[0]; // { file: 'profiles.csv', line: 2 }
 * ```
 */
export function recordsFromCsv(
  type: RecordType,
  text: string,
  file: string,
  options: ParseCsvOptions = {},
): RecordsRead {
  const table = parseCsv(text, options);
  const records: Array<Record<string, unknown>> = [];
  const sources: SourceRef[] = [];
  const issues: Issue[] = [];
  const [header, ...rows] = table.rows;
  if (!header) {
    issues.push(csvEmptyIssue(type, file));
    return { records, sources, issues };
  }
  if (table.unclosedQuoteLine !== undefined) {
    issues.push(csvUnclosedQuoteIssue(type, file, table.unclosedQuoteLine));
  }
  const reader = new CsvRecordReader(type, file);
  issues.push(...reader.header(header));
  for (const row of rows) {
    const read = reader.row(row);
    if (!read) continue;
    records.push(read.record);
    sources.push(read.source);
    for (const issue of read.issues) issues.push(issue);
  }
  return { records, sources, issues };
}
