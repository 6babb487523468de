import { resolve } from 'node:path';
import { type DataDirRead, readDataDir } from '@kampung-kb/kit';
import { type Dataset, emptyDataset, type Issue, type Lang, RECORD_TYPES, sourceOf } from '@kampung-kb/model';
import {
  type AccountingSummary,
  createRecordAccounting,
  EXCLUSION_REASONS,
  formatIssue,
} from '@kampung-kb/rules';
import type { CliIo } from '../cliIo.js';
import { messagesFor } from '../messages/messagesFor.js';
import { displayText } from './displayText.js';
import { startProgress } from './progress.js';

/**
 * Reader issues that mean the input could not be read or used at all (exit 2): an unreadable directory or
 * file, a syntax error, a directory that is not a data directory, an invalid programme definition.
 */
const UNREADABLE = new Set([
  'dir-unreadable',
  'dir-not-data',
  'file-unreadable',
  'json-invalid',
  'yaml-invalid',
  'csv-unclosed-quote',
  'programme-invalid',
  'programme-duplicate',
]);

/** Whether an issue means some input could not be read or used. */
export function isUnreadable(issue: Issue): boolean {
  return UNREADABLE.has(issue.code) || issue.code.endsWith('-too-deep') || issue.code.endsWith('-too-large');
}

/** A data directory as the commands use it. */
export interface LoadedData {
  /** Everything read, valid or not (what `validate` checks). */
  readonly read: DataDirRead;
  /** The records accepted for computation (schema-valid, first of duplicates, of a known kampung). */
  readonly accepted: Dataset;
  /** What happened to every record read. */
  readonly records: AccountingSummary;
}

/**
 * Reads a data directory and accounts for every record (the one place the CLI reads data, so that the
 * reader can be swapped for a streaming one here). Prints the problems that make the input unusable and
 * returns `undefined` after them: an unreadable directory or file, a syntax error, an invalid programme
 * definition, or a directory with neither a data file nor a programme definition.
 */
export async function loadData(dir: string, io: CliIo, lang: Lang): Promise<LoadedData | undefined> {
  const l = lang ?? 'id';
  const m = messagesFor(l);
  // Until the reader streams events, progress names the directory; per file once it does.
  const progress = startProgress(io, m.readingDir(dir));
  let read: DataDirRead;
  try {
    read = await readDataDir(resolve(io.cwd, dir));
  } finally {
    progress.stop();
  }
  const fatal = read.issues.filter(isUnreadable);
  const notData =
    !read.issues.some((i) => i.code === 'dir-not-data' || i.code === 'dir-unreadable') &&
    !read.files.some((f) => f.kind === 'records' || f.kind === 'programme');
  if (fatal.length > 0 || notData) {
    for (const i of fatal) io.err(displayText(formatIssue(i, l), l));
    if (notData) io.err(displayText(m.notDataDir(dir), l));
    else io.err(displayText(m.dataUnreadable(dir, fatal.length), l));
    return undefined;
  }
  const accounting = createRecordAccounting();
  const accepted = emptyDataset();
  const sources = new WeakMap<object, NonNullable<ReturnType<typeof sourceOf>>>();
  accepted.sources = sources;
  // Kampung records come before the records that refer to them (RECORD_TYPES order).
  for (const info of RECORD_TYPES) {
    const target = accepted[info.collection] as unknown[];
    for (const record of read.dataset[info.collection] as unknown[]) {
      const source = sourceOf(read.dataset, record as object);
      if (accounting.admit(info.type, record, source) !== undefined) continue;
      target.push(record);
      if (source) sources.set(record as object, source);
    }
  }
  return { read, accepted, records: withEveryFile(accounting.summary(), read) };
}

/** The summary with every data file the reader looked at, in its order (an empty file counts 0 of 0). */
function withEveryFile(summary: AccountingSummary, read: DataDirRead): AccountingSummary {
  const byFile = new Map(summary.files.map((f) => [`${f.recordType}\u0000${f.file}`, f]));
  const files: AccountingSummary['files'][number][] = [];
  for (const f of read.files) {
    if (f.kind !== 'records' || f.recordType === undefined) continue;
    const key = `${f.recordType}\u0000${f.file}`;
    files.push(
      byFile.get(key) ?? { file: f.file, recordType: f.recordType, read: 0, accepted: 0, excluded: {} },
    );
    byFile.delete(key);
  }
  // Records without a file of the reader (none when read from a directory) keep their entries.
  files.push(...byFile.values());
  return { ...summary, files };
}

/** Total number of excluded records of a summary. */
export function excludedCount(records: AccountingSummary): number {
  let n = 0;
  for (const r of EXCLUSION_REASONS) n += records.excluded[r] ?? 0;
  return n;
}

/**
 * Prints on standard error, in the language asked, how many records were left out of how many, per
 * reason and per file; nothing when none was.
 */
export function printExclusions(records: AccountingSummary, lang: Lang, io: CliIo): void {
  const total = excludedCount(records);
  if (total === 0) return;
  const m = messagesFor(lang);
  const reasons = (excluded: AccountingSummary['excluded'], conflicting: number) =>
    EXCLUSION_REASONS.filter((r) => (excluded[r] ?? 0) > 0)
      .map((r) => m.excludedReason(r, excluded[r] ?? 0, r === 'duplicate' ? conflicting : 0))
      .join(', ');
  io.err(
    displayText(
      `${m.excludedHeadline(total, records.read)} ${reasons(records.excluded, records.conflicting)}`,
      lang,
    ),
  );
  for (const f of records.files) {
    const n = f.read - f.accepted;
    if (n > 0) io.err(displayText(m.excludedFile(f.file, n, f.read, reasons(f.excluded, 0)), lang));
  }
  io.err(m.excludedHint);
}
