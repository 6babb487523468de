import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readDataDir, recordsFromJson, writeDataDir } from '@kampung-kb/kit';
import { type Issue, RECORD_TYPES, type RecordType } from '@kampung-kb/model';
import type { ImportRejection, ImportResult, ImportSheet } from './importResult.js';
import { type CellValue, readCell, recordFields } from './internal/cells.js';
import { csvTables } from './internal/csvTables.js';
import { DirectoryMerge } from './internal/directoryMerge.js';
import { importIssue, shown } from './internal/importIssues.js';
import { ImportTally } from './internal/importTally.js';
import { KEY_FIELDS, recordKey, shownKey } from './internal/recordKey.js';
import { headerScore, type RowOutcome, SheetReader } from './internal/sheetReader.js';
import { isNonDataSheet, recordTypeOfName } from './internal/sheetType.js';
import type { TableEvent, TableRow } from './internal/tableEvents.js';
import { xlsxTables } from './internal/xlsxTables.js';

/**
 * Options of {@link importFile}.
 *
 * @example
 * ```ts
 * const options: ImportOptions = { into: 'data', dryRun: true };
 * ```
 */
export interface ImportOptions {
  /** The data directory to import into (it must already be one: `kkb init` makes it). */
  readonly into: string;
  /** Read, check and count everything, but write nothing. */
  readonly dryRun?: boolean;
  /** Aborting before the files are moved into place stops the import with the directory unchanged. */
  readonly signal?: AbortSignal;
  /**
   * Called once every changed file is staged, before any is moved into place (for example to ask for a
   * confirmation); a rejection stops the import with the directory unchanged (`fatal` says why).
   */
  readonly beforeCommit?: () => void | Promise<void>;
}

type SheetCounts = ImportTally['sheets'][number];

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

