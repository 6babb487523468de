import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Dataset, emptyDataset, type Issue, RECORD_TYPES, type RecordType } from '@kampung-kb/model';
import { dataFileKind } from './dataFileKind.js';
import { decodeUtf8 } from './internal/decodeUtf8.js';
import { fsProblem } from './internal/fsProblem.js';
import { makeIssue, shown } from './internal/issues.js';
import { parseProgramme } from './parseProgramme.js';
import type { Programme } from './programmeDefinition.js';
import { recordsFromCsv } from './recordsFromCsv.js';
import { recordsFromJson } from './recordsFromJson.js';

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

async function isRegularFile(dir: string, entry: Dirent): Promise<boolean | undefined> {
  if (entry.isFile()) return true;
  if (entry.isDirectory()) return false;
  if (entry.isSymbolicLink()) {
    try {
      const s = await stat(join(dir, entry.name));
      return s.isFile() ? true : s.isDirectory() ? false : undefined;
    } catch {
      // A broken link: try to read it, so that the failure is reported as such.
      return true;
    }
  }
  return undefined;
}

/**
 * Reads a data directory (Node only): every `*.csv` and `*.json` file whose name starts with a record
 * type's file stem (`regions`, `kampung`, `profiles`, `population`, `monthly`, `interventions`, e.g.
 * `monthly-2020.csv`), and an optional `programme.json` / `programme.yaml`. Files are read in sorted
 * order; subdirectories and hidden files (`.gitkeep`) are not read; any other file is reported
 * (`file-unrecognised`, warning). Every record read is in the data set, even an invalid one (validation
 * is the rules package's job), and `dataset.sources` maps it to `{ file, line }` (CSV) or
 * `{ file, index }` (JSON), the file named relative to the directory. Problems come back as issues
 * (`dir-unreadable`, `file-unreadable`, `file-encoding`, `json-invalid`, `csv-*`, `cell-invalid`,
 * `programme-*`); the function never throws for bad input.
 *
 * @example
 * ```ts
 * const { dataset, programme, issues, files } = await readDataDir('examples/banjarmasin/data');
 * files.map((f) => f.file);             // ['kampung.csv', 'monthly-2020.csv', 'programme.yaml', …]
 * sourceOf(dataset, dataset.monthly[0]!); // { file: 'monthly-2020.csv', line: 2 }
 * issues.filter((i) => i.severity === 'error').length; // 0 when every file could be read
 * ```
 */
export async function readDataDir(dir: string): Promise<DataDirRead> {
  const dataset = emptyDataset();
  const sources = dataset.sources ?? new WeakMap();
  dataset.sources = sources;
  const issues: Issue[] = [];
  const files: DataDirFile[] = [];
  let programme: Programme | undefined;
  let programmeFile: string | undefined;

  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    const p = fsProblem(e);
    const shownDir = shown(dir, 200);
    issues.push(
      makeIssue(
        'dir-unreadable',
        'error',
        { file: shownDir },
        { errorCode: p.code },
        {
          id: `Direktori data '${shownDir}' tidak dapat dibaca: ${p.label.id}`,
          en: `Data directory '${shownDir}' cannot be read: ${p.label.en}`,
        },
      ),
    );
    return { dataset, programme, issues, files };
  }

  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const file = entry.name;
    // Hidden files and documentation (README.md and other Markdown notes) are not data.
    if (file.startsWith('.') || file.toLowerCase().endsWith('.md')) continue;
    const regular = await isRegularFile(dir, entry);
    if (regular === false) continue;
    const kind = regular ? dataFileKind(file) : undefined;
    if (!kind) {
      const f = shown(file, 120);
      const stems = RECORD_TYPES.map((r) => r.fileStem).join(', ');
      issues.push(
        makeIssue(
          'file-unrecognised',
          'warning',
          { file: f },
          {},
          {
            id: `Berkas '${f}' tidak dikenali dan tidak dibaca: nama berkas data diawali ${stems} dan berakhiran .csv atau .json; definisi program bernama programme.json atau programme.yaml`,
            en: `File '${f}' is not recognised and was not read: data file names start with ${stems} and end .csv or .json; the programme definition is programme.json or programme.yaml`,
          },
        ),
      );
      files.push({ file: f, kind: 'unrecognised', recordType: undefined, records: 0 });
      continue;
    }

    const recordType = kind.kind === 'records' ? kind.recordType : undefined;
    let text: string;
    try {
      const decoded = decodeUtf8(await readFile(join(dir, file)));
      text = decoded.text;
      if (!decoded.valid) {
        issues.push(
          makeIssue(
            'file-encoding',
            'warning',
            recordType ? { recordType, file } : { file },
            {},
            {
              id: `'${file}' bukan UTF-8; huruf yang tak terbaca diganti '\uFFFD'. Simpan ulang sebagai CSV UTF-8`,
              en: `'${file}' is not UTF-8; unreadable characters became '\uFFFD'. Save it again as CSV UTF-8`,
            },
          ),
        );
      }
    } catch (e) {
      const p = fsProblem(e);
      issues.push(
        makeIssue(
          'file-unreadable',
          'error',
          recordType ? { recordType, file } : { file },
          { errorCode: p.code },
          {
            id: `Berkas '${file}' tidak dapat dibaca: ${p.label.id}`,
            en: `File '${file}' cannot be read: ${p.label.en}`,
          },
        ),
      );
      files.push({ file, kind: kind.kind, recordType, records: 0 });
      continue;
    }

    if (kind.kind === 'programme') {
      files.push({ file, kind: 'programme', recordType: undefined, records: 0 });
      if (programmeFile !== undefined) {
        issues.push(
          makeIssue(
            'programme-duplicate',
            'error',
            { file },
            {},
            {
              id: `Definisi program ganda: '${file}' tidak dibaca karena '${programmeFile}' sudah ada`,
              en: `Two programme definitions: '${file}' was not read because '${programmeFile}' is already there`,
            },
          ),
        );
        continue;
      }
      programmeFile = file;
      const parsed = parseProgramme(text, file, kind.format);
      if (parsed.ok) programme = parsed.programme;
      else issues.push(...parsed.issues);
      continue;
    }

    const info = RECORD_TYPES.find((r) => r.type === kind.recordType);
    const read =
      kind.format === 'csv'
        ? recordsFromCsv(kind.recordType, text, file)
        : recordsFromJson(kind.recordType, text, file);
    const target = info ? (dataset[info.collection] as object[]) : [];
    read.records.forEach((record, i) => {
      target.push(record);
      const source = read.sources[i];
      if (source) sources.set(record, source);
    });
    for (const issue of read.issues) issues.push(issue);
    files.push({ file, kind: 'records', recordType: kind.recordType, records: read.records.length });
  }
  return { dataset, programme, issues, files };
}
