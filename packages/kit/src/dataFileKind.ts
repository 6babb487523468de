import { RECORD_TYPES, type RecordType } from '@kampung-kb/model';

/**
 * The format of a data file, from its extension.
 *
 * @example
 * ```ts
 * const format: DataFileFormat = 'csv';
 * ```
 */
export type DataFileFormat = 'csv' | 'json';

/**
 * What a file of a data directory holds, from its name; see {@link dataFileKind}.
 *
 * @example
 * ```ts
 * const k: DataFileKind = { kind: 'records', recordType: 'monthly', format: 'csv' };
 * ```
 */
export type DataFileKind =
  | { readonly kind: 'records'; readonly recordType: RecordType; readonly format: DataFileFormat }
  | { readonly kind: 'programme'; readonly format: 'json' | 'yaml' };

/**
 * The names a programme definition may have.
 *
 * @example
 * ```ts
 * PROGRAMME_FILE_NAMES.includes('programme.yaml'); // true
 * ```
 */
export const PROGRAMME_FILE_NAMES: readonly string[] = ['programme.json', 'programme.yaml', 'programme.yml'];

/**
 * What a file of a data directory holds, judged by its name (case-insensitively): records of the type
 * whose file stem (see `RECORD_TYPES`) starts the name and ending `.csv` or `.json`, the programme
 * definition (`programme.json`, `programme.yaml` or `programme.yml`), or `undefined` when the name matches
 * nothing. Pure and browser-safe.
 *
 * @example
 * ```ts
 * dataFileKind('monthly-2020.csv'); // { kind: 'records', recordType: 'monthly', format: 'csv' }
 * dataFileKind('programme.yaml');   // { kind: 'programme', format: 'yaml' }
 * dataFileKind('notes.txt');        // undefined
 * ```
 */
export function dataFileKind(fileName: string): DataFileKind | undefined {
  const name = fileName.toLowerCase();
  if (name === 'programme.json') return { kind: 'programme', format: 'json' };
  if (name === 'programme.yaml' || name === 'programme.yml') return { kind: 'programme', format: 'yaml' };
  const format: DataFileFormat | undefined = name.endsWith('.csv')
    ? 'csv'
    : name.endsWith('.json')
      ? 'json'
      : undefined;
  if (!format) return undefined;
  const info = RECORD_TYPES.find((r) => name.startsWith(r.fileStem));
  return info ? { kind: 'records', recordType: info.type, format } : undefined;
}
