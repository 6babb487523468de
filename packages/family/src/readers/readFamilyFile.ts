import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Issue } from '@kampung-kb/model';
import { FamilyAssembler } from '../internal/familyAssembler.js';
import { readIssue, shownText } from '../internal/readIssue.js';
import { xlsxFirstSheetRows } from '../internal/xlsxRows.js';
import type { FamilyReadItem, FamilyReadOptions } from './familyReadItem.js';
import { type DhsReadItem, type DhsReadOptions, parseDhsWomenCsv } from './parseDhsWomenCsv.js';
import { parseFamilyCsv } from './parseFamilyCsv.js';
import { parseFamilyJson } from './parseFamilyJson.js';

const FORMATS: Readonly<Record<string, 'csv' | 'json' | 'xlsx'>> = {
  '.csv': 'csv',
  '.txt': 'csv',
  '.json': 'json',
  '.ndjson': 'json',
  '.jsonl': 'json',
  '.xlsx': 'xlsx',
};

/** Bytes read from disk at a time: a few large reads cost less than many small ones; memory holds one. */
const CHUNK_BYTES = 1 << 20;

const EMPTY = { rows: 0, families: 0, members: 0, women: 0, rejectedRows: 0, rejectedFamilies: 0 };

function unreadable(file: string, error: unknown): Issue {
  const code = (error as { code?: unknown })?.code;
  const why = shownText(
    typeof code === 'string' ? code : error instanceof Error ? error.message : String(error),
    120,
  );
  return readIssue(
    'family-file-unreadable',
    'error',
    { file },
    { reason: why },
    {
      id: `Berkas tidak dapat dibaca (${why})`,
      en: `The file cannot be read (${why})`,
    },
  );
}

/**
 * Reads a family register file from disk, streaming, by its extension: `.csv` (and `.txt`) with
 * `parseFamilyCsv`, `.json` / `.ndjson` / `.jsonl` with `parseFamilyJson`, `.xlsx` (the same layout as the
 * CSV in the workbook's first sheet, streamed by exceljs's `WorkbookReader`; a KK or NIK typed as a number
 * is refused, since Excel keeps only 15 digits). A file that cannot be opened, or of another type, gives
 * one issue and an empty summary; it never throws for bad data. Memory holds one family and one chunk
 * (for `.xlsx`, also the workbook's table of distinct texts).
 *
 * @example
 * ```ts
 * import { createHmacPseudonymizer, readFamilyFile } from '@kampung-kb/family/node';
 * const pseudonymize = createHmacPseudonymizer(await readFile('secret.txt'));
 * for await (const item of readFamilyFile('pk21-banjarmasin.csv', { pseudonymize })) {
 *   if (item.kind === 'summary') console.log(item.summary.families, item.summary.rejectedRows);
 * }
 * ```
 */
export async function* readFamilyFile(
  path: string,
  options: Omit<FamilyReadOptions, 'file'>,
): AsyncGenerator<FamilyReadItem, void, undefined> {
  const file = path;
  const format = FORMATS[extname(path).toLowerCase()];
  if (format === undefined) {
    const ext = shownText(extname(path) || '(none)');
    yield {
      kind: 'issue',
      issue: readIssue(
        'family-file-type',
        'error',
        { file },
        { extension: ext },
        {
          id: `Jenis berkas '${ext}' tidak dikenal; gunakan .csv, .xlsx, .json, .ndjson atau .jsonl`,
          en: `File type '${ext}' is not known; use .csv, .xlsx, .json, .ndjson or .jsonl`,
        },
      ),
    };
    yield { kind: 'summary', summary: { file, ...EMPTY } };
    return;
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
    if (!(await handle.stat()).isFile()) {
      await handle.close();
      throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    }
  } catch (e) {
    yield { kind: 'issue', issue: unreadable(file, e) };
    yield { kind: 'summary', summary: { file, ...EMPTY } };
    return;
  }
  const withFile = { ...options, file };
  try {
    if (format === 'csv')
      yield* parseFamilyCsv(
        handle.createReadStream({ autoClose: false, highWaterMark: CHUNK_BYTES }),
        withFile,
      );
    else if (format === 'json')
      yield* parseFamilyJson(
        handle.createReadStream({ autoClose: false, highWaterMark: CHUNK_BYTES }),
        withFile,
      );
    else yield* readXlsx(handle, withFile);
  } finally {
    await handle.close();
  }
}

