import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { type Dataset, type Issue, RECORD_TYPES, type RecordType } from '@kampung-kb/model';
import { dataFileKind } from './dataFileKind.js';
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
 * // Write back only the files an import changed, each record to the file it was read from.
 * await writeDataDir('data', merged, { format: 'csv', toSourceFiles: true, only: ['monthly.csv'] });
 * ```
 */
export interface WriteDataDirOptions {
  readonly format: 'csv' | 'json';
  /** CSV delimiter, `,` by default (a file rewritten with `toSourceFiles` keeps its own). */
  readonly delimiter?: CsvDelimiter;
  /** Also write a file (an empty array, or a header-only CSV template) for record types with no records. */
  readonly includeEmpty?: boolean;
  /** A programme definition to write as `programme.json`. */
  readonly programme?: ProgrammeInput;
  /**
   * Write each record to the file `dataset.sources` names for it (CSV or JSON by that file's extension,
   * an existing CSV file keeping its delimiter); records without a source go to `<stem>.<format>`. Without
   * it every record of a type goes to `<stem>.<format>`.
   */
  readonly toSourceFiles?: boolean;
  /** Write only these files (names relative to the directory); every other file is left as it is. */
  readonly only?: readonly string[];
  /** When aborted before the files are moved into place, the staged files are removed and nothing changes. */
  readonly signal?: AbortSignal;
  /**
   * Called once every file is staged and synced, just before the first is moved into place: a failure
   * (a rejected promise) removes the staged files and changes nothing. Tests use it to interrupt a write.
   */
  readonly beforeCommit?: () => void | Promise<void>;
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
  /** Names of the files written, relative to the directory (empty when nothing was written). */
  readonly files: string[];
  readonly issues: Issue[];
}

/** The prefix of the temporary files a write stages (hidden, so a data directory never reads them). */
const STAGE_PREFIX = '.kkb-stage-';

interface Output {
  readonly file: string;
  readonly content: string;
}

/** The delimiter of an existing CSV file, from its first line (as `parseCsv` guesses it), if it exists. */
async function existingDelimiter(path: string): Promise<CsvDelimiter | undefined> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const text = buf.subarray(0, bytesRead).toString('utf8');
    const end = text.search(/[\r\n]/);
    const first = end === -1 ? text : text.slice(0, end);
    return first.includes(';') && !first.includes(',') ? ';' : ',';
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

async function outputsOf(dir: string, dataset: Dataset, options: WriteDataDirOptions): Promise<Output[]> {
  const outputs: Output[] = [];
  if (options.programme) {
    outputs.push({ file: 'programme.json', content: `${JSON.stringify(options.programme, null, 2)}\n` });
  }
  for (const info of RECORD_TYPES) {
    const records = (dataset[info.collection] ?? []) as readonly object[];
    const home = `${info.fileStem}.${options.format}`;
    const byFile = new Map<string, object[]>();
    // Family tallies are written by `kkb family`, never as an empty template.
    if (records.length === 0 && options.includeEmpty && info.type !== 'family') byFile.set(home, []);
    for (const record of records) {
      const source = options.toSourceFiles ? dataset.sources?.get(record)?.file : undefined;
      const kind = source === undefined ? undefined : dataFileKind(source);
      const file =
        source !== undefined && kind?.kind === 'records' && kind.recordType === info.type ? source : home;
      const list = byFile.get(file);
      if (list) list.push(record);
      else byFile.set(file, [record]);
    }
    for (const [file, list] of byFile) {
      if (options.only && !options.only.includes(file)) continue;
      outputs.push({ file, content: await contentOf(dir, info.type, file, list, options) });
    }
  }
  return outputs;
}

async function contentOf(
  dir: string,
  type: RecordType,
  file: string,
  records: readonly object[],
  options: WriteDataDirOptions,
): Promise<string> {
  if (!file.toLowerCase().endsWith('.csv')) return recordsToJson(records);
  const delimiter =
    (options.toSourceFiles ? await existingDelimiter(join(dir, file)) : undefined) ?? options.delimiter;
  return recordsToCsv(type, records, delimiter ? { delimiter } : {});
}

function unwritable(file: string, e: unknown, untouched = true): Issue {
  const p = fsProblem(e);
  const f = shown(file, 200);
  return makeIssue(
    'file-unwritable',
    'error',
    { file: f },
    { errorCode: p.code },
    {
      id: `Berkas '${f}' tidak dapat ditulis: ${p.label.id}${untouched ? '; tidak ada berkas yang diubah' : ''}`,
      en: `File '${f}' cannot be written: ${p.label.en}${untouched ? '; no file was changed' : ''}`,
    },
  );
}

function interrupted(reason: unknown): Issue {
  const why = shown(reason instanceof Error ? reason.message : String(reason ?? ''), 120);
  return makeIssue(
    'write-interrupted',
    'error',
    {},
    { reason: why },
    {
      id: `Penulisan dihentikan sebelum berkas dipindahkan (${why}); tidak ada berkas yang diubah`,
      en: `The write was stopped before any file was moved into place (${why}); no file was changed`,
    },
  );
}

async function removeQuietly(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((p) => unlink(p).catch(() => undefined)));
}

/** Removes staged files a write that was killed (not just stopped) left behind. */
async function removeStale(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const stale = names.filter((n) => n.startsWith(STAGE_PREFIX) && !isLive(n));
  await removeQuietly(stale.map((n) => join(dir, n)));
}

/** Whether the process that staged `name` (`.kkb-stage-<pid>-…`) is still running. */
function isLive(name: string): boolean {
  const pid = Number(name.slice(STAGE_PREFIX.length).split('-')[0]);
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot open or sync a directory; the renames are still atomic.
  }
}

/**
 * Writes a data set into a directory (Node only, created if missing): one file per record type,
 * `<stem>.csv` or `<stem>.json` (`regions`, `kampung`, `profiles`, `population`, `monthly`,
 * `interventions`, `proposals`, `budgets`), skipping empty types unless `includeEmpty`, and `programme.json`
 * when a programme is given. With `toSourceFiles` each record goes back to the file it was read from; with
 * `only` just the files named are written. Existing files of those names are replaced; other files are left
 * alone, so write into an empty directory to read back exactly what was written.
 *
 * The write is all or nothing: every file is first staged as a hidden temporary file in the directory
 * (`.kkb-stage-…`, never read as data) and synced to disk, and only when all are staged is each renamed over
 * its target (an atomic step) and the directory synced. A file that cannot be staged, an abort through
 * `signal` or a failing `beforeCommit` removes the staged files and leaves the directory as it was, with an
 * issue `file-unwritable`, `dir-unwritable` or `write-interrupted` (and `files` empty) instead of a throw.
 * Staged files a killed write left behind are removed by the next write.
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
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const p = fsProblem(e);
    const d = shown(dir, 200);
    const issue = makeIssue(
      'dir-unwritable',
      'error',
      { file: d },
      { errorCode: p.code },
      {
        id: `Direktori '${d}' tidak dapat dibuat: ${p.label.id}`,
        en: `Directory '${d}' cannot be created: ${p.label.en}`,
      },
    );
    return { files: [], issues: [issue] };
  }
  await removeStale(dir);
  const outputs = await outputsOf(dir, dataset, options);
  const tag = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const staged: Array<{ temp: string; file: string }> = [];
  for (const [i, { file, content }] of outputs.entries()) {
    const temp = join(dir, `${STAGE_PREFIX}${tag}-${i}.tmp`);
    try {
      const handle = await open(temp, 'wx');
      staged.push({ temp, file });
      try {
        await handle.writeFile(content, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (e) {
      await removeQuietly(staged.map((s) => s.temp));
      return { files: [], issues: [unwritable(file, e)] };
    }
  }
  try {
    options.signal?.throwIfAborted();
    await options.beforeCommit?.();
    options.signal?.throwIfAborted();
  } catch (e) {
    await removeQuietly(staged.map((s) => s.temp));
    return { files: [], issues: [interrupted(options.signal?.aborted ? options.signal.reason : e)] };
  }
  const files: string[] = [];
  const issues: Issue[] = [];
  for (const { temp, file } of staged) {
    try {
      await rename(temp, join(dir, file));
      files.push(file);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      issues.push(unwritable(file, e, false));
    }
  }
  await syncDir(dir);
  return { files, issues };
}
