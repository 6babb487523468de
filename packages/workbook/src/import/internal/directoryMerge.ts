import type { DataDirRead } from '@kampung-kb/kit';
import { type Dataset, type Issue, type RecordType, recordTypeInfo } from '@kampung-kb/model';
import { recordKey } from './recordKey.js';

/** Reading issues that mean a file did not read back whole: rewriting it would lose what was not read. */
const LOSSY = new Set([
  'file-unreadable',
  'file-too-large',
  'file-encoding',
  'json-invalid',
  'json-too-deep',
  'json-shape',
  'json-record-invalid',
  'csv-unclosed-quote',
  'csv-row-too-long',
  'csv-unknown-column',
  'csv-duplicate-column',
  'csv-row-length',
]);

/**
 * The records of a data directory by key, and the merge of accepted rows into them: a row whose key the
 * directory has replaces that record in place (it stays in its file); a new one goes to the type's main
 * file (`<stem>.csv` / `<stem>.json`, else the type's last file, else a new `<stem>.csv`).
 */
export class DirectoryMerge {
  private readonly index = new Map<RecordType, Map<string, number>>();
  /** Files of the directory the merge changed. */
  readonly affected = new Set<string>();

  constructor(private readonly read: DataDirRead) {}

  private keys(type: RecordType): Map<string, number> {
    let keys = this.index.get(type);
    if (!keys) {
      keys = new Map();
      const records = this.collection(type);
      records.forEach((r, i) => {
        const key = recordKey(type, r as Record<string, unknown>);
        if (key !== undefined && !keys?.has(key)) keys?.set(key, i);
      });
      this.index.set(type, keys);
    }
    return keys;
  }

  private collection(type: RecordType): object[] {
    return this.read.dataset[recordTypeInfo(type).collection] as object[];
  }

  /** Whether the directory has a record with this key. */
  has(type: RecordType, key: string): boolean {
    return this.keys(type).has(key);
  }

  /** Puts an accepted record into the data set: `updated` when it replaced one, else `imported`. */
  put(type: RecordType, key: string, record: object): 'imported' | 'updated' {
    const keys = this.keys(type);
    const records = this.collection(type);
    const sources = this.read.dataset.sources ?? new WeakMap();
    this.read.dataset.sources = sources;
    const at = keys.get(key);
    if (at !== undefined) {
      const old = records[at] as object;
      const file = sources.get(old)?.file ?? this.homeFile(type);
      records[at] = record;
      sources.set(record, { file });
      this.affected.add(file);
      return 'updated';
    }
    const file = this.homeFile(type);
    keys.set(key, records.length);
    records.push(record);
    sources.set(record, { file });
    this.affected.add(file);
    return 'imported';
  }

  private readonly homes = new Map<RecordType, string>();

  /** The file new records of a type go to. */
  homeFile(type: RecordType): string {
    let home = this.homes.get(type);
    if (home === undefined) {
      const stem = recordTypeInfo(type).fileStem;
      const files = this.read.files
        .filter((f) => f.kind === 'records' && f.recordType === type)
        .map((f) => f.file);
      home =
        files.find((f) => f.toLowerCase() === `${stem}.csv`) ??
        files.find((f) => f.toLowerCase() === `${stem}.json`) ??
        files[files.length - 1] ??
        `${stem}.${this.usualFormat()}`;
      this.homes.set(type, home);
    }
    return home;
  }

  /** The format most record files of the directory have (CSV when none). */
  private usualFormat(): 'csv' | 'json' {
    const records = this.read.files.filter((f) => f.kind === 'records');
    const json = records.filter((f) => f.file.toLowerCase().endsWith('.json')).length;
    return json > records.length - json ? 'json' : 'csv';
  }

  /** The first reading issue of an affected file that rewriting it would make worse, if any. */
  lossyFile(): Issue | undefined {
    return this.read.issues.find(
      (i) => LOSSY.has(i.code) && i.location.file !== undefined && this.affected.has(i.location.file),
    );
  }

  /** The merged data set. */
  get dataset(): Dataset {
    return this.read.dataset;
  }
}
