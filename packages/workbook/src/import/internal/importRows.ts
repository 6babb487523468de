import type { Issue, RecordType } from '@kampung-kb/model';
import type { ImportRejection } from '../importResult.js';
import type { DirectoryMerge } from './directoryMerge.js';
import { importIssue, shown } from './importIssues.js';
import type { ImportTally } from './importTally.js';
import { recordKey, shownKey } from './recordKey.js';
import type { RowOutcome, SheetReader } from './sheetReader.js';

/** The counts of one sheet (or file) being read. */
export type SheetCounts = ImportTally['sheets'][number];

/**
 * Where every row read goes: counted in the tally, its rejections kept, an accepted record put into the
 * directory merge unless an earlier row of the file had the same key (then it is rejected).
 */
export class ImportRows {
  readonly rejections: ImportRejection[] = [];
  readonly warnings: Issue[] = [];
  private readonly seenKeys = new Map<RecordType, Map<string, { sheet: string; row: number }>>();

  constructor(
    readonly tally: ImportTally,
    private readonly merge: DirectoryMerge,
    readonly fileName: string,
    readonly isXlsx: boolean,
  ) {}

  /** Counts the outcome of row `row` of `sheet` and keeps what it gives. */
  settle(sheet: SheetCounts, reader: SheetReader, row: number, outcome: RowOutcome): void {
    if (outcome.kind === 'blank') {
      this.tally.count(sheet, 'ignored');
      return;
    }
    if (outcome.kind === 'rejected') {
      this.rejections.push(...outcome.rejections);
      this.tally.count(sheet, 'rejected');
      return;
    }
    const type = reader.type;
    const key = recordKey(type, outcome.record) as string;
    const seen = this.seenKeys.get(type) ?? new Map<string, { sheet: string; row: number }>();
    this.seenKeys.set(type, seen);
    const earlier = seen.get(key);
    if (earlier) {
      this.rejections.push(this.duplicate(sheet, type, row, key, earlier));
      this.tally.count(sheet, 'rejected');
      return;
    }
    seen.set(key, { sheet: sheet.sheet, row });
    this.tally.count(sheet, this.merge.put(type, key, outcome.record));
  }

  /** The rejection of a row repeating the key of an earlier row of the file. */
  private duplicate(
    sheet: SheetCounts,
    type: RecordType,
    row: number,
    key: string,
    earlier: { sheet: string; row: number },
  ): ImportRejection {
    const k = shown(shownKey(key));
    const place = this.isXlsx ? `'${sheet.sheet}'` : `'${shown(this.fileName)}'`;
    const first = earlier.sheet === sheet.sheet ? '' : ` '${earlier.sheet}'`;
    return {
      ...(this.isXlsx ? { sheet: sheet.sheet } : {}),
      row,
      value: k,
      issue: importIssue(
        'import-duplicate-key',
        'error',
        { recordType: type, file: shown(this.fileName, 200), line: row },
        { key: k, firstRow: earlier.row },
        {
          id: `${place} baris ${row}: kunci '${k}' sudah ada di baris ${earlier.row}${first} berkas ini; baris ini tidak diimpor`,
          en: `${place} row ${row}: key '${k}' already came on row ${earlier.row}${first} of this file; this row is not imported`,
        },
      ),
    };
  }
}
