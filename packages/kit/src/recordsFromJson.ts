import type { Issue, RecordType, SourceRef } from '@kampung-kb/model';
import { makeIssue, shown } from './internal/issues.js';
import { jsonTooDeep } from './internal/jsonDepth.js';
import { jsonErrorOffset, lineColumn } from './internal/lineColumn.js';
import { stripBom } from './internal/stripBom.js';
import type { RecordsRead } from './recordsRead.js';

/**
 * The deepest nesting a JSON data file may have (the outer array is level 1, a record level 2, its
 * `users` object level 3); deeper files are refused with `json-too-deep`.
 *
 * @example
 * ```ts
 * recordsFromJson('region', text, 'regions.json', { maxDepth: DEFAULT_MAX_JSON_DEPTH });
 * ```
 */
export const DEFAULT_MAX_JSON_DEPTH = 64;

/**
 * Options of {@link recordsFromJson}.
 *
 * @example
 * ```ts
 * const options: RecordsFromJsonOptions = { maxDepth: 16 };
 * ```
 */
export interface RecordsFromJsonOptions {
  /** The deepest nesting allowed, {@link DEFAULT_MAX_JSON_DEPTH} by default. */
  readonly maxDepth?: number;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Reads the records of one JSON file: an array of records, or an object `{ "records": [...] }`. Records
 * are taken as written (validation is the rules package's job); each keeps its 0-based index as its
 * source. Invalid JSON gives `json-invalid` with the line and column of the fault; another shape gives
 * `json-shape`; an array item that is not an object gives `json-record-invalid` and is skipped (it is no
 * record). A text nested deeper than `maxDepth` levels (64 by default; data records need 3) gives
 * `json-too-deep` with the line and column of the first bracket too deep, and no records: such a text could
 * only overflow the stack of whatever walks it next. Pure and browser-safe; never throws.
 *
 * @example
 * ```ts
 * const read = recordsFromJson('region', '{ "records": [{ "code": "63.71", "name": "Kota Banjarmasin" }] }', 'regions.json');
 * read.records; // [{ code: '63.71', name: 'Kota Banjarmasin' }]
 * read.sources; // [{ file: 'regions.json', index: 0 }]
 * recordsFromJson('region', '[{"code": }]', 'regions.json').issues[0].code; // 'json-invalid'
 * recordsFromJson('region', '['.repeat(5000) + ']'.repeat(5000), 'regions.json').issues[0].code; // 'json-too-deep'
 * ```
 */
export function recordsFromJson(
  type: RecordType,
  text: string,
  file: string,
  options: RecordsFromJsonOptions = {},
): RecordsRead {
  const records: Array<Record<string, unknown>> = [];
  const sources: SourceRef[] = [];
  const src = stripBom(text);
  const parsed = parseChecked(type, src, file, options.maxDepth ?? DEFAULT_MAX_JSON_DEPTH);
  if (!parsed.ok) return { records, sources, issues: [parsed.issue] };
  const data = parsed.data;
  const list = Array.isArray(data) ? data : isPlainObject(data) ? data['records'] : undefined;
  if (!Array.isArray(list)) {
    const shape = makeIssue(
      'json-shape',
      'error',
      { recordType: type, file },
      {},
      {
        id: `'${file}' harus berisi larik (array) data atau objek { "records": [...] }`,
        en: `'${file}' must hold an array of records or an object { "records": [...] }`,
      },
    );
    return { records, sources, issues: [shape] };
  }
  const issues: Issue[] = [];
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

/** The parsed JSON text, or the issue when it is not JSON or nests deeper than `maxDepth`. */
function parseChecked(
  type: RecordType,
  src: string,
  file: string,
  maxDepth: number,
): { ok: true; data: unknown } | { ok: false; issue: Issue } {
  let data: unknown;
  try {
    data = JSON.parse(src);
  } catch (e) {
    const detail = shown(e instanceof Error ? e.message : String(e), 160);
    const { line, column } = lineColumn(src, jsonErrorOffset(detail) ?? src.length);
    const invalid = makeIssue(
      'json-invalid',
      'error',
      { recordType: type, file, line },
      { line, column },
      {
        id: `'${file}' bukan JSON yang sah (baris ${line}, kolom ${column}): ${detail}`,
        en: `'${file}' is not valid JSON (line ${line}, column ${column}): ${detail}`,
      },
    );
    return { ok: false, issue: invalid };
  }
  const deep = jsonTooDeep(src, maxDepth);
  if (!deep) return { ok: true, data };
  const { line, column } = lineColumn(src, deep.offset);
  const tooDeep = makeIssue(
    'json-too-deep',
    'error',
    { recordType: type, file, line },
    { line, column, maxDepth },
    {
      id: `'${file}' bersarang lebih dari ${maxDepth} tingkat (baris ${line}, kolom ${column}); berkas tidak dibaca`,
      en: `'${file}' nests deeper than ${maxDepth} levels (line ${line}, column ${column}); the file was not read`,
    },
  );
  return { ok: false, issue: tooDeep };
}
