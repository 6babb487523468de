import { type CsvRowBatch, csvRowStream } from '@kampung-kb/kit/core';
import type { Issue } from '@kampung-kb/model';
import { FamilyAssembler } from '../internal/familyAssembler.js';
import { readIssue } from '../internal/readIssue.js';
import type { FamilyReadItem, FamilyReadOptions } from './familyReadItem.js';

/**
 * Reads a family register in CSV, one row per member, streaming: chunks of text or UTF-8 bytes in, one
 * family out at a time (memory holds one family and one chunk, never the file). The layout (see
 * docs/family-data.md): a header of the model's dotted paths (`kk`, `kampungId`, `villageCode`, `month`,
 * `development.*`, `housing.*`, then `nik`, `line`, `sex`, `birthMonth`, `maritalStatus`, `relation`, …,
 * `fertility.*`), Indonesian aliases welcome (`no_kk`, `jenis_kelamin`, `tanggal_lahir` …); the rows of a
 * family are contiguous and share its KK number (blank after the first row is the same family); family
 * columns may be repeated (a different value is an issue) or left blank after the family's first row.
 * Cells take the code, the Indonesian or English label or the form's answer number; yes/no as
 * `ya/tidak`, `yes/no`, `1/0`, `true/false`; months as `YYYY-MM`, `YYYYMM` or a full date (cut to the
 * month); empty = absent.
 *
 * Every KK and NIK is replaced by `options.pseudonymize` at once; no item ever holds the number. Every
 * data row ends in an accepted family or is rejected with an issue naming file, row and column (a family
 * with any error is rejected whole, with a closing issue giving its rows). Pure and browser-safe; never
 * throws on bad input. The summary comes last, exactly once.
 *
 * @example
 * ```ts
 * const csv = 'kk,kampungId,month,nik,line,sex,birthMonth,maritalStatus,relation\n' +
 *   '6371040101010001,sungai-andai,2021-04,6371044101900001,1,laki-laki,1988-02,kawin,kepala keluarga\n';
 * for await (const item of parseFamilyCsv([csv], { file: 'pk21.csv', pseudonymize })) {
 *   if (item.kind === 'family') console.log(item.family.id); // 'kk_…'
 * }
 * ```
 */
export async function* parseFamilyCsv(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string>,
  options: FamilyReadOptions,
): AsyncGenerator<FamilyReadItem, void, undefined> {
  const { file } = options;
  const assembler = new FamilyAssembler(file, options.pseudonymize, options.lang);
  let out: FamilyReadItem[] = [];
  let headerSeen = false;
  for await (const batch of csvRowStream(chunks)) {
    for (const row of batch.rows) {
      if (!headerSeen) {
        headerSeen = true;
        assembler.header(row.cells, row.line, out);
      } else assembler.row(row.line, row.cells, out);
    }
    for (const line of batch.truncatedLines) out.push({ kind: 'issue', issue: rowTooLong(file, line) });
    if (batch.end) {
      for (const issue of endIssues(file, batch.end, headerSeen)) out.push({ kind: 'issue', issue });
      assembler.end(out);
    }
    if (out.length > 0) {
      yield* out;
      out = [];
    }
  }
}

function rowTooLong(file: string, line: number): Issue {
  return readIssue(
    'family-row-too-long',
    'error',
    { file, line },
    {},
    {
      id: `Baris ${line} terlalu panjang; sisanya tidak dibaca (tanda kutip tidak ditutup?)`,
      en: `Row ${line} is too long; its rest was not read (an unclosed quote?)`,
    },
  );
}

/** The issues of the end of the file: a quote never closed, not UTF-8, no header at all. */
function endIssues(file: string, end: NonNullable<CsvRowBatch['end']>, headerSeen: boolean): Issue[] {
  const issues: Issue[] = [];
  if (end.unclosedQuoteLine !== undefined) {
    const line = end.unclosedQuoteLine;
    issues.push(
      readIssue(
        'family-unclosed-quote',
        'error',
        { file, line },
        {},
        {
          id: `Tanda kutip yang dibuka pada baris ${line} tidak pernah ditutup; sisa berkas masuk ke satu sel`,
          en: `A quote opened on row ${line} is never closed; the rest of the file went into one cell`,
        },
      ),
    );
  }
  if (!end.validUtf8) {
    issues.push(
      readIssue(
        'family-not-utf8',
        'warning',
        { file },
        {},
        {
          id: 'Berkas bukan UTF-8 (mungkin ekspor Windows-1252); huruf yang tidak terbaca menjadi �',
          en: 'The file is not UTF-8 (perhaps a Windows-1252 export); unreadable characters became �',
        },
      ),
    );
  }
  if (!headerSeen) {
    issues.push(
      readIssue(
        'family-file-empty',
        'error',
        { file },
        {},
        { id: 'Berkas kosong: tidak ada baris judul', en: 'The file is empty: no header row' },
      ),
    );
  }
  return issues;
}
