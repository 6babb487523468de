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
  const reader = new FamilyJsonReader(options);
  for await (const chunk of chunks) {
    reader.chunk(chunk);
    const items = reader.take();
    if (items.length > 0) yield* items;
  }
  reader.end();
  yield* reader.take();
}

/** A family entry laid out as CSV rows: one per member, the family's cells on the first. */
interface FamilyLayout {
  readonly rows: CellValue[][];
  /** Fields of no column of the family layout (`members.` before a member's). */
  readonly unknown: string[];
}

/** Lays out a family entry (without its members) and its members as rows of {@link HEADER}. */
function layoutFamily(rest: { [key: string]: Json }, members: readonly Json[]): FamilyLayout {
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
  const rows = members.map((member) => memberRow(member, kk, unknown));
  const first = rows[0];
  if (first) for (const [col, v] of familyCells) first[col] = v;
  return { rows, unknown };
}

/** The row of one member (KK, NIK and member cells); its unknown fields are added to `unknown`. */
function memberRow(member: Json, kk: CellValue, unknown: string[]): CellValue[] {
  const cells: CellValue[] = new Array(HEADER.length).fill(undefined);
  cells[0] = kk;
  if (member === null || typeof member !== 'object' || Array.isArray(member)) {
    unknown.push('members[]');
    return cells;
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
  return cells;
}

/**
 * The state of {@link parseFamilyJson}: the format (chosen by the first character), the assembler, the
 * array splitter or the NDJSON line being read, and the items not yet handed out.
 */
class FamilyJsonReader {
  private format: 'array' | 'ndjson' | undefined;
  private assembler: FamilyAssembler | undefined;
  private out: FamilyReadItem[] = [];
  private readonly decoder = new TextDecoder();
  private splitter: JsonArraySplitter | undefined;
  private pendingLine = '';
  private lineNo = 0;

  constructor(private readonly options: FamilyReadOptions) {}

  /** The items read so far, handed out once. */
  take(): FamilyReadItem[] {
    const items = this.out;
    this.out = [];
    return items;
  }

  chunk(chunk: string | Uint8Array): void {
    this.feed(typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true }));
  }

  /** Reads what is left, then finishes (an empty file is an issue); the summary comes last. */
  end(): void {
    this.feed(this.decoder.decode());
    if (this.splitter) this.splitter.end();
    else if (this.pendingLine !== '') this.ndjsonLine(this.pendingLine);
    if (!this.assembler) {
      this.assembler = this.start('ndjson');
      this.out.push({
        kind: 'issue',
        issue: readIssue(
          'family-file-empty',
          'error',
          { file: this.options.file },
          {},
          {
            id: 'Berkas kosong: tidak ada keluarga',
            en: 'The file is empty: no family',
          },
        ),
      });
    }
    this.assembler.end(this.out);
  }

  private start(kind: 'array' | 'ndjson'): FamilyAssembler {
    this.format = kind;
    const a = new FamilyAssembler(
      this.options.file,
      this.options.pseudonymize,
      this.options.lang,
      kind === 'array' ? 'index' : 'line',
    );
    a.header(HEADER, 0, this.out);
    return a;
  }

  /** Where entry `row` is: its index in the array, or its NDJSON line. */
  private place(row: number): { file: string; index: number } | { file: string; line: number } {
    const file = this.options.file;
    return this.format === 'array' ? { file, index: row } : { file, line: row };
  }

  private issueAt(row: number, code: string, message: { id: string; en: string }): void {
    this.assembler?.unreadableRow(row, this.out);
    this.out.push({ kind: 'issue', issue: readIssue(code, 'error', this.place(row), {}, message) });
  }

  /** The object of an entry; undefined, with an issue, when it is not JSON, not an object or has no members. */
  private entry(text: string, row: number): { members: Json[]; rest: { [key: string]: Json } } | undefined {
    let value: Json;
    try {
      value = JSON.parse(text) as Json;
    } catch (e) {
      const why = shownText(e instanceof Error ? e.message : String(e), 120);
      this.issueAt(row, 'family-json-invalid', {
        id: `Keluarga ke-${row} bukan JSON yang sah: ${why}`,
        en: `Entry ${row} is not valid JSON: ${why}`,
      });
      return undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.issueAt(row, 'family-json-not-object', {
        id: `Keluarga ke-${row} bukan objek JSON`,
        en: `Entry ${row} is not a JSON object`,
      });
      return undefined;
    }
    const { members, ...rest } = value;
    if (!Array.isArray(members) || members.length === 0) {
      this.issueAt(row, 'family-members-missing', {
        id: `Keluarga ke-${row} tidak punya daftar 'members' (anggota)`,
        en: `Entry ${row} has no 'members' list`,
      });
      return undefined;
    }
    return { members, rest };
  }

  private family(text: string, row: number): void {
    const a = this.assembler as FamilyAssembler;
    // Each entry is a family of its own: the one before is finished first, so items keep the file's order.
    a.finishFamily(this.out);
    const entry = this.entry(text, row);
    if (!entry) return;
    const { rows, unknown } = layoutFamily(entry.rest, entry.members);
    for (const path of [...new Set(unknown)]) {
      const field = shownText(path);
      this.out.push({
        kind: 'issue',
        issue: readIssue(
          'family-field-unknown',
          'warning',
          { ...this.place(row), field },
          { field },
          {
            id: `Keluarga ke-${row}: kolom '${field}' tidak dikenal dalam tata letak keluarga; isinya tidak dibaca`,
            en: `Entry ${row}: field '${field}' is not part of the family layout; it is not read`,
          },
        ),
      });
    }
    for (const cells of rows) a.row(row, cells, this.out);
  }

  private readonly onPiece = (piece: JsonPiece): void => {
    if (piece.kind === 'element') this.family(piece.text, piece.index);
    else if (piece.kind === 'too-long') {
      this.issueAt(piece.index, 'family-json-too-long', {
        id: `Keluarga ke-${piece.index} terlalu besar (lebih dari 4 juta karakter); tidak dibaca`,
        en: `Entry ${piece.index} is too large (over 4 million characters); not read`,
      });
    } else if (piece.kind === 'unterminated') {
      this.issueAt(piece.index, 'family-json-unterminated', {
        id: `Daftar JSON berhenti di tengah keluarga ke-${piece.index} (baris ${piece.line})`,
        en: `The JSON array stops inside entry ${piece.index} (line ${piece.line})`,
      });
    }
  };

  private ndjsonLine(text: string): void {
    this.lineNo++;
    if (text.trim() !== '') this.family(text, this.lineNo);
  }

  private feed(text: string): void {
    if (this.format === undefined) {
      const first = text.replace(/^[\s\uFEFF]+/, '');
      if (first === '') return;
      this.assembler = this.start(first.startsWith('[') ? 'array' : 'ndjson');
      if (this.format === 'array') this.splitter = new JsonArraySplitter(this.onPiece);
    }
    if (this.splitter) {
      this.splitter.push(text);
      return;
    }
    const lines = (this.pendingLine + text).split('\n');
    this.pendingLine = lines.pop() ?? '';
    for (const line of lines) this.ndjsonLine(line);
  }
}