function isEmptyCell(c: CellValue): boolean {
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

function fatalIssue(code: string, file: string, message: { id: string; en: string }, values = {}): Issue {
  return importIssue(code, 'error', { file: shown(file, 200) }, values, message);
}

function emptyResult(dryRun: boolean, fatal: Issue): ImportResult {
  return {
    read: 0,
    imported: 0,
    updated: 0,
    ignored: 0,
    rejected: 0,
    byType: {},
    sheets: [],
    rejections: [],
    warnings: [],
    changes: [],
    written: [],
    dryRun,
    fatal,
  };
}

/**
 * Imports a filled workbook (`.xlsx`), a CSV file or a JSON file into a data directory, accounting for
 * every row read in the shape of a DHIS2 import summary: `read = imported + updated + ignored + rejected`,
 * in total, per sheet and per record type.
 *
 * - Sheets are recognised by the workbook's `_kkb` sheet, else by name (a record type's Indonesian or
 *   English label, its file stem: `monthly`, `kampung`, …), else by a header naming one type's fields; a
 *   CSV or JSON file by its name the same way. Instructions and hidden sheets are skipped; any other sheet
 *   is named in `warnings`.
 * - The header is row 2 of a `kkb template` sheet (row 1 is for people) or the single first row,
 *   holding field paths (`users.iud`). Columns starting `_` (the check column) are not data.
 * - Each cell is read by the kit's one cell reader; exceljs values (rich text, a formula's result,
 *   hyperlinks, dates) are made plain first. Records are assembled from the dotted paths and checked with
 *   their model schema.
 * - A row with nothing filled in beyond its key columns is ignored; a row with a bad cell or a schema
 *   problem is rejected with every reason (sheet, row, column, value, bilingual issue); a row repeating
 *   the key of an earlier row of the file is rejected; an accepted row replaces the directory's record with
 *   the same key (updated: kampung `id`; profiles, population, monthly `kampungId` + `period`; interventions
 *   and proposals `id`; budgets `kampungId` + `year` + `fundingSource` + `description`; regions `code`) or is added
 *   (imported).
 *
 * The changed files of the directory are then written at once and atomically (`writeDataDir`: staged,
 * synced, renamed); `dryRun` writes nothing. `fatal` is set, and nothing written, when the file cannot be
 * read, the directory is not a data directory, a file to be rewritten did not read back whole, or the
 * write fails or is stopped. Streams workbooks row by row; never throws for bad input.
 *
 * @example
 * ```ts
 * const result = await importFile('isian-2020-12.xlsx', { into: 'data' });
 * result.read;      // 23
 * result.imported;  // 20
 * result.ignored;   // 1
 * result.rejected;  // 2
 * result.rejections[0]?.issue.message.id; // "'Laporan bulanan KKBPK' baris 7, sel D7 ('users.iud') berisi 'dua', …"
 * ```
 */
export async function importFile(file: string, options: ImportOptions): Promise<ImportResult> {
  const dryRun = options.dryRun === true;
  const fileName = basename(file);
  const ext = extname(fileName).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv' && ext !== '.json') {
    return emptyResult(
      dryRun,
      fatalIssue(
        'import-format',
        fileName,
        {
          id: `'${shown(fileName)}' tidak dapat diimpor: hanya berkas .xlsx, .csv atau .json`,
          en: `'${shown(fileName)}' cannot be imported: only .xlsx, .csv or .json files`,
        },
        { extension: shown(ext) },
      ),
    );
  }

  const dir = await readDataDir(options.into);
  const dirProblem = dir.issues.find((i) => i.code === 'dir-unreadable' || i.code === 'dir-not-data');
  if (dirProblem) return emptyResult(dryRun, dirProblem);
  const merge = new DirectoryMerge(dir);

  const tally = new ImportTally();
  const rejections: ImportRejection[] = [];
  const warnings: Issue[] = [];
  const seenKeys = new Map<RecordType, Map<string, { sheet: string; row: number }>>();

  const settle = (sheet: SheetCounts, reader: SheetReader, row: number, outcome: RowOutcome): void => {
    if (outcome.kind === 'blank') {
      tally.count(sheet, 'ignored');
      return;
    }
    if (outcome.kind === 'rejected') {
      rejections.push(...outcome.rejections);
      tally.count(sheet, 'rejected');
      return;
    }
    const type = reader.type;
    const key = recordKey(type, outcome.record) as string;
    const seen = seenKeys.get(type) ?? new Map<string, { sheet: string; row: number }>();
    seenKeys.set(type, seen);
    const earlier = seen.get(key);
    if (earlier) {
      const k = shown(shownKey(key));
      const place = ext === '.xlsx' ? `'${sheet.sheet}'` : `'${shown(fileName)}'`;
      const first = earlier.sheet === sheet.sheet ? '' : ` '${earlier.sheet}'`;
      rejections.push({
        ...(ext === '.xlsx' ? { sheet: sheet.sheet } : {}),
        row,
        value: k,
        issue: importIssue(
          'import-duplicate-key',
          'error',
          { recordType: type, file: shown(fileName, 200), line: row },
          { key: k, firstRow: earlier.row },
          {
            id: `${place} baris ${row}: kunci '${k}' sudah ada di baris ${earlier.row}${first} berkas ini; baris ini tidak diimpor`,
            en: `${place} row ${row}: key '${k}' already came on row ${earlier.row}${first} of this file; this row is not imported`,
          },
        ),
      });
      tally.count(sheet, 'rejected');
      return;
    }
    seen.set(key, { sheet: sheet.sheet, row });
    tally.count(sheet, merge.put(type, key, outcome.record));
  };

  let events: AsyncIterable<TableEvent> | Iterable<TableEvent> | undefined;
  let text: string | undefined;
  if (ext !== '.xlsx') {
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      return emptyResult(dryRun, unreadable(fileName, e));
    }
  }
  if (ext === '.json') {
    const jsonFatal = importJson(text as string, fileName, tally, settle, warnings);
    if (jsonFatal) return emptyResult(dryRun, jsonFatal);
  } else {
    events = ext === '.xlsx' ? xlsxTables(file) : csvTables(text as string, fileName);
    const meta = new Map<string, RecordType>();
    let current: OpenSheet | undefined;
    const isXlsx = ext === '.xlsx';

    const startReading = (s: OpenSheet, headerRow: TableRow, type: RecordType): void => {
      s.reader = new SheetReader(type, isXlsx ? { sheet: s.name, file: fileName } : { file: fileName });
      s.counts = tally.sheet(s.name, type);
      warnings.push(...s.reader.header(headerRow.cells, headerRow.row));
    };
    const dataRow = (s: OpenSheet, r: TableRow): void => {
      if (!s.reader || !s.counts) return;
      settle(s.counts, s.reader, r.row, s.reader.row(r.cells, r.row));
    };
    /** Decides the header from the rows held (one or two) and reads the rest. */
    const decide = (s: OpenSheet): void => {
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
        startReading(s, r2, type); // row 1 is for people, row 2 holds the field paths
      } else {
        startReading(s, r1, type);
        if (r2) dataRow(s, r2);
      }
    };
    const close = (s: OpenSheet | undefined): void => {
      if (!s) return;
      if (s.pending.length > 0) decide(s);
      if (s.unread > 0) {
        const name = shown(s.name);
        warnings.push(
          importIssue(
            'import-sheet-unrecognised',
            'warning',
            { file: shown(fileName, 200) },
            { sheet: name, rows: s.unread },
            {
              id: `Lembar '${name}' bukan lembar data yang dikenal (namanya atau judul kolomnya tidak cocok dengan jenis data mana pun); ${s.unread} barisnya tidak dibaca`,
              en: `Sheet '${name}' is not a known data sheet (neither its name nor its header matches a record type); its ${s.unread} rows were not read`,
            },
          ),
        );
      }
    };

    try {
      for await (const event of events) {
        if (options.signal?.aborted) return emptyResult(dryRun, stopped(options.signal.reason));
        if (event.kind === 'sheet') {
          close(current);
          const skip = isXlsx && (event.hidden || isNonDataSheet(event.name));
          current = {
            name: event.name,
            hidden: skip,
            namedType: meta.get(event.name) ?? recordTypeOfName(isXlsx ? event.name : stemOf(event.name)),
            pending: [],
            unread: 0,
          };
          continue;
        }
        const s = current;
        if (!s) continue;
        if (s.hidden) {
          if (s.name === '_kkb') readMeta(event.cells, meta);
          continue;
        }
        if (!hasValue(event.cells)) continue;
        if (s.reader) dataRow(s, event);
        else if (s.counts === undefined && s.unread === 0) {
          s.pending.push(event);
          if (s.pending.length === 2) decide(s);
        } else s.unread++;
      }
      close(current);
    } catch (e) {
      return emptyResult(dryRun, unreadable(fileName, e));
    }
  }

  const written: string[] = [];
  let fatal: Issue | undefined;
  if (merge.affected.size > 0) {
    fatal = merge.lossyFile();
    if (fatal) {
      const f = fatal.location.file ?? '';
      fatal = importIssue(
        'import-target-unreadable',
        'error',
        { file: f },
        { file: f, cause: fatal.code },
        {
          id: `Berkas '${f}' di direktori data tidak terbaca utuh (${fatal.message.id}); perbaiki dulu, impor tidak menulis apa pun`,
          en: `File '${f}' of the data directory did not read back whole (${fatal.message.en}); fix it first, the import wrote nothing`,
        },
      );
    } else if (!dryRun) {
      const format = merge.homeFile('kampung').toLowerCase().endsWith('.json') ? 'json' : 'csv';
      const out = await writeDataDir(options.into, merge.dataset, {
        format,
        toSourceFiles: true,
        only: [...merge.affected],
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.beforeCommit ? { beforeCommit: options.beforeCommit } : {}),
      });
      written.push(...out.files);
      fatal = out.issues[0];
    }
  }
  return {
    ...tally.total,
    byType: tally.byType,
    sheets: tally.sheets as ImportSheet[],
    rejections,
    warnings,
    changes: [...merge.affected].sort(),
    written,
    dryRun,
    ...(fatal ? { fatal } : {}),
  };
}

