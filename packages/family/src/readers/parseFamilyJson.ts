import type { CellValue } from '@kampung-kb/kit/core';
import { FamilyAssembler } from '../internal/familyAssembler.js';
import { FAMILY_COLUMNS, headerMeaning, MEMBER_COLUMNS } from '../internal/familyColumns.js';
import { JsonArraySplitter, type JsonPiece } from '../internal/jsonArraySplitter.js';
import { readIssue, shownText } from '../internal/readIssue.js';
import type { FamilyReadItem, FamilyReadOptions } from './familyReadItem.js';

/** The columns a JSON family is laid out into, as if it were CSV rows: KK, NIK, family fields, member fields. */
const HEADER = ['kk', 'nik', ...FAMILY_COLUMNS.map((c) => c.path), ...MEMBER_COLUMNS.map((c) => c.path)];
const COLUMN_OF = new Map(HEADER.map((h, i) => [h, i]));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The leaves of a JSON object as dotted paths (arrays kept whole, as their JSON text). */
function flatten(value: { [key: string]: Json }, prefix: string, out: [string, Json][]): void {
  for (const [key, v] of Object.entries(value)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(v, path, out);
    else out.push([path, v]);
  }
}

const cellOf = (v: Json): CellValue => (Array.isArray(v) ? JSON.stringify(v) : (v as CellValue));

/**
 * Reads family records in JSON, streaming: either one JSON array of families or NDJSON (one family per
 * line), chosen by the first character. A family is the model's shape with the raw numbers in place of
 * the pseudonyms: `{ "kk": "6371…", "kampungId": "…", "month": "2021-04", "housing": {…}, "members":
 * [{ "nik": "6371…", "line": 1, "sex": "male", … }] }`; values are read like CSV cells (codes, labels or
 * answer numbers; months or full dates), so the same Indonesian field aliases work (`no_kk`, `jenis_kelamin`).
 * KK and NIK must be JSON strings (a 16-digit JSON number has already lost digits).
 *
 * One family is in memory at a time. Each entry is one row of the accounting (`rows` = entries); issues are
 * located by `index` (1-based position in the array) or by `line` (NDJSON). Pure and browser-safe; never
 * throws on bad input; the summary comes last, exactly once.
 *
 * @example
 * ```ts
 * const ndjson = '{"kk":"6371040101210001","kampungId":"sungai-andai","month":"2021-04","members":[' +
 *   '{"nik":"6371044101900001","line":1,"sex":"male","birthMonth":"1985-03","maritalStatus":"married","relation":"head"}]}\n';
 * for await (const item of parseFamilyJson([ndjson], { file: 'pk21.ndjson', pseudonymize })) console.log(item.kind);
 * // 'family', then 'summary'
 * ```
 */
