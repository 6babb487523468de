import { type CellResult, type CellValue, readCell } from '@kampung-kb/kit/core';
import { type Issue, type Label, maskIdentifiers } from '@kampung-kb/model';
import type { Family } from '../model/family.js';
import type { Pseudonym } from '../model/pseudonym.js';
import type { Pseudonymizer } from '../pseudonym/pseudonymizer.js';
import type { FamilyReadItem } from '../readers/familyReadItem.js';
import { familyProblems } from './familyCheck.js';
import { type FamilyColumn, headerMeaning, MEMBER_COLUMNS } from './familyColumns.js';
import { identifierDigits, maskedIdentifier } from './identifierDigits.js';
import { type ReadPlace, readIssue, rowWords, shownText } from './readIssue.js';

/** What a column of the file is read into. */
type Slot =
  | { readonly kind: 'kk'; readonly header: string }
  | { readonly kind: 'nik'; readonly header: string }
  | { readonly kind: 'ignored'; readonly header: string }
  | {
      readonly kind: 'family' | 'member';
      readonly header: string;
      readonly column: FamilyColumn;
      readonly memo: Map<string, CellResult>;
      /** Free text (no code list, no month): checked for identifiers before it is kept. */
      readonly free: boolean;
    };

/** Columns without which no row can be read. */
const REQUIRED = [
  'kk',
  'nik',
  'kampungId',
  'month',
  'line',
  'sex',
  'birthMonth',
  'maritalStatus',
  'relation',
];
/** Distinct cell texts remembered per column (codes, yes/no, months repeat; the cap bounds memory). */
const MEMO_SIZE = 512;
const NULLABLE_MEMBER_COLUMNS = MEMBER_COLUMNS.filter((c) => c.nullable);

/** The family being read: only one is held at a time. */
interface Pending {
  /** The 16 digits of the KK (or `?` + the text when it is no KK number): which rows belong together. */
  readonly key: string;
  readonly id: Pseudonym | undefined;
  readonly firstRow: number;
  lastRow: number;
  rows: number;
  readonly fields: Record<string, unknown>;
  /** Stamps the assembler's per-column first values as this family's (see `FamilyAssembler.firstValue`). */
  readonly serial: number;
  readonly members: Record<string, unknown>[];
  readonly memberRows: number[];
  readonly issues: Issue[];
  rejected: boolean;
}

function isEmpty(cell: CellValue): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  if (cell.length === 0) return true;
  const first = cell.charCodeAt(0);
  return first <= 32 && cell.trim() === '';
}

/** `YYYY-MM-DD…`, `DD-MM-YYYY` or `DD/MM/YYYY`, cut to `YYYY-MM` for a month field. */
function monthText(text: string): string {
  const t = text.trim();
  const iso = /^([0-9]{4})-([0-9]{2})-[0-9]{2}([T ].*)?$/.exec(t);
  if (iso) return `${iso[1]}-${iso[2]}`;
  const dmy = /^[0-9]{1,2}[-/]([0-9]{1,2})[-/]([0-9]{4})$/.exec(t);
  if (dmy) return `${dmy[2]}-${(dmy[1] as string).padStart(2, '0')}`;
  return t;
}

function setPath(target: Record<string, unknown>, segments: readonly string[], value: unknown): void {
  let node = target;
  const last = segments.length - 1;
  for (let i = 0; i < last; i++) {
    const key = segments[i] as string;
    let next = node[key] as Record<string, unknown> | undefined;
    if (next === undefined) {
      next = {};
      node[key] = next;
    }
    node = next;
  }
  node[segments[last] as string] = value;
}

function getParent(
  target: Record<string, unknown>,
  segments: readonly string[],
): Record<string, unknown> | undefined {
  let node: Record<string, unknown> | undefined = target;
  for (let i = 0; i < segments.length - 1 && node; i++) {
    node = node[segments[i] as string] as Record<string, unknown> | undefined;
  }
  return node;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b;
}

/**
 * The one reading of family rows, whatever the file: the CSV and workbook readers feed it one row per
 * member, the JSON readers one synthetic row per member of each family. It groups contiguous rows by KK,
 * reads every cell with the kit's `readCell`, replaces the KK and NIK by their pseudonyms at once, checks
 * the family against the model and accounts for every row. Holds one family at a time.
 */
