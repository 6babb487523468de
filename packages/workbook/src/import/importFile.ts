import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readDataDir, recordsFromJson, writeDataDir } from '@kampung-kb/kit';
import type { Issue } from '@kampung-kb/model';
import type { ImportResult, ImportSheet } from './importResult.js';
import { type CellValue, readCell, recordFields } from './internal/cells.js';
import { csvTables } from './internal/csvTables.js';
import { DirectoryMerge } from './internal/directoryMerge.js';
import { importIssue, shown } from './internal/importIssues.js';
import { ImportRows } from './internal/importRows.js';
import { ImportTally } from './internal/importTally.js';
import { KEY_FIELDS } from './internal/recordKey.js';
import { SheetReader } from './internal/sheetReader.js';
import { recordTypeOfName, stemOf } from './internal/sheetType.js';
import { isEmptyCell, TableImport } from './internal/tableImport.js';
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
  if (ext !== '.xlsx' && ext !== '.csv' && ext !== '.json')
    return emptyResult(dryRun, badFormat(fileName, ext));

  const dir = await readDataDir(options.into);
  const dirProblem = dir.issues.find((i) => i.code === 'dir-unreadable' || i.code === 'dir-not-data');
  if (dirProblem) return emptyResult(dryRun, dirProblem);
  const merge = new DirectoryMerge(dir);
  const rows = new ImportRows(new ImportTally(), merge, fileName, ext === '.xlsx');

  const readFatal = await readRows(file, ext, rows, options.signal);
  if (readFatal) return emptyResult(dryRun, readFatal);

  const { written, fatal } = await writeMerge(merge, options, dryRun);
  const tally = rows.tally;
  return {
    ...tally.total,
    byType: tally.byType,
    sheets: tally.sheets as ImportSheet[],
    rejections: rows.rejections,
    warnings: rows.warnings,
    changes: [...merge.affected].sort(),
    written,
    dryRun,
    ...(fatal ? { fatal } : {}),
  };
}

function badFormat(fileName: string, ext: string): Issue {
  return fatalIssue(
    'import-format',
    fileName,
    {
      id: `'${shown(fileName)}' tidak dapat diimpor: hanya berkas .xlsx, .csv atau .json`,
      en: `'${shown(fileName)}' cannot be imported: only .xlsx, .csv or .json files`,
    },
    { extension: shown(ext) },
  );
}

/** Reads every row of the file into `rows`; a fatal issue when the file cannot be read or is stopped. */
async function readRows(
  file: string,
  ext: string,
  rows: ImportRows,
  signal: AbortSignal | undefined,
): Promise<Issue | undefined> {
  const fileName = rows.fileName;
  let text: string | undefined;
  if (ext !== '.xlsx') {
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      return unreadable(fileName, e);
    }
  }
  if (ext === '.json') return importJson(text as string, rows);
  const events = ext === '.xlsx' ? xlsxTables(file) : csvTables(text as string, fileName);
  const tables = new TableImport(rows);
  try {
    for await (const event of events) {
      if (signal?.aborted) return stopped(signal.reason);
      tables.event(event);
    }
    tables.end();
  } catch (e) {
    return unreadable(fileName, e);
  }
  return undefined;
}

/**
 * Writes the changed files of the merge (none with `dryRun`); the files written, and a fatal issue when a
 * file to be rewritten did not read back whole or the write failed or was stopped.
 */
async function writeMerge(
  merge: DirectoryMerge,
  options: ImportOptions,
  dryRun: boolean,
): Promise<{ written: string[]; fatal: Issue | undefined }> {
  const written: string[] = [];
  if (merge.affected.size === 0) return { written, fatal: undefined };
  const lossy = merge.lossyFile();
  if (lossy) {
    const f = lossy.location.file ?? '';
    const fatal = importIssue(
      'import-target-unreadable',
      'error',
      { file: f },
      { file: f, cause: lossy.code },
      {
        id: `Berkas '${f}' di direktori data tidak terbaca utuh (${lossy.message.id}); perbaiki dulu, impor tidak menulis apa pun`,
        en: `File '${f}' of the data directory did not read back whole (${lossy.message.en}); fix it first, the import wrote nothing`,
      },
    );
    return { written, fatal };
  }
  if (dryRun) return { written, fatal: undefined };
  const format = merge.homeFile('kampung').toLowerCase().endsWith('.json') ? 'json' : 'csv';
  const out = await writeDataDir(options.into, merge.dataset, {
    format,
    toSourceFiles: true,
    only: [...merge.affected],
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.beforeCommit ? { beforeCommit: options.beforeCommit } : {}),
  });
  written.push(...out.files);
  return { written, fatal: out.issues[0] };
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
function importJson(text: string, rows: ImportRows): Issue | undefined {
  const fileName = rows.fileName;
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
  rows.warnings.push(...read.issues);
  const reader = new SheetReader(type, { file: fileName });
  const sheet = rows.tally.sheet(fileName, type);
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
    rows.settle(sheet, reader, row, filled ? reader.check(record, row, bad) : { kind: 'blank' });
  });
  return undefined;
}
