import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { excelCellValue, parseCsv } from '@kampung-kb/kit/core';
import type { Issue } from '@kampung-kb/model';
import ExcelJS from 'exceljs';
import {
  type CandidateCell,
  type CandidatesFromRowsOptions,
  type CandidatesRead,
  type CandidateTableRow,
  candidatesFromRows,
} from './candidatesFromRows.js';

/**
 * Reads a site-candidates CSV text (comma or semicolon, as kit's `parseCsv` reads it). Pure.
 *
 * @example
 * ```ts
 * readCandidatesCsv('regionCode,Kumuh\n6371011005,ya\n', 'kandidat.csv').candidates.length; // 1
 * ```
 */
export function readCandidatesCsv(
  text: string,
  file: string,
  options: CandidatesFromRowsOptions = {},
): CandidatesRead {
  const table = parseCsv(text);
  const rows: CandidateTableRow[] = table.rows.map((r) => ({ row: r.line, cells: r.cells }));
  const read = candidatesFromRows(file, rows, options);
  if (table.unclosedQuoteLine === undefined) return read;
  const line = table.unclosedQuoteLine;
  const unclosed: Issue = {
    ruleId: 'csv-unclosed-quote',
    code: 'csv-unclosed-quote',
    severity: 'error',
    location: { file, line },
    values: { line },
    message: {
      id: `Tanda kutip di baris ${line} tidak ditutup; sisa berkas masuk ke satu sel`,
      en: `The quote on line ${line} is never closed; the rest of the file went into one cell`,
    },
  };
  return { ...read, issues: [...read.issues, unclosed] };
}

/** The sheet of candidates: the one named like the template's, else the first visible sheet that is not instructions. */
function candidateSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const sheets = wb.worksheets.filter((s) => s.state === 'visible' || s.state === undefined);
  return (
    sheets.find((s) => /^(kandidat|candidates)$/i.test(s.name)) ??
    sheets.find((s) => !/^(petunjuk|instructions)$/i.test(s.name))
  );
}

/**
 * Reads a site-candidates workbook (`.xlsx`, e.g. the one {@link writeCandidatesTemplate} writes): the
 * sheet `Kandidat`/`Candidates`, else the first visible sheet that is not the instructions. An unreadable
 * workbook gives the issue `candidates-unreadable` and no candidate.
 *
 * @example
 * ```ts
 * const r = await readCandidatesXlsx(await readFile('kandidat.xlsx'), 'kandidat.xlsx', { cityCode: '63.71' });
 * ```
 */
export async function readCandidatesXlsx(
  data: ArrayBuffer | Uint8Array,
  file: string,
  options: CandidatesFromRowsOptions = {},
): Promise<CandidatesRead> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for a Node Buffer; a Uint8Array view of the same bytes is what it reads.
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return unreadable(file, 'xlsx');
  }
  const sheet = candidateSheet(wb);
  if (sheet === undefined) return unreadable(file, 'sheet');
  const rows: CandidateTableRow[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: CandidateCell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c++)
      cells.push(excelCellValue(row.getCell(c).value));
    rows.push({ row: n, cells });
  });
  return candidatesFromRows(file, rows, { ...options, sheet: sheet.name });
}

function unreadable(file: string, why: 'xlsx' | 'sheet' | 'format' | 'fs', detail = ''): CandidatesRead {
  const text = {
    xlsx: {
      id: 'bukan buku kerja Excel (.xlsx) yang dapat dibaca',
      en: 'is not a readable Excel workbook (.xlsx)',
    },
    sheet: { id: 'tidak memiliki lembar kandidat', en: 'has no candidates sheet' },
    format: { id: 'harus berakhiran .csv atau .xlsx', en: 'must end in .csv or .xlsx' },
    fs: { id: `tidak dapat dibaca (${detail})`, en: `cannot be read (${detail})` },
  }[why];
  return {
    file,
    candidates: [],
    issues: [
      {
        ruleId: 'candidates-unreadable',
        code: 'candidates-unreadable',
        severity: 'error',
        location: { file },
        values: {},
        message: { id: `Berkas kandidat '${file}' ${text.id}`, en: `Candidates file '${file}' ${text.en}` },
      },
    ],
    read: 0,
    ignored: 0,
    rejected: 0,
  };
}

/**
 * Reads a site-candidates file by its extension: `.csv` (UTF-8) or `.xlsx`. A missing or unreadable file,
 * or another extension, gives the issue `candidates-unreadable` (check `issues` for it).
 *
 * @example
 * ```ts
 * const r = await readCandidatesFile('kandidat.xlsx', { cityCode: '63.71' });
 * for (const i of r.issues) console.log(i.location.line, i.location.field, i.message.id);
 * ```
 */
export async function readCandidatesFile(
  path: string,
  options: CandidatesFromRowsOptions & { readonly displayName?: string } = {},
): Promise<CandidatesRead> {
  const file = options.displayName ?? path;
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') return unreadable(file, 'format');
  let data: Uint8Array;
  try {
    data = await readFile(path);
  } catch (e) {
    return unreadable(file, 'fs', (e as NodeJS.ErrnoException).code ?? 'error');
  }
  if (ext === '.xlsx') return readCandidatesXlsx(data, file, options);
  return readCandidatesCsv(new TextDecoder('utf-8').decode(data), file, options);
}
