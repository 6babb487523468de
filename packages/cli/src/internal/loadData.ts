import { resolve } from 'node:path';
import {
  type DataDirEvent,
  type DataDirFile,
  type DataDirRead,
  type Programme,
  readDataDir,
} from '@kampung-kb/kit';
import type { Dataset, Issue, Lang, MonthlyReport, RecordType, SourceRef } from '@kampung-kb/model';
import {
  type AccountingSummary,
  createRecordAccounting,
  EXCLUSION_REASONS,
  formatIssue,
} from '@kampung-kb/rules';
import type { CliIo } from '../cliIo.js';
import { messagesFor } from '../messages/messagesFor.js';
import { displayText } from './displayText.js';
import { type MonthlySelection, MonthlyWindow } from './monthlyWindow.js';
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
  /** The programme definition (valid; an invalid one stops the command). */
  readonly programme: Programme | undefined;
  /** The reader's issues, files sorted by name as {@link readDataDir} lists them. */
  readonly issues: Issue[];
  /** The files looked at. */
  readonly files: DataDirFile[];
  /**
   * The records accepted for computation (schema-valid, first of duplicates, of a known kampung); of the
   * monthly reports only those `options.monthly` selects.
   */
  readonly accepted: Dataset;
  /** What happened to every record read. */
  readonly records: AccountingSummary;
}

/** Takes every record read, valid or not, in stream order (e.g. a streaming validator's `add`). */
export type RecordConsumer = (type: RecordType, record: Record<string, unknown>, source: SourceRef) => void;

/** How {@link loadData} reads. */
export interface LoadOptions {
  /** Which accepted monthly reports to keep (all by default). */
  readonly monthly?: MonthlySelection;
  /**
   * Called once, before the first record, with the programme definition; the consumer it returns is fed
   * every record read (valid or not), so a command can validate while the data stream by.
   */
  readonly consumer?: (programme: Programme | undefined) => RecordConsumer | undefined;
}

/**
 * Reads a data directory as a stream (the one place the CLI reads data) and accounts for every record:
 * each is admitted to the record accounting and kept only when accepted and wanted, so memory grows with
 * the kampung and the months asked for, not with the size of the files. Prints the problems that make the
 * input unusable and returns `undefined` after them: an unreadable directory or file, a syntax error, an
 * invalid programme definition, or a directory with neither a data file nor a programme definition.
 */
export async function loadData(
  dir: string,
  io: CliIo,
  lang: Lang,
  options: LoadOptions = {},
): Promise<LoadedData | undefined> {
  const l = lang ?? 'id';
  const m = messagesFor(l);
  const progress = startProgress(io, m.readingDir(dir));
  const selection = options.monthly ?? { kind: 'all' };
  const window = selection.kind === 'window' ? new MonthlyWindow(selection) : undefined;
  const accounting = createRecordAccounting();
  let programme: Programme | undefined;
  let consumer: RecordConsumer | undefined;
  let started = false;
  const onEvent = (e: DataDirEvent): boolean | undefined => {
    switch (e.kind) {
      case 'programme':
        programme = e.programme;
        return undefined;
      case 'progress':
        progress.update(m.reading(e.file, e.bytesRead, e.bytesTotal));
        return undefined;
      case 'issue':
        // An array item that is not an object is read and left out like any invalid record.
        if (e.issue.code === 'json-record-invalid' && e.issue.location.recordType !== undefined) {
          const { file, index } = e.issue.location;
          accounting.admit(e.issue.location.recordType, null, { file: file ?? '', index: index ?? 0 });
        }
        return undefined;
      case 'record': {
        if (!started) {
          started = true;
          consumer = options.consumer?.(programme);
        }
        consumer?.(e.recordType, e.record, e.source);
        if (accounting.admit(e.recordType, e.record, e.source) !== undefined) return false;
        // What is kept, the reader keeps with its source (in `dataset.sources`): nothing is held twice.
        if (e.recordType !== 'monthly' || selection.kind === 'all') return true;
        window?.offer(e.record, e.source);
        return false;
      }
      default:
        return undefined;
    }
  };
  let read: DataDirRead;
  try {
    read = await readDataDir(resolve(io.cwd, dir), { onEvent });
  } finally {
    progress.stop();
  }
  if (!started) consumer = options.consumer?.(programme);
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
  const accepted = read.dataset;
  const sources = accepted.sources ?? new WeakMap<object, SourceRef>();
  accepted.sources = sources;
  for (const { record, source } of window?.records() ?? []) {
    accepted.monthly.push(record as unknown as MonthlyReport);
    if (source) sources.set(record, source);
  }
  return {
    programme: read.programme,
    issues: read.issues,
    files: read.files,
    accepted,
    records: withEveryFile(accounting.summary(), read),
  };
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