function stemOf(fileName: string): string {
  const ext = extname(fileName);
  return ext === '' ? fileName : fileName.slice(0, -ext.length);
}

/** A `_kkb` row `sheet:<name> | <type>` maps a sheet to its record type. */
function readMeta(cells: readonly CellValue[], meta: Map<string, RecordType>): void {
  const [k, v] = cells;
  if (typeof k !== 'string' || typeof v !== 'string' || !k.startsWith('sheet:')) return;
  const type = RECORD_TYPES.find((r) => r.type === v.trim())?.type;
  if (type) meta.set(k.slice('sheet:'.length), type);
}

function stopped(reason: unknown): Issue {
  const why = shown(reason instanceof Error ? reason.message : String(reason ?? ''), 120);
  return importIssue(
    'write-interrupted',
    'error',
    {},
    { reason: why },
    {
      id: `Impor dihentikan (${why}); tidak ada berkas yang diubah`,
      en: `The import was stopped (${why}); no file was changed`,
    },
  );
}

function unreadable(fileName: string, e: unknown): Issue {
  const why = shown(e instanceof Error ? e.message : String(e), 160);
  const f = shown(fileName);
  return fatalIssue(
    'import-file-unreadable',
    fileName,
    {
      id: `Berkas '${f}' tidak dapat dibaca (${why}); tidak ada yang diimpor`,
      en: `File '${f}' cannot be read (${why}); nothing was imported`,
    },
    { reason: why },
  );
}

