import type { Issue, RecordType, SourceRef } from '@kampung-kb/model';
import { makeIssue, shown } from './internal/issues.js';
import { jsonErrorOffset, lineColumn } from './internal/lineColumn.js';
import { stripBom } from './internal/stripBom.js';
import type { RecordsRead } from './recordsRead.js';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Reads the records of one JSON file: an array of records, or an object `{ "records": [...] }`. Records
 * are taken as written (validation is the rules package's job); each keeps its 0-based index as its
 * source. Invalid JSON gives `json-invalid` with the line and column of the fault; another shape gives
 * `json-shape`; an array item that is not an object gives `json-record-invalid` and is skipped (it is no
 * record). Pure and browser-safe; never throws.
 *
 * @example
 * ```ts
 * const read = recordsFromJson('region', '{ "records": [{ "code": "63.71", "name": "Kota Banjarmasin" }] }', 'regions.json');
 * read.records; // [{ code: '63.71', name: 'Kota Banjarmasin' }]
 * read.sources; // [{ file: 'regions.json', index: 0 }]
 * recordsFromJson('region', '[{"code": }]', 'regions.json').issues[0].code; // 'json-invalid'
 * ```
 */
export function recordsFromJson(type: RecordType, text: string, file: string): RecordsRead {
  const records: Array<Record<string, unknown>> = [];
  const sources: SourceRef[] = [];
  const issues: Issue[] = [];
  const src = stripBom(text);
  let data: unknown;
  try {
    data = JSON.parse(src);
  } catch (e) {
    const detail = shown(e instanceof Error ? e.message : String(e), 160);
    const { line, column } = lineColumn(src, jsonErrorOffset(detail) ?? src.length);
    issues.push(
      makeIssue(
        'json-invalid',
        'error',
        { recordType: type, file, line },
        { line, column },
        {
          id: `'${file}' bukan JSON yang sah (baris ${line}, kolom ${column}): ${detail}`,
          en: `'${file}' is not valid JSON (line ${line}, column ${column}): ${detail}`,
        },
      ),
    );
    return { records, sources, issues };
  }
  const list = Array.isArray(data) ? data : isPlainObject(data) ? data['records'] : undefined;
  if (!Array.isArray(list)) {
    issues.push(
      makeIssue(
        'json-shape',
        'error',
        { recordType: type, file },
        {},
        {
          id: `'${file}' harus berisi larik (array) data atau objek { "records": [...] }`,
          en: `'${file}' must hold an array of records or an object { "records": [...] }`,
        },
      ),
    );
    return { records, sources, issues };
  }
  list.forEach((item: unknown, index) => {
    if (isPlainObject(item)) {
      records.push(item);
      sources.push({ file, index });
      return;
    }
    const got = item === null ? 'null' : Array.isArray(item) ? 'array' : typeof item;
    issues.push(
      makeIssue(
        'json-record-invalid',
        'error',
        { recordType: type, file, index },
        { index, got },
        {
          id: `Butir ke-${index} di '${file}' bukan objek data (melainkan ${got}); tidak dibaca`,
          en: `Item ${index} of '${file}' is not a record object (it is ${got}); not read`,
        },
      ),
    );
  });
  return { records, sources, issues };
}
