import { RECORD_TYPES, type RecordType } from '@kampung-kb/model';
import type { CellValue } from './cells.js';
import { importIssue, shown } from './importIssues.js';
import type { ImportRows, SheetCounts } from './importRows.js';
import { headerScore, SheetReader } from './sheetReader.js';
import { isNonDataSheet, recordTypeOfName, stemOf } from './sheetType.js';
import type { SheetStart, TableEvent, TableRow } from './tableEvents.js';

/** The state of the sheet being read. */
interface OpenSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** The type the `_kkb` sheet or the name gives. */
  readonly namedType: RecordType | undefined;
  /** Rows held until the header is known (at most two). */
  readonly pending: TableRow[];
  reader?: SheetReader;
  counts?: SheetCounts;
  /** Rows met in a sheet of no record type. */
  unread: number;
}

/**
 * Whether a row is in the file at all: a cell holds something, even only spaces (such a row is read and
 * ignored). Rows exceljs gives for formatting alone, with no value in any cell, are not rows of data.
 */
function hasValue(cells: readonly CellValue[]): boolean {
  for (const c of cells) if (c !== undefined && c !== null) return true;
  return false;
}

/** Whether a cell is empty or only spaces. */
export function isEmptyCell(c: CellValue): boolean {
  return c === undefined || c === null || (typeof c === 'string' && c.trim() === '');
}

/** The type whose fields the header cells name, when they clearly name one. */
function guessType(cells: readonly CellValue[]): RecordType | undefined {
  const named = cells.filter((c) => !isEmptyCell(c) && !(typeof c === 'string' && c.trim().startsWith('_')));
  if (named.length === 0) return undefined;
  let best: RecordType | undefined;
  let bestScore = 0;
  let tie = false;
  for (const info of RECORD_TYPES) {
    const score = headerScore(info.type, named);
    if (score > bestScore) {
      best = info.type;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) {
      tie = true;
    }
  }
  return best !== undefined && !tie && bestScore * 2 >= named.length ? best : undefined;
}

/** A `_kkb` row `sheet:<name> | <type>` maps a sheet to its record type. */
function readMeta(cells: readonly CellValue[], meta: Map<string, RecordType>): void {
  const [k, v] = cells;
  if (typeof k !== 'string' || typeof v !== 'string' || !k.startsWith('sheet:')) return;
  const type = RECORD_TYPES.find((r) => r.type === v.trim())?.type;
  if (type) meta.set(k.slice('sheet:'.length), type);
}

/**
 * Reads the sheets and rows of a workbook or CSV file into `rows`: each sheet's type from the `_kkb` sheet,
 * its name or its header, the header from its first one or two rows, then every data row.
 */
export class TableImport {
  private readonly meta = new Map<string, RecordType>();
  private current: OpenSheet | undefined;

  constructor(private readonly rows: ImportRows) {}

  /** Takes the next sheet start or row. */
  event(event: TableEvent): void {
    if (event.kind === 'sheet') {
      this.startSheet(event);
      return;
    }
    const s = this.current;
    if (!s) return;
    if (s.hidden) {
      if (s.name === '_kkb') readMeta(event.cells, this.meta);
      return;
    }
    if (!hasValue(event.cells)) return;
    if (s.reader) this.dataRow(s, event);
    else if (s.counts === undefined && s.unread === 0) {
      s.pending.push(event);
      if (s.pending.length === 2) this.decide(s);
    } else s.unread++;
  }

  /** Closes the last sheet, once every event is taken. */
  end(): void {
    this.close(this.current);
  }

  private startSheet(event: SheetStart): void {
    this.close(this.current);
    const isXlsx = this.rows.isXlsx;
    const skip = isXlsx && (event.hidden || isNonDataSheet(event.name));
    this.current = {
      name: event.name,
      hidden: skip,
      namedType: this.meta.get(event.name) ?? recordTypeOfName(isXlsx ? event.name : stemOf(event.name)),
      pending: [],
      unread: 0,
    };
  }

  private startReading(s: OpenSheet, headerRow: TableRow, type: RecordType): void {
    const fileName = this.rows.fileName;
    s.reader = new SheetReader(
      type,
      this.rows.isXlsx ? { sheet: s.name, file: fileName } : { file: fileName },
    );
    s.counts = this.rows.tally.sheet(s.name, type);
    this.rows.warnings.push(...s.reader.header(headerRow.cells, headerRow.row));
  }

  private dataRow(s: OpenSheet, r: TableRow): void {
    if (!s.reader || !s.counts) return;
    this.rows.settle(s.counts, s.reader, r.row, s.reader.row(r.cells, r.row));
  }

  /** Decides the header from the rows held (one or two) and reads the rest. */
  private decide(s: OpenSheet): void {
    const [r1, r2] = s.pending;
    s.pending.length = 0;
    if (!r1) return;
    const type = s.namedType ?? guessType(r1.cells) ?? (r2 ? guessType(r2.cells) : undefined);
    if (!type) {
      s.unread += r2 ? 2 : 1;
      return;
    }
    const score2 = r2 ? headerScore(type, r2.cells) : 0;
    // The template's row 1 (labels) names the fields too: a row 2 naming as many is the header.
    if (r2 && score2 > 0 && score2 >= headerScore(type, r1.cells)) {
      this.startReading(s, r2, type); // row 1 is for people, row 2 holds the field paths
    } else {
      this.startReading(s, r1, type);
      if (r2) this.dataRow(s, r2);
    }
  }

  private close(s: OpenSheet | undefined): void {
    if (!s) return;
    if (s.pending.length > 0) this.decide(s);
    if (s.unread === 0) return;
    const name = shown(s.name);
    this.rows.warnings.push(
      importIssue(
        'import-sheet-unrecognised',
        'warning',
        { file: shown(this.rows.fileName, 200) },
        { sheet: name, rows: s.unread },
        {
          id: `Lembar '${name}' bukan lembar data yang dikenal (namanya atau judul kolomnya tidak cocok dengan jenis data mana pun); ${s.unread} barisnya tidak dibaca`,
          en: `Sheet '${name}' is not a known data sheet (neither its name nor its header matches a record type); its ${s.unread} rows were not read`,
        },
      ),
    );
  }
}