async function* readXlsx(
  handle: Awaited<ReturnType<typeof open>>,
  options: FamilyReadOptions,
): AsyncGenerator<FamilyReadItem, void, undefined> {
  const { file } = options;
  const assembler = new FamilyAssembler(file, options.pseudonymize, options.lang);
  let out: FamilyReadItem[] = [];
  let headerSeen = false;
  const sheet = xlsxFirstSheetRows(handle);
  try {
    for await (const { row, cells } of sheet.rows) {
      if (!headerSeen) {
        headerSeen = true;
        assembler.header(
          cells.map((c) => (c === null || c === undefined ? '' : String(c))),
          row,
          out,
        );
      } else assembler.row(row, cells, out);
      if (out.length > 0) {
        yield* out;
        out = [];
      }
    }
  } catch (e) {
    out.push({ kind: 'issue', issue: unreadable(file, e) });
  }
  if (!sheet.complete() && out.length === 0) {
    out.push({
      kind: 'issue',
      issue: readIssue(
        'family-xlsx-incomplete',
        'error',
        { file },
        { rowsRead: assembler.rows },
        {
          id: `Lembar pertama tidak terbaca sampai akhir; hanya ${assembler.rows} baris data yang dibaca`,
          en: `The first sheet was not read to its end; only ${assembler.rows} data rows were read`,
        },
      ),
    });
  } else if (!headerSeen && sheet.complete()) {
    out.push({
      kind: 'issue',
      issue: readIssue(
        'family-file-empty',
        'error',
        { file },
        {},
        {
          id: 'Lembar pertama kosong: tidak ada baris judul',
          en: 'The first sheet is empty: no header row',
        },
      ),
    });
  }
  assembler.end(out);
  yield* out;
}

/**
 * Reads a DHS women's recode exported to CSV from disk, streaming (see `parseDhsWomenCsv`). A file that
 * cannot be opened, or that is not `.csv`, gives one issue and an empty summary.
 *
 * @example
 * ```ts
 * for await (const item of readDhsWomenFile('IDIR71FL.csv', { lang: 'en' })) {
 *   if (item.kind === 'woman') tallier.addWoman(item.woman);
 * }
 * ```
 */
export async function* readDhsWomenFile(
  path: string,
  options: Omit<DhsReadOptions, 'file'> = {},
): AsyncGenerator<DhsReadItem, void, undefined> {
  const file = path;
  const empty = { kind: 'summary' as const, summary: { file, rows: 0, women: 0, rejectedRows: 0 } };
  if (extname(path).toLowerCase() !== '.csv') {
    const ext = shownText(extname(path) || '(none)');
    yield {
      kind: 'issue',
      issue: readIssue(
        'dhs-file-type',
        'error',
        { file },
        { extension: ext },
        {
          id: `Jenis berkas '${ext}' tidak dibaca; ekspor recode DHS ke .csv (Stata: export delimited, nolabel)`,
          en: `File type '${ext}' is not read; export the DHS recode to .csv (Stata: export delimited, nolabel)`,
        },
      ),
    };
    yield empty;
    return;
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
    if (!(await handle.stat()).isFile()) {
      await handle.close();
      throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    }
  } catch (e) {
    yield { kind: 'issue', issue: unreadable(file, e) };
    yield empty;
    return;
  }
  try {
    yield* parseDhsWomenCsv(handle.createReadStream({ autoClose: false, highWaterMark: CHUNK_BYTES }), {
      ...options,
      file,
    });
  } finally {
    await handle.close();
  }
}