export class FamilyAssembler {
  private slots: Slot[] = [];
  private fatal = false;
  private pending: Pending | undefined;
  private kkIndex = -1;
  /**
   * The first value of each family column (by column index) in the family in hand and its row, valid where
   * `firstSerial` holds that family's serial: kept here rather than per family, so reading a family
   * allocates no table for them.
   */
  private readonly firstValue: unknown[] = [];
  private readonly firstRow: number[] = [];
  private readonly firstSerial: number[] = [];
  private serial = 0;
  /** Columns without a header already reported (once each, at their first filled cell). */
  private readonly unnamedWarned = new Set<number>();
  /** The last row counted (a JSON family is one row however many members it has). */
  private lastCounted = -1;
  private readonly lang: 'id' | 'en';
  /** Counts of the summary. */
  rows = 0;
  families = 0;
  members = 0;
  women = 0;
  rejectedRows = 0;
  rejectedFamilies = 0;

  constructor(
    private readonly file: string,
    private readonly pseudonymize: Pseudonymizer,
    lang: 'id' | 'en' | undefined,
    /** `line` for CSV, workbooks and NDJSON; `index` for JSON arrays (then each family counts as one row). */
    private readonly placeKind: 'line' | 'index' = 'line',
  ) {
    this.lang = lang ?? 'id';
  }

  private place(row: number, field?: string): ReadPlace {
    const p: ReadPlace =
      this.placeKind === 'line' ? { file: this.file, line: row } : { file: this.file, index: row };
    return field === undefined ? p : { ...p, field };
  }

  /** Reads the header; a missing or repeated required column makes every row unreadable (one issue). */
  header(cells: readonly string[], line: number, out: FamilyReadItem[]): void {
    const seen = new Map<string, string>();
    this.slots = cells.map((raw) => {
      const header = raw.trim();
      const meaning = headerMeaning(header);
      if (meaning.kind === 'unknown') {
        if (header !== '') {
          out.push({
            kind: 'issue',
            issue: readIssue(
              'family-column-unknown',
              'warning',
              { file: this.file, line, field: shownText(header) },
              { column: shownText(header) },
              {
                id: `Kolom '${shownText(header)}' tidak dikenal dalam tata letak keluarga; isinya tidak dibaca`,
                en: `Column '${shownText(header)}' is not part of the family layout; it is not read`,
              },
            ),
          });
        }
        return { kind: 'ignored', header };
      }
      const path = meaning.kind === 'column' ? meaning.column.path : meaning.kind;
      const before = seen.get(path);
      if (before !== undefined) {
        this.fatal = true;
        out.push({
          kind: 'issue',
          issue: readIssue(
            'family-column-repeated',
            'error',
            { file: this.file, line, field: path },
            { first: shownText(before), second: shownText(header) },
            {
              id: `Kolom '${path}' muncul dua kali ('${shownText(before)}' dan '${shownText(header)}'); berkas tidak dibaca`,
              en: `Column '${path}' appears twice ('${shownText(before)}' and '${shownText(header)}'); the file is not read`,
            },
          ),
        });
      }
      seen.set(path, header);
      return meaning.kind === 'column'
        ? {
            kind: meaning.column.scope,
            header,
            column: meaning.column,
            memo: new Map(),
            free: meaning.column.kind === 'string' && !meaning.column.codeList && !meaning.column.period,
          }
        : { kind: meaning.kind, header };
    });
    this.kkIndex = this.slots.findIndex((s) => s.kind === 'kk');
    const missing = REQUIRED.filter((p) => !seen.has(p));
    if (missing.length > 0) {
      this.fatal = true;
      out.push({
        kind: 'issue',
        issue: readIssue(
          'family-column-missing',
          'error',
          { file: this.file, line, field: missing.join(', ') },
          { missing: missing.join(', ') },
          {
            id: `Kolom wajib tidak ada: ${missing.join(', ')}; tidak ada baris yang dapat dibaca`,
            en: `Required columns missing: ${missing.join(', ')}; no row can be read`,
          },
        ),
      });
    }
  }

