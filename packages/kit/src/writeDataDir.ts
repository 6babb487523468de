import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Dataset, type Issue, RECORD_TYPES } from '@kampung-kb/model';
import { fsProblem } from './internal/fsProblem.js';
import { makeIssue, shown } from './internal/issues.js';
import type { CsvDelimiter } from './parseCsv.js';
import type { ProgrammeInput } from './programmeDefinition.js';
import { recordsToCsv } from './recordsToCsv.js';
import { recordsToJson } from './recordsToJson.js';

/**
 * Options of {@link writeDataDir}.
 *
 * @example
 * ```ts
 * await writeDataDir('out', dataset, { format: 'csv', delimiter: ';', includeEmpty: true });
 * ```
 */
export interface WriteDataDirOptions {
  readonly format: 'csv' | 'json';
  /** CSV delimiter, `,` by default. */
  readonly delimiter?: CsvDelimiter;
  /** Also write a file (an empty array, or a header-only CSV template) for record types with no records. */
  readonly includeEmpty?: boolean;
  /** A programme definition to write as `programme.json`. */
  readonly programme?: ProgrammeInput;
}

/**
 * Result of {@link writeDataDir}.
 *
 * @example
 * ```ts
 * const { files, issues }: DataDirWritten = await writeDataDir('out', dataset, { format: 'json' });
 * ```
 */
export interface DataDirWritten {
  /** Names of the files written, relative to the directory. */
  readonly files: string[];
  readonly issues: Issue[];
}

/**
 * Writes a data set into a directory (Node only, created if missing): one file per record type,
 * `<stem>.csv` or `<stem>.json` (`regions`, `kampung`, `profiles`, `population`, `monthly`,
 * `interventions`), skipping empty types unless `includeEmpty`, and `programme.json` when a programme is
 * given. Existing files of those names are replaced; other files are left alone, so write into an empty
 * directory to read back exactly what was written. A file that cannot be written gives an issue
 * `file-unwritable` (or `dir-unwritable`) instead of throwing.
 *
 * @example
 * ```ts
 * const { files } = await writeDataDir('out/data', dataset, { format: 'csv' });
 * files; // ['regions.csv', 'kampung.csv', 'profiles.csv', 'population.csv', 'monthly.csv', 'interventions.csv']
 * ```
 */
export async function writeDataDir(
  dir: string,
  dataset: Dataset,
  options: WriteDataDirOptions,
): Promise<DataDirWritten> {
  const files: string[] = [];
  const issues: Issue[] = [];
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const p = fsProblem(e);
    const d = shown(dir, 200);
    issues.push(
      makeIssue(
        'dir-unwritable',
        'error',
        { file: d },
        { errorCode: p.code },
        {
          id: `Direktori '${d}' tidak dapat dibuat: ${p.label.id}`,
          en: `Directory '${d}' cannot be created: ${p.label.en}`,
        },
      ),
    );
    return { files, issues };
  }

  const outputs: Array<{ file: string; content: string }> = [];
  if (options.programme) {
    outputs.push({ file: 'programme.json', content: `${JSON.stringify(options.programme, null, 2)}\n` });
  }
  for (const info of RECORD_TYPES) {
    const records = dataset[info.collection] as readonly object[];
    if (records.length === 0 && !options.includeEmpty) continue;
    const file = `${info.fileStem}.${options.format}`;
    const content =
      options.format === 'csv'
        ? recordsToCsv(info.type, records, options.delimiter ? { delimiter: options.delimiter } : {})
        : recordsToJson(records);
    outputs.push({ file, content });
  }
  for (const { file, content } of outputs) {
    try {
      await writeFile(join(dir, file), content, 'utf8');
      files.push(file);
    } catch (e) {
      const p = fsProblem(e);
      issues.push(
        makeIssue(
          'file-unwritable',
          'error',
          { file },
          { errorCode: p.code },
          {
            id: `Berkas '${file}' tidak dapat ditulis: ${p.label.id}`,
            en: `File '${file}' cannot be written: ${p.label.en}`,
          },
        ),
      );
    }
  }
  return { files, issues };
}
