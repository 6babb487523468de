import type { Issue, SourceRef } from '@kampung-kb/model';

/**
 * Records read from one file, not yet validated (that is the rules package's job): every record read is
 * here, even an invalid one, with where it came from (`sources[i]` belongs to `records[i]`) and the issues
 * met while reading.
 *
 * @example
 * ```ts
 * const read: RecordsRead = recordsFromJson('region', '[{"code":"63.71","name":"Kota Banjarmasin"}]', 'regions.json');
 * read.records[0]; // { code: '63.71', name: 'Kota Banjarmasin' }
 * read.sources[0]; // { file: 'regions.json', index: 0 }
 * ```
 */
export interface RecordsRead {
  readonly records: Array<Record<string, unknown>>;
  readonly sources: SourceRef[];
  readonly issues: Issue[];
}