  /** Reads one data row (one member). */
  row(row: number, cells: readonly CellValue[], out: FamilyReadItem[]): void {
    if (this.fatal) {
      if (this.countRow(row)) this.rejectedRows++;
      return;
    }
    const pending = this.startOrContinue(row, cells, out);
    if (!pending) return;
    if (this.countRow(row)) pending.rows++;
    pending.lastRow = row;
    const member: Record<string, unknown> = {};
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as Slot;
      const cell = cells[i];
      if (slot.kind === 'kk') continue;
      if (slot.kind === 'ignored') {
        if (slot.header === '' && !this.unnamedWarned.has(i) && !isEmpty(cell)) this.warnUnnamed(i, row, out);
        continue;
      }
      if (slot.kind === 'nik') {
        const id = this.identifier('nik', cell, row, slot.header, pending);
        if (id !== undefined) member['id'] = id;
        continue;
      }
      if (isEmpty(cell)) continue;
      const read = this.read(slot, cell as CellValue);
      if (!read.ok) {
        this.reject(pending, this.cellIssue(row, slot.header, read));
        continue;
      }
      if (!read.present) continue;
      if (slot.free && typeof read.value === 'string' && maskIdentifiers(read.value) !== read.value) {
        this.reject(pending, this.identifierInCellIssue(row, slot.header, read.value));
        continue;
      }
      if (slot.kind === 'member') {
        setPath(member, slot.column.segments, read.value);
        continue;
      }
      if (this.firstSerial[i] !== pending.serial) {
        this.firstSerial[i] = pending.serial;
        this.firstValue[i] = read.value;
        this.firstRow[i] = row;
        setPath(pending.fields, slot.column.segments, read.value);
      } else if (!sameValue(this.firstValue[i], read.value)) {
        this.reject(
          pending,
          this.differsIssue(row, slot.header, this.firstRow[i] as number, this.firstValue[i], read.value),
        );
      }
    }
    pending.members.push(member);
    pending.memberRows.push(row);
    // Ignore extra cells only when they are blank: anything else would be data dropped.
    for (let i = slots.length; i < cells.length; i++) {
      if (!isEmpty(cells[i])) {
        this.reject(
          pending,
          readIssue(
            'family-row-extra-cells',
            'error',
            this.place(row),
            { cells: cells.length, columns: slots.length },
            {
              id: `${rowWords(this.place(row)).id}: ${cells.length} sel, tetapi judul hanya punya ${slots.length} kolom`,
              en: `${rowWords(this.place(row)).en}: ${cells.length} cells but the header has ${slots.length} columns`,
            },
          ),
        );
        break;
      }
    }
  }

  private warnUnnamed(column: number, row: number, out: FamilyReadItem[]): void {
    this.unnamedWarned.add(column);
    const place = this.place(row, `#${column + 1}`);
    out.push({
      kind: 'issue',
      issue: readIssue(
        'family-column-unnamed',
        'warning',
        place,
        { column: column + 1 },
        {
          id: `Kolom ke-${column + 1} tidak berjudul tetapi berisi data (pertama pada ${rowWords(place).id}); isinya tidak dibaca`,
          en: `Column ${column + 1} has no header but holds data (first on ${rowWords(place).en}); it is not read`,
        },
      ),
    });
  }

  /** Counts a row once (the member rows of a JSON family share its position or line); whether it was new. */
  private countRow(row: number): boolean {
    if (row === this.lastCounted) return false;
    this.lastCounted = row;
    this.rows++;
    return true;
  }

  /** Ends the input: the last family, then the summary. */
  end(out: FamilyReadItem[]): void {
    this.flush(out);
    out.push({
      kind: 'summary',
      summary: {
        file: this.file,
        rows: this.rows,
        families: this.families,
        members: this.members,
        women: this.women,
        rejectedRows: this.rejectedRows,
        rejectedFamilies: this.rejectedFamilies,
      },
    });
  }

  /** Finishes the family in hand (a JSON entry ends it; CSV rows end it by a new KK). */
  finishFamily(out: FamilyReadItem[]): void {
    this.flush(out);
  }

  /** Counts a row that could not be read at all (the caller reports it): a JSON entry that is no family. */
  unreadableRow(row: number, out: FamilyReadItem[]): void {
    this.flush(out);
    if (this.countRow(row)) this.rejectedRows++;
  }

  private startOrContinue(
    row: number,
    cells: readonly CellValue[],
    out: FamilyReadItem[],
  ): Pending | undefined {
    const kkIndex = this.kkIndex;
    const cell = cells[kkIndex];
    if (isEmpty(cell)) {
      if (this.pending && (this.placeKind === 'line' || this.pending.firstRow === row)) return this.pending;
      this.flush(out);
      if (!this.countRow(row)) return undefined;
      this.rejectedRows++;
      out.push({
        kind: 'issue',
        issue: readIssue(
          'family-kk-missing',
          'error',
          this.place(row, 'kk'),
          {},
          {
            id: `${rowWords(this.place(row)).id}: nomor KK kosong dan tidak ada keluarga sebelumnya; baris ditolak`,
            en: `${rowWords(this.place(row)).en}: the KK number is empty and no family precedes it; row rejected`,
          },
        ),
      });
      return undefined;
    }
    const text = typeof cell === 'string' ? cell : String(cell);
    const key = typeof cell === 'string' ? (identifierDigits(text) ?? `?${text.trim()}`) : `#${text}`;
    const same = this.placeKind === 'line' ? this.pending?.key === key : this.pending?.firstRow === row;
    if (this.pending && same) return this.pending;
    this.flush(out);
    const issues: Issue[] = [];
    const holder = { issues, rejected: false } as Pending;
    const id = this.identifier('kk', cell, row, (this.slots[kkIndex] as Slot).header, holder);
    this.pending = {
      key,
      id,
      firstRow: row,
      lastRow: row,
      rows: 0,
      fields: {},
      serial: ++this.serial,
      members: [],
      memberRows: [],
      issues,
      rejected: holder.rejected,
    };
    return this.pending;
  }

  /** The pseudonym of an identifier cell, or an issue (never showing the number) and `undefined`. */
  private identifier(
    kind: 'nik' | 'kk',
    cell: CellValue,
    row: number,
    header: string,
    pending: Pending,
  ): Pseudonym | undefined {
    const name = kind.toUpperCase();
    if (isEmpty(cell)) {
      this.reject(
        pending,
        readIssue(
          `family-${kind}-missing`,
          'error',
          this.place(row, header),
          {},
          {
            id: `${rowWords(this.place(row)).id}: nomor ${name} kosong`,
            en: `${rowWords(this.place(row)).en}: the ${name} number is empty`,
          },
        ),
      );
      return undefined;
    }
    if (typeof cell !== 'string') {
      this.reject(
        pending,
        readIssue(
          `family-${kind}-not-text`,
          'error',
          this.place(row, header),
          {},
          {
            id: `${rowWords(this.place(row)).id}: nomor ${name} disimpan sebagai angka, bukan teks (angka 16 digit kehilangan digit terakhir di Excel dan JSON); simpan kolom ${header} sebagai teks`,
            en: `${rowWords(this.place(row)).en}: the ${name} number is stored as a number, not text (16-digit numbers lose their last digits in Excel and JSON); store column ${header} as text`,
          },
        ),
      );
      return undefined;
    }
    const digits = identifierDigits(cell);
    if (digits === undefined) {
      const masked = maskedIdentifier(cell);
      this.reject(
        pending,
        readIssue(
          `family-${kind}-invalid`,
          'error',
          this.place(row, header),
          { value: masked },
          {
            id: `${rowWords(this.place(row)).id}: nomor ${name} '${masked}' bukan 16 digit`,
            en: `${rowWords(this.place(row)).en}: the ${name} number '${masked}' is not 16 digits`,
          },
        ),
      );
      return undefined;
    }
    return this.pseudonymize(kind, digits);
  }

  private read(slot: Extract<Slot, { memo: unknown }>, cell: CellValue): CellResult {
    if (typeof cell !== 'string') return readCell(slot.column, cell);
    let r = slot.memo.get(cell);
    if (r === undefined) {
      r = readCell(slot.column, slot.column.period === 'month' ? monthText(cell) : cell);
      if (slot.memo.size < MEMO_SIZE) slot.memo.set(cell, r);
    }
    return r;
  }

  private reject(pending: Pending, issue: Issue): void {
    pending.rejected = true;
    pending.issues.push(issue);
  }

  private cellIssue(row: number, header: string, read: Extract<CellResult, { ok: false }>): Issue {
    const raw = shownText(read.raw);
    const place = this.place(row, header);
    const where = rowWords(place);
    const ambiguous = read.ambiguous ? ` (${read.ambiguous.join(', ')})` : '';
    return readIssue(
      'family-cell-invalid',
      'error',
      place,
      { value: raw, expected: read.expected[this.lang] },
      {
        id: `${where.id}, kolom '${shownText(header)}': '${raw}' tidak terbaca${ambiguous}; yang diterima: ${read.expected.id}`,
        en: `${where.en}, column '${shownText(header)}': '${raw}' cannot be read${ambiguous}; accepted: ${read.expected.en}`,
      },
    );
  }

  private identifierInCellIssue(row: number, header: string, value: string): Issue {
    const place = this.place(row, header);
    const shown = shownText(value);
    return readIssue(
      'family-identifier-in-cell',
      'error',
      place,
      { value: shown },
      {
        id: `${rowWords(place).id}, kolom '${shownText(header)}': '${shown}' berisi 16 digit atau lebih (seperti NIK/KK); nilai ini tidak disimpan`,
        en: `${rowWords(place).en}, column '${shownText(header)}': '${shown}' holds 16 digits or more (like an NIK/KK); it is not kept`,
      },
    );
  }

  private differsIssue(row: number, header: string, firstRow: number, first: unknown, now: unknown): Issue {
    const place = this.place(row, header);
    const a = shownText(String(first));
    const b = shownText(String(now));
    return readIssue(
      'family-value-differs',
      'error',
      place,
      { first: a, firstRow, value: b },
      {
        id: `${rowWords(place).id}, kolom '${shownText(header)}': '${b}' berbeda dengan '${a}' pada baris ${firstRow} keluarga yang sama`,
        en: `${rowWords(place).en}, column '${shownText(header)}': '${b}' differs from '${a}' on row ${firstRow} of the same family`,
      },
    );
  }

  /** Checks the family in hand and yields it, or rejects all its rows with the reasons. */
  private flush(out: FamilyReadItem[]): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    let family: Family | undefined;
    if (!p.rejected) {
      for (const member of p.members) {
        for (const column of NULLABLE_MEMBER_COLUMNS) {
          const parent = getParent(member, column.segments);
          const key = column.segments[column.segments.length - 1] as string;
          if (parent && parent[key] === undefined) parent[key] = null;
        }
      }
      const candidate = { id: p.id, ...p.fields, members: p.members };
      for (const problem of familyProblems(candidate)) {
        const row = problem.member === undefined ? p.firstRow : (p.memberRows[problem.member] ?? p.firstRow);
        const place = this.place(row, problem.field);
        this.reject(
          p,
          readIssue(
            'family-invalid',
            'error',
            place,
            {},
            {
              id: `${rowWords(place).id}: ${problem.message.id}`,
              en: `${rowWords(place).en}: ${problem.message.en}`,
            },
          ),
        );
      }
      this.checkRepeats(p);
      if (!p.rejected) family = candidate as Family;
    }
    for (const issue of p.issues) out.push({ kind: 'issue', issue });
    if (family) {
      this.families++;
      this.members += family.members.length;
      for (const m of family.members) if (m.fertility) this.women++;
      out.push({ kind: 'family', family, firstRow: p.firstRow, lastRow: p.lastRow });
      return;
    }
    this.rejectedFamilies++;
    this.rejectedRows += p.rows;
    const place = this.place(p.firstRow, 'kk');
    const span: Label =
      this.placeKind === 'line'
        ? { id: `baris ${p.firstRow}–${p.lastRow}`, en: `rows ${p.firstRow}–${p.lastRow}` }
        : rowWords(place);
    out.push({
      kind: 'issue',
      issue: readIssue(
        'family-rejected',
        'error',
        place,
        { firstRow: p.firstRow, lastRow: p.lastRow, rows: p.rows, problems: p.issues.length },
        {
          id: `Keluarga pada ${span.id} ditolak (${p.rows} baris) karena ${p.issues.length} masalah di atas`,
          en: `The family on ${span.en} is rejected (${p.rows} rows) because of the ${p.issues.length} problems above`,
        },
      ),
    });
  }

  /** A line number or an NIK given twice in one family. */
  private checkRepeats(p: Pending): void {
    const lines = new Map<unknown, number>();
    const ids = new Map<unknown, number>();
    p.members.forEach((m, i) => {
      const row = p.memberRows[i] as number;
      for (const [map, key, code, what] of [
        [lines, m['line'], 'family-line-repeated', { id: 'nomor urut', en: 'line number' }],
        [ids, m['id'], 'family-nik-repeated', { id: 'NIK', en: 'NIK' }],
      ] as const) {
        const before = map.get(key);
        if (before !== undefined) {
          const place = this.place(row, code === 'family-line-repeated' ? 'line' : 'nik');
          this.reject(
            p,
            readIssue(
              code,
              'error',
              place,
              { firstRow: before },
              {
                id: `${rowWords(place).id}: ${what.id} yang sama sudah ada pada baris ${before} keluarga ini`,
                en: `${rowWords(place).en}: the same ${what.en} is already on row ${before} of this family`,
              },
            ),
          );
        } else map.set(key, row);
      }
    });
  }
}