/** Reads the records of a JSON file as rows (1-based positions); a fatal issue when the file is not one. */
function importJson(
  text: string,
  fileName: string,
  tally: ImportTally,
  settle: (sheet: SheetCounts, reader: SheetReader, row: number, outcome: RowOutcome) => void,
  warnings: Issue[],
): Issue | undefined {
  const type = recordTypeOfName(stemOf(fileName));
  if (!type) {
    return fatalIssue('import-type-unknown', fileName, {
      id: `Jenis data berkas '${shown(fileName)}' tidak dikenali dari namanya (mis. monthly.json, kampung.json)`,
      en: `The record type of '${shown(fileName)}' is not known from its name (e.g. monthly.json, kampung.json)`,
    });
  }
  const read = recordsFromJson(type, text, fileName);
  const broken = read.issues.find((i) => i.severity === 'error' && i.code !== 'json-record-invalid');
  if (broken) return broken;
  warnings.push(...read.issues);
  const reader = new SheetReader(type, { file: fileName });
  const sheet = tally.sheet(fileName, type);
  const fields = recordFields(type);
  read.records.forEach((raw, i) => {
    const row = (read.sources[i]?.index ?? i) + 1;
    const record = structuredClone(raw);
    const bad: Array<{
      field: (typeof fields)[number];
      column: undefined;
      value: unknown;
      expected: { id: string; en: string };
    }> = [];
    let filled = false;
    for (const field of fields) {
      let node: unknown = record;
      let parent: Record<string, unknown> | undefined;
      for (const seg of field.segments) {
        if (node === null || typeof node !== 'object' || Array.isArray(node)) {
          node = undefined;
          break;
        }
        parent = node as Record<string, unknown>;
        node = parent[seg];
      }
      if (node === undefined || !parent) continue;
      const last = field.segments[field.segments.length - 1] as string;
      const cell: unknown =
        Array.isArray(node) && node.every((x) => typeof x === 'string') ? node.join(';') : node;
      if (cell !== null && typeof cell === 'object') continue; // left to the schema check
      if (!isEmptyCell(cell as CellValue) && !KEY_FIELDS[type].includes(field.path)) filled = true;
      const r = readCell(field, cell as CellValue);
      if (r.ok) {
        if (r.present) parent[last] = r.value;
        else delete parent[last];
      } else bad.push({ field, column: undefined, value: cell, expected: r.expected });
    }
    settle(sheet, reader, row, filled ? reader.check(record, row, bad) : { kind: 'blank' });
  });
  return undefined;
}
