import type { Issue, IssueLocation, RecordType, SourceRef } from '@kampung-kb/model';
import { coerceCell } from './internal/cellCoercers.js';
import { makeIssue, recordLocation, shown } from './internal/issues.js';
import { type LeafField, schemaFields } from './internal/schemaFields.js';
import { type ParseCsvOptions, parseCsv } from './parseCsv.js';
import type { RecordsRead } from './recordsRead.js';

function setPath(record: Record<string, unknown>, segments: readonly string[], value: unknown): void {
  let node = record;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i] as string;
    const next = node[key];
    if (next !== null && typeof next === 'object' && !Array.isArray(next)) {
      node = next as Record<string, unknown>;
    } else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  node[segments[segments.length - 1] as string] = value;
}

/**
 * Reads the records of one CSV file (see {@link parseCsv}). The header names the fields as dotted paths
 * (`users.iud`, `pokja.exists`, `male.y0_4`, `scope.rt`); each cell is coerced by the type the record's
 * TypeBox schema gives its column:
 *
 * - integers: plain digits with an optional minus (`1.234` and `12,5` are not guessed);
 * - booleans: `true/false`, `ya/tidak`, `yes/no`, `1/0`, any case;
 * - lists of codes: `;`-separated (`apbd;selfFunded`), an empty cell is an empty list;
 * - nullable integers (`pokja.members`): an empty cell is `null`;
 * - optional fields: an empty cell leaves the field out;
 * - text and codes: trimmed.
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
    issues.push(
      makeIssue(
        'csv-empty',
        'warning',
        { recordType: type, file },
        {},
        {
          id: `Berkas '${file}' kosong: tidak ada baris judul kolom`,
          en: `File '${file}' is empty: it has no header row`,
        },
      ),
    );
    return { records, sources, issues };
  }
  if (table.unclosedQuoteLine !== undefined) {
    const line = table.unclosedQuoteLine;
    issues.push(
      makeIssue(
        'csv-unclosed-quote',
        'error',
        { recordType: type, file, line },
        { line },
        {
          id: `Tanda kutip di baris ${line} tidak ditutup: sisa berkas terbaca sebagai satu sel`,
          en: `The quote on line ${line} is never closed: the rest of the file was read as one cell`,
        },
      ),
    );
  }

  const byPath = new Map(schemaFields(type).map((f) => [f.path, f]));
  const columns: Array<LeafField | undefined> = [];
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

  for (const row of rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    const record: Record<string, unknown> = {};
    const invalid: Array<{ field: LeafField; raw: string; expected: { id: string; en: string } }> = [];
    columns.forEach((field, i) => {
      if (!field) return;
      const r = coerceCell(field, row.cells[i] ?? '');
      if (r.ok) {
        if (r.present) setPath(record, field.segments, r.value);
      } else {
        setPath(record, field.segments, r.raw);
        invalid.push({ field, raw: r.raw, expected: r.expected });
      }
    });
    records.push(record);
    sources.push({ file, line: row.line });
    const where = recordLocation(type, record);
    if (row.cells.length !== header.cells.length) {
      const expectedCells = header.cells.length;
      const actual = row.cells.length;
      issues.push(
        makeIssue(
          'csv-row-length',
          'error',
          { ...where, file, line: row.line },
          { expected: expectedCells, actual },
          actual < expectedCells
            ? {
                id: `Baris ${row.line} berisi ${actual} sel, padahal judul kolom ada ${expectedCells}; sel yang kurang dianggap kosong`,
                en: `Line ${row.line} has ${actual} cell${actual === 1 ? '' : 's'} but the header has ${expectedCells}; the missing cells count as empty`,
              }
            : {
                id: `Baris ${row.line} berisi ${actual} sel, padahal judul kolom ada ${expectedCells}; sel yang lebih tidak dibaca`,
                en: `Line ${row.line} has ${actual} cells but the header has ${expectedCells}; the extra cells are not read`,
              },
        ),
      );
    }
    for (const bad of invalid) {
      const value = shown(bad.raw);
      issues.push(
        makeIssue(
          'cell-invalid',
          'error',
          { ...where, file, line: row.line, field: bad.field.path },
          { value },
          {
            id: `Sel '${bad.field.path}' di baris ${row.line} berisi '${value}', padahal harus ${bad.expected.id}`,
            en: `Cell '${bad.field.path}' on line ${row.line} holds '${value}' but must be ${bad.expected.en}`,
          },
        ),
      );
    }
  }
  return { records, sources, issues };
}
