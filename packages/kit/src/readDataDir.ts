import { type Dataset, emptyDataset, type Issue, RECORD_TYPES, type RecordType } from '@kampung-kb/model';
import { dataFileKind } from './dataFileKind.js';
import type { Programme } from './programmeDefinition.js';
import {
  type DataDirEvent,
  type StreamDataDirOptions,
  streamDataDir,
  streamDataDirBatches,
} from './streamDataDir.js';

/**
 * One file of a data directory and what was read from it.
 *
 * @example
 * ```ts
 * const f: DataDirFile = { file: 'monthly-2020.csv', kind: 'records', recordType: 'monthly', records: 12 };
 * ```
 */
export interface DataDirFile {
  /** File name, relative to the data directory. */
  readonly file: string;
  /** `records` for a data file, `programme` for the programme definition, `unrecognised` otherwise. */
  readonly kind: 'records' | 'programme' | 'unrecognised';
  readonly recordType: RecordType | undefined;
  /** Number of records read (0 for other files or when the file could not be read). */
  readonly records: number;
}

/**
 * Result of {@link readDataDir}.
 *
 * @example
 * ```ts
 * const { dataset, programme, issues, files }: DataDirRead = await readDataDir('data');
 * ```
 */
export interface DataDirRead {
  /** Every record read, valid or not, with `sources` mapping each record to its file and line or index. */
  readonly dataset: Dataset;
  /** The programme definition, when the directory has a valid one. */
  readonly programme: Programme | undefined;
  readonly issues: Issue[];
  /** The files looked at, in the order read. */
  readonly files: DataDirFile[];
}

/**
 * Options of {@link readDataDir}: those of {@link streamDataDir}, and a hook that sees every event first.
 *
 * @example
 * ```ts
 * // Keep every record but the monthly reports, which are counted as they stream by.
 * let reports = 0;
 * const options: ReadDataDirOptions = {
 *   onEvent: (e) => (e.kind === 'record' && e.recordType === 'monthly' ? (reports++, false) : undefined),
 * };
 * const { dataset } = await readDataDir('examples/banjarmasin/data', options);
 * dataset.monthly.length; // 0
 * ```
 */
export interface ReadDataDirOptions extends StreamDataDirOptions {
  /**
   * Called with every event of the stream before it is collected. Returning `false` for a `record` event
   * leaves that record out of `dataset` (it is still counted in `files[].records`), so a caller that keeps
   * only some records (or none, feeding a streaming validator instead) holds memory for those only.
   */
  readonly onEvent?: (event: DataDirEvent) => boolean | undefined;
}

/** Issues about a file as a whole, met only while or after reading it, listed before its other issues. */
const FILE_LEVEL_FIRST: Readonly<Record<string, number>> = { 'file-encoding': 0, 'csv-unclosed-quote': 1 };

function fileLevelRank(issue: Issue): number {
  return FILE_LEVEL_FIRST[issue.code] ?? 2;
}

/**
 * Reads a data directory (Node only): every `*.csv` and `*.json` file whose name starts with a record
 * type's file stem (`regions`, `kampung`, `profiles`, `population`, `monthly`, `interventions`, e.g.
 * `monthly-2020.csv`), and an optional `programme.json` / `programme.yaml`. It collects
 * {@link streamDataDir} (one code path), so it holds every record in memory: for big directories use the
 * stream. Files and their issues are listed sorted by file name; records of a type keep the order of
 * their files and rows; subdirectories and hidden files (`.gitkeep`) are not read; any other file is
 * reported (`file-unrecognised`, warning). Every record read is in the data set, even an invalid one
 * (validation is the rules package's job), and `dataset.sources` maps it to `{ file, line }` (CSV) or
 * `{ file, index }` (JSON), the file named relative to the directory. `options.onEvent` sees every event
 * first and can leave records out of the data set, to hold only what the caller needs. Problems come back as issues
 * (`dir-unreadable`, `dir-not-data` first, then each file's: `file-unreadable`, `file-too-large`,
 * `file-encoding`, `json-invalid`, `json-too-deep`, `csv-*`, `cell-invalid`, `programme-*`); the function
 * never throws for bad input.
 *
 * @example
 * ```ts
 * const { dataset, programme, issues, files } = await readDataDir('examples/banjarmasin/data');
 * files.map((f) => f.file);             // ['kampung.csv', 'monthly-2020.csv', 'programme.yaml', …]
 * sourceOf(dataset, dataset.monthly[0]!); // { file: 'monthly-2020.csv', line: 2 }
 * issues.filter((i) => i.severity === 'error').length; // 0 when every file could be read
 * ```
 */
export async function readDataDir(dir: string, options: ReadDataDirOptions = {}): Promise<DataDirRead> {
  const onEvent = options.onEvent;
  const dataset = emptyDataset();
  const sources = dataset.sources ?? new WeakMap();
  dataset.sources = sources;
  const collections = new Map(
    RECORD_TYPES.map((r) => [r.type, dataset[r.collection] as object[] | undefined]),
  );
  const before: Issue[] = [];
  const read: Array<{ file: DataDirFile; issues: Issue[] }> = [];
  let current: Issue[] | undefined;
  let programme: Programme | undefined;

  // In batches: one async step per 64 KiB piece, not per record.
  for await (const batch of streamDataDirBatches(dir, options)) {
    for (const event of batch) {
      const keep = onEvent?.(event);
      switch (event.kind) {
        case 'file-start':
          current = [];
          break;
        case 'record': {
          if (keep === false) break;
          let records = collections.get(event.recordType);
          if (records === undefined) {
            // The optional collections (family tallies) are there only when a file has some.
            records = dataset.familyTallies = [];
            collections.set(event.recordType, records);
          }
          records.push(event.record);
          sources.set(event.record, event.source);
          break;
        }
        case 'issue':
          (current ?? before).push(event.issue);
          break;
        case 'programme':
          programme = event.programme;
          break;
        case 'file-end': {
          const kind = dataFileKind(event.file)?.kind ?? 'unrecognised';
          const file: DataDirFile = {
            file: event.file,
            kind,
            recordType: event.recordType,
            records: event.records,
          };
          const issues = (current ?? []).map((issue, i) => ({ issue, i }));
          issues.sort((a, b) => fileLevelRank(a.issue) - fileLevelRank(b.issue) || a.i - b.i);
          read.push({ file, issues: issues.map((x) => x.issue) });
          current = undefined;
          break;
        }
        case 'progress':
          break;
      }
    }
  }
  // The stream reads the programme first and monthly files last; the result lists files by name.
  read.sort((a, b) => (a.file.file < b.file.file ? -1 : a.file.file > b.file.file ? 1 : 0));
  const issues = [...before, ...read.flatMap((r) => r.issues)];
  return { dataset, programme, issues, files: read.map((r) => r.file) };
}