export async function* parseFamilyJson(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string>,
  options: FamilyReadOptions,
): AsyncGenerator<FamilyReadItem, void, undefined> {
  const { file } = options;
  let format: 'array' | 'ndjson' | undefined;
  let assembler: FamilyAssembler | undefined;
  let out: FamilyReadItem[] = [];
  const decoder = new TextDecoder();
  let splitter: JsonArraySplitter | undefined;
  let pendingLine = '';
  let lineNo = 0;

  const start = (kind: 'array' | 'ndjson'): FamilyAssembler => {
    format = kind;
    const a = new FamilyAssembler(
      file,
      options.pseudonymize,
      options.lang,
      kind === 'array' ? 'index' : 'line',
    );
    a.header(HEADER, 0, out);
    return a;
  };

  const issueAt = (row: number, code: string, message: { id: string; en: string }): void => {
    const place = format === 'array' ? { file, index: row } : { file, line: row };
    assembler?.unreadableRow(row, out);
    out.push({ kind: 'issue', issue: readIssue(code, 'error', place, {}, message) });
  };

  const family = (text: string, row: number): void => {
    const a = assembler as FamilyAssembler;
    // Each entry is a family of its own: the one before is finished first, so items keep the file's order.
    a.finishFamily(out);
    let value: Json;
    try {
      value = JSON.parse(text) as Json;
    } catch (e) {
      const why = shownText(e instanceof Error ? e.message : String(e), 120);
      issueAt(row, 'family-json-invalid', {
        id: `Keluarga ke-${row} bukan JSON yang sah: ${why}`,
        en: `Entry ${row} is not valid JSON: ${why}`,
      });
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      issueAt(row, 'family-json-not-object', {
        id: `Keluarga ke-${row} bukan objek JSON`,
        en: `Entry ${row} is not a JSON object`,
      });
      return;
    }
    const { members, ...rest } = value;
    if (!Array.isArray(members) || members.length === 0) {
      issueAt(row, 'family-members-missing', {
        id: `Keluarga ke-${row} tidak punya daftar 'members' (anggota)`,
        en: `Entry ${row} has no 'members' list`,
      });
      return;
    }
    const familyCells = new Map<number, CellValue>();
    const unknown: string[] = [];
    const fields: [string, Json][] = [];
    flatten(rest, '', fields);
    let kk: CellValue;
    for (const [path, v] of fields) {
      const meaning = headerMeaning(path);
      if (meaning.kind === 'kk') kk = cellOf(v);
      else if (meaning.kind === 'column' && meaning.column.scope === 'family') {
        familyCells.set(COLUMN_OF.get(meaning.column.path) as number, cellOf(v));
      } else unknown.push(path);
    }
    const rows: CellValue[][] = [];
    for (const member of members) {
      const cells: CellValue[] = new Array(HEADER.length).fill(undefined);
      cells[0] = kk;
      if (member === null || typeof member !== 'object' || Array.isArray(member)) {
        unknown.push('members[]');
        rows.push(cells);
        continue;
      }
      const memberFields: [string, Json][] = [];
      flatten(member, '', memberFields);
      for (const [path, v] of memberFields) {
        const meaning = headerMeaning(path);
        if (meaning.kind === 'nik') cells[1] = cellOf(v);
        else if (meaning.kind === 'column' && meaning.column.scope === 'member') {
          cells[COLUMN_OF.get(meaning.column.path) as number] = cellOf(v);
        } else unknown.push(`members.${path}`);
      }
      rows.push(cells);
    }
    for (const path of [...new Set(unknown)]) {
      const place =
        format === 'array'
          ? { file, index: row, field: shownText(path) }
          : { file, line: row, field: shownText(path) };
      out.push({
        kind: 'issue',
        issue: readIssue(
          'family-field-unknown',
          'warning',
          place,
          { field: shownText(path) },
          {
            id: `Keluarga ke-${row}: kolom '${shownText(path)}' tidak dikenal dalam tata letak keluarga; isinya tidak dibaca`,
            en: `Entry ${row}: field '${shownText(path)}' is not part of the family layout; it is not read`,
          },
        ),
      });
    }
    for (const [i, cells] of rows.entries()) {
      if (i === 0) for (const [col, v] of familyCells) cells[col] = v;
      a.row(row, cells, out);
    }
  };

  const onPiece = (piece: JsonPiece): void => {
    if (piece.kind === 'element') family(piece.text, piece.index);
    else if (piece.kind === 'too-long') {
      issueAt(piece.index, 'family-json-too-long', {
        id: `Keluarga ke-${piece.index} terlalu besar (lebih dari 4 juta karakter); tidak dibaca`,
        en: `Entry ${piece.index} is too large (over 4 million characters); not read`,
      });
    } else if (piece.kind === 'unterminated') {
      issueAt(piece.index, 'family-json-unterminated', {
        id: `Daftar JSON berhenti di tengah keluarga ke-${piece.index} (baris ${piece.line})`,
        en: `The JSON array stops inside entry ${piece.index} (line ${piece.line})`,
      });
    }
  };

  const ndjsonLine = (text: string): void => {
    lineNo++;
    if (text.trim() !== '') family(text, lineNo);
  };

  const feed = (text: string): void => {
    if (format === undefined) {
      const first = text.replace(/^[\s\uFEFF]+/, '');
      if (first === '') return;
      assembler = start(first.startsWith('[') ? 'array' : 'ndjson');
      if (format === 'array') splitter = new JsonArraySplitter(onPiece);
    }
    if (splitter) {
      splitter.push(text);
      return;
    }
    const lines = (pendingLine + text).split('\n');
    pendingLine = lines.pop() ?? '';
    for (const line of lines) ndjsonLine(line);
  };

  for await (const chunk of chunks) {
    feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (out.length > 0) {
      yield* out;
      out = [];
    }
  }
  feed(decoder.decode());
  if (splitter) splitter.end();
  else if (pendingLine !== '') ndjsonLine(pendingLine);
  if (!assembler) {
    assembler = start('ndjson');
    out.push({
      kind: 'issue',
      issue: readIssue(
        'family-file-empty',
        'error',
        { file },
        {},
        {
          id: 'Berkas kosong: tidak ada keluarga',
          en: 'The file is empty: no family',
        },
      ),
    });
  }
  assembler.end(out);
  yield* out;
}
