import { createReadStream, type Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Issue, RECORD_TYPES, type RecordType, type SourceRef } from '@kampung-kb/model';
import { type DataFileKind, dataFileKind } from './dataFileKind.js';
import { CsvRecordReader, csvEmptyIssue, csvUnclosedQuoteIssue } from './internal/csvRecordReader.js';
import { CsvRowSplitter } from './internal/csvRowSplitter.js';
import { decodeUtf8 } from './internal/decodeUtf8.js';
import { fsProblem } from './internal/fsProblem.js';
import { makeIssue, shown } from './internal/issues.js';
import { Utf8StreamDecoder } from './internal/utf8StreamDecoder.js';
import type { CsvRow } from './parseCsv.js';
import { parseProgramme } from './parseProgramme.js';
import type { Programme } from './programmeDefinition.js';
import { DEFAULT_MAX_JSON_DEPTH, recordsFromJson } from './recordsFromJson.js';

/** Files `kkb init` writes beside the data that are read by options, not as data (`--rules`, `--indicators`, `--targets`). */
const COMPANION_FILES: ReadonlySet<string> = new Set([
  'rules.yaml',
  'rules.yml',
  'indicators.yaml',
  'indicators.yml',
  'targets.json',
  'targets.yaml',
  'targets.yml',
]);
/**
 * One event of {@link streamDataDir}.
 *
 * - `programme`: the programme definition, when the directory has a valid one (before any record);
 * - `file-start` / `file-end`: around everything from one file, every file looked at (`recordType` is
 *   `undefined` for the programme definition and for unrecognised files); `bytes` is the file's size (0
 *   for an unrecognised file, which is not read, or one whose size cannot be read);
 * - `record`: one record as read (not yet validated) with its source (`{ file, line }` or `{ file, index }`);
 * - `issue`: a reader issue, as soon as it is met;
 * - `progress`: bytes of the current file read so far, at most once per `progressBytes`.
 *
 * @example
 * ```ts
 * for await (const e of streamDataDir('data')) {
 *   if (e.kind === 'record') add(e.recordType, e.record, e.source);
 *   else if (e.kind === 'issue') report(e.issue);
 * }
 * ```
 */
export type DataDirEvent =
  | { readonly kind: 'programme'; readonly file: string; readonly programme: Programme }
  | {
      readonly kind: 'file-start';
      readonly file: string;
      readonly recordType: RecordType | undefined;
      readonly bytes: number;
    }
  | {
      readonly kind: 'record';
      readonly recordType: RecordType;
      readonly record: Record<string, unknown>;
      readonly source: SourceRef;
    }
  | { readonly kind: 'issue'; readonly issue: Issue }
  | {
      readonly kind: 'file-end';
      readonly file: string;
      readonly recordType: RecordType | undefined;
      readonly records: number;
    }
  | {
      readonly kind: 'progress';
      readonly file: string;
      readonly bytesRead: number;
      readonly bytesTotal: number;
    };

/**
 * Options of {@link streamDataDir}; the defaults suit any real data directory.
 *
 * @example
 * ```ts
 * streamDataDir('data', { progressBytes: 1 << 20, maxJsonBytes: 16 << 20 });
 * ```
 */
export interface StreamDataDirOptions {
  /** Bytes between two `progress` events of a file (64 KiB by default); each CSV file ends with one. */
  readonly progressBytes?: number;
  /**
   * Largest JSON data file read (64 MiB by default): JSON files are read whole, so a larger one gives
   * `file-too-large` (error) and is not read; keep big record sets in CSV, which is streamed.
   */
  readonly maxJsonBytes?: number;
  /** Largest programme definition read (1 MiB by default); a larger one gives `file-too-large`. */
  readonly maxProgrammeBytes?: number;
  /** Deepest nesting of a JSON data file (64 by default); deeper gives `json-too-deep`. */
  readonly maxJsonDepth?: number;
  /**
   * Longest CSV row, in characters (16 Mi by default): the rest of a longer row (an unclosed quote in a
   * big file) is dropped with `csv-row-too-long` (error), so memory stays bounded.
   */
  readonly maxCsvRowChars?: number;
}

const CHUNK_BYTES = 64 * 1024;

interface Entry {
  readonly name: string;
  readonly kind: DataFileKind | undefined;
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

function issueEvent(issue: Issue): DataDirEvent {
  return { kind: 'issue', issue };
}

function unreadable(file: string, recordType: RecordType | undefined, error: unknown): Issue {
  const p = fsProblem(error);
  return makeIssue(
    'file-unreadable',
    'error',
    recordType ? { recordType, file } : { file },
    { errorCode: p.code },
    {
      id: `Berkas '${file}' tidak dapat dibaca: ${p.label.id}`,
      en: `File '${file}' cannot be read: ${p.label.en}`,
    },
  );
}

function encodingIssue(file: string, recordType: RecordType | undefined): Issue {
  return makeIssue(
    'file-encoding',
    'warning',
    recordType ? { recordType, file } : { file },
    {},
    {
      id: `'${file}' bukan UTF-8; huruf yang tak terbaca diganti '\uFFFD'. Simpan ulang sebagai CSV UTF-8`,
      en: `'${file}' is not UTF-8; unreadable characters became '\uFFFD'. Save it again as CSV UTF-8`,
    },
  );
}

function tooLargeIssue(
  file: string,
  recordType: RecordType | undefined,
  bytes: number,
  maxBytes: number,
): Issue {
  const size = (n: number): { id: string; en: string } => {
    const unit =
      n >= 1024 * 1024
        ? { v: n / (1024 * 1024), u: 'MiB' }
        : n >= 1024
          ? { v: n / 1024, u: 'KiB' }
          : undefined;
    if (!unit) return { id: `${n} bita`, en: `${n} bytes` };
    const v = (Math.round(unit.v * 10) / 10).toString();
    return { id: `${v.replace('.', ',')} ${unit.u}`, en: `${v} ${unit.u}` };
  };
  const advice =
    recordType === undefined
      ? { id: '', en: '' }
      : { id: '; simpan data sebesar ini sebagai CSV', en: '; keep this much data in CSV' };
  return makeIssue(
    'file-too-large',
    'error',
    recordType ? { recordType, file } : { file },
    { bytes, maxBytes },
    {
      id: `Berkas '${file}' (${size(bytes).id}) melebihi batas ${size(maxBytes).id} dan tidak dibaca${advice.id}`,
      en: `File '${file}' (${size(bytes).en}) exceeds the limit of ${size(maxBytes).en} and was not read${advice.en}`,
    },
  );
}

function notDataDir(dir: string): Issue {
  const shownDir = shown(dir, 200);
  const stems = RECORD_TYPES.map((r) => r.fileStem).join(', ');
  return makeIssue(
    'dir-not-data',
    'error',
    { file: shownDir },
    {},
    {
      id: `'${shownDir}' bukan direktori data: tidak ada berkas data (nama diawali ${stems}, berakhiran .csv atau .json) maupun programme.json/programme.yaml`,
      en: `'${shownDir}' is not a data directory: it has no data file (names starting ${stems}, ending .csv or .json) and no programme.json or programme.yaml`,
    },
  );
}

/** Reads a whole file no larger than `max` bytes: its bytes, or the issue saying why not. */
async function readSmallFile(
  path: string,
  file: string,
  recordType: RecordType | undefined,
  size: number,
  max: number,
): Promise<{ bytes: Uint8Array } | { issue: Issue }> {
  if (size > max) return { issue: tooLargeIssue(file, recordType, size, max) };
  try {
    return { bytes: await readFile(path) };
  } catch (e) {
    return { issue: unreadable(file, recordType, e) };
  }
}

/**
 * Reads one programme definition; `earlier` names one read before, which makes this one a duplicate.
 * Returns its events and whether the file could be read (an unreadable file does not count as a definition).
 */
async function programmeFile(
  path: string,
  file: string,
  format: 'json' | 'yaml',
  size: number,
  max: number,
  earlier: string | undefined,
): Promise<{ events: DataDirEvent[]; read: boolean }> {
  const read = await readSmallFile(path, file, undefined, size, max);
  if ('issue' in read) return { events: [issueEvent(read.issue)], read: false };
  const events: DataDirEvent[] = [];
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.valid) events.push(issueEvent(encodingIssue(file, undefined)));
  if (earlier !== undefined) {
    events.push(
      issueEvent(
        makeIssue(
          'programme-duplicate',
          'error',
          { file },
          {},
          {
            id: `Definisi program ganda: '${file}' tidak dibaca karena '${earlier}' sudah ada`,
            en: `Two programme definitions: '${file}' was not read because '${earlier}' is already there`,
          },
        ),
      ),
    );
    return { events, read: true };
  }
  const parsed = parseProgramme(decoded.text, file, format);
  if (!parsed.ok) for (const issue of parsed.issues) events.push(issueEvent(issue));
  else events.push({ kind: 'programme', file, programme: parsed.programme });
  return { events, read: true };
}

/** The events of one JSON data file (read whole) and how many records it gave. */
async function jsonFile(
  path: string,
  file: string,
  recordType: RecordType,
  size: number,
  options: StreamDataDirOptions,
): Promise<{ events: DataDirEvent[]; records: number }> {
  const bytes = await readSmallFile(path, file, recordType, size, options.maxJsonBytes ?? 64 * 1024 * 1024);
  if ('issue' in bytes) return { events: [issueEvent(bytes.issue)], records: 0 };
  const events: DataDirEvent[] = [
    { kind: 'progress', file, bytesRead: bytes.bytes.length, bytesTotal: size },
  ];
  const decoded = decodeUtf8(bytes.bytes);
  if (!decoded.valid) events.push(issueEvent(encodingIssue(file, recordType)));
  const read = recordsFromJson(recordType, decoded.text, file, {
    maxDepth: options.maxJsonDepth ?? DEFAULT_MAX_JSON_DEPTH,
  });
  // Items that are no records give issues in item order: interleave them with the records by index.
  let i = 0;
  for (let r = 0; r < read.records.length; r++) {
    const record = read.records[r] as Record<string, unknown>;
    const source = read.sources[r] as SourceRef;
    for (; i < read.issues.length && (read.issues[i]?.location.index ?? -1) < (source.index ?? 0); i++) {
      events.push(issueEvent(read.issues[i] as Issue));
    }
    events.push({ kind: 'record', recordType, record, source });
  }
  for (; i < read.issues.length; i++) events.push(issueEvent(read.issues[i] as Issue));
  return { events, records: read.records.length };
}

/** The events of one CSV file, in batches: those of each 64 KiB piece (one async step per piece, not per record). */
async function* csvFile(
  path: string,
  file: string,
  recordType: RecordType,
  size: number,
  options: StreamDataDirOptions,
): AsyncGenerator<DataDirEvent[]> {
  const maxRowChars = options.maxCsvRowChars ?? 16 * 1024 * 1024;
  const progressBytes = options.progressBytes ?? CHUNK_BYTES;
  const reader = new CsvRecordReader(recordType, file);
  const decoder = new Utf8StreamDecoder();
  let pending: DataDirEvent[] = [];
  let warnedEncoding = false;
  const onRow = (row: CsvRow, truncated: boolean): void => {
    if (!reader.hasHeader) {
      for (const issue of reader.header(row)) pending.push(issueEvent(issue));
      return;
    }
    const read = reader.row(row, truncated, maxRowChars);
    if (!read) return;
    pending.push({ kind: 'record', recordType, record: read.record, source: read.source });
    for (const issue of read.issues) pending.push(issueEvent(issue));
  };
  const splitter = new CsvRowSplitter(onRow, undefined, maxRowChars);
  const checkEncoding = (): void => {
    if (!decoder.valid && !warnedEncoding) {
      warnedEncoding = true;
      pending.push(issueEvent(encodingIssue(file, recordType)));
    }
  };
  let bytesRead = 0;
  let reported = 0;
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await chunks.next();
      } catch (e) {
        // Only a file-system error lands here (a missing file, a read failure half-way).
        pending.push(issueEvent(unreadable(file, recordType, e)));
        yield pending;
        return;
      }
      if (next.done) break;
      const chunk = next.value;
      bytesRead += chunk.length;
      const text = decoder.decode(chunk);
      checkEncoding();
      splitter.push(text);
      if (bytesRead - reported >= progressBytes) {
        reported = bytesRead;
        pending.push({ kind: 'progress', file, bytesRead, bytesTotal: size });
      }
      // Hand out what this piece gave before reading the next one: memory stays one piece deep.
      yield pending;
      pending = [];
    }
  } finally {
    stream.destroy();
  }
  const rest = decoder.end();
  checkEncoding();
  splitter.push(rest);
  const end = splitter.end();
  if (!reader.hasHeader) pending.push(issueEvent(csvEmptyIssue(recordType, file)));
  else if (end.unclosedQuoteLine !== undefined) {
    pending.push(issueEvent(csvUnclosedQuoteIssue(recordType, file, end.unclosedQuoteLine)));
  }
  if (reported < bytesRead || bytesRead === 0) {
    pending.push({ kind: 'progress', file, bytesRead, bytesTotal: size });
  }
  yield pending;
}

/**
 * Reads a data directory as a stream of events, a record at a time (Node only): memory does not grow
 * with the size of the files. What is read is what {@link readDataDir} documents (it collects this
 * stream): every `*.csv` and `*.json` file whose name starts with a record type's file stem, and an
 * optional `programme.json` / `programme.yaml`; subdirectories, hidden files, Markdown notes and the
 * city's `rules.yaml`, `indicators.yaml` and `targets.json` (read by options) are not read; any other file is reported (`file-unrecognised`, warning).
 *
 * Order: the programme definition first (so its settings are known before any record), then the record
 * files of every type except `monthly` in record-type order (regions, kampung, profiles, population,
 * interventions, proposals, budgets) and by name within a type, then any unrecognised file, then the
 * `monthly` files by name: regions and kampung arrive before the records that refer to them, and the
 * big monthly files last. CSV files are read in 64 KiB pieces, decoded incrementally (a non-UTF-8 file gives
 * `file-encoding` when met) and split by the same state machine as `parseCsv`, so line numbers, quotes
 * and multi-line cells behave exactly as there. JSON data files are read whole, up to `maxJsonBytes`.
 *
 * Issues (errors unless said): `dir-unreadable`; `dir-not-data` when the directory has neither a data
 * file nor a programme definition ("not a data directory"; a CLI treats it like `dir-unreadable`, exit
 * 2); `file-unreadable`, `file-too-large`, `file-encoding` (warning), `json-invalid`, `json-too-deep`,
 * `json-shape`, `json-record-invalid`, `csv-empty` (warning), `csv-unclosed-quote`, `csv-row-too-long`,
 * `csv-unknown-column`, `csv-duplicate-column`, `csv-row-length`, `cell-invalid`, `programme-*`,
 * `yaml-invalid`. Of these, `dir-unreadable`, `dir-not-data`, `file-unreadable`, `file-too-large`,
 * `json-invalid`, `json-too-deep`, `yaml-invalid`, `csv-unclosed-quote`, `csv-row-too-long` and
 * `programme-invalid` mean that input could not be read. Never throws for bad input; stopping the loop
 * early (`break`) closes the open file.
 *
 * @example
 * ```ts
 * let monthly = 0;
 * for await (const e of streamDataDir('examples/banjarmasin/data')) {
 *   if (e.kind === 'programme') console.log(e.programme.city.name);
 *   else if (e.kind === 'record' && e.recordType === 'monthly') monthly++;
 *   else if (e.kind === 'issue') console.error(e.issue.message.en);
 *   else if (e.kind === 'progress') console.error(`${e.file}: ${e.bytesRead} / ${e.bytesTotal} bytes`);
 * }
 * ```
 */
export async function* streamDataDir(
  dir: string,
  options: StreamDataDirOptions = {},
): AsyncGenerator<DataDirEvent> {
  for await (const batch of streamDataDirBatches(dir, options)) yield* batch;
}

/**
 * The events of {@link streamDataDir} in batches (those of one 64 KiB piece of a CSV file, of a whole JSON
 * file, or of one step), in the same order: one async step per batch, not per event. `readDataDir` reads
 * through it. @internal
 */
export async function* streamDataDirBatches(
  dir: string,
  options: StreamDataDirOptions = {},
): AsyncGenerator<readonly DataDirEvent[]> {
  const entries = await orderedEntries(dir);
  if (!Array.isArray(entries)) {
    yield [issueEvent(entries)];
    return;
  }
  if (!entries.some((e) => e.kind !== undefined)) yield [issueEvent(notDataDir(dir))];
  const programme: ProgrammeSeen = { fileName: undefined };
  for (const entry of entries) yield* fileBatches(dir, entry, options, programme);
}

/**
 * The directory's entries in reading order, or the `dir-unreadable` issue. Programme first; then the record
 * files by record type (regions, kampung, profiles, population, interventions, proposals, budgets: what
 * others refer to comes first), then unrecognised files, then the monthly reports; by name within a group.
 */
async function orderedEntries(dir: string): Promise<Entry[] | Issue> {
  let dirents: Dirent[];
  try {
    dirents = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    const p = fsProblem(e);
    const shownDir = shown(dir, 200);
    return makeIssue(
      'dir-unreadable',
      'error',
      { file: shownDir },
      { errorCode: p.code },
      {
        id: `Direktori data '${shownDir}' tidak dapat dibaca: ${p.label.id}`,
        en: `Data directory '${shownDir}' cannot be read: ${p.label.en}`,
      },
    );
  }

  dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const entries: Entry[] = [];
  for (const entry of dirents) {
    // Hidden files and documentation (README.md and other Markdown notes) are not data.
    if (entry.name.startsWith('.') || entry.name.toLowerCase().endsWith('.md')) continue;
    // Nor are the city's rules, indicators and targets that `kkb init` puts beside the data (read by
    // --rules, --indicators, --targets).
    if (COMPANION_FILES.has(entry.name.toLowerCase())) continue;
    const regular = await isRegularFile(dir, entry);
    if (regular === false) continue;
    entries.push({ name: entry.name, kind: regular ? dataFileKind(entry.name) : undefined });
  }
  const typeRank = new Map(RECORD_TYPES.map((r, i) => [r.type, i]));
  const rank = (e: Entry): number => {
    if (e.kind?.kind === 'programme') return 0;
    if (e.kind?.kind !== 'records') return 1000;
    if (e.kind.recordType === 'monthly') return 2000;
    return 1 + (typeRank.get(e.kind.recordType) ?? 900);
  };
  // The sort is stable: by name within a group.
  return entries.sort((a, b) => rank(a) - rank(b));
}

/** The programme definition read so far (the first one read wins; a second is reported). */
interface ProgrammeSeen {
  fileName: string | undefined;
}

/** The events of an unrecognised file: it is named and not read. */
function unrecognisedFile(file: string): DataDirEvent[] {
  const f = shown(file, 120);
  const stems = RECORD_TYPES.map((r) => r.fileStem).join(', ');
  return [
    { kind: 'file-start', file: f, recordType: undefined, bytes: 0 },
    issueEvent(
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
    ),
    { kind: 'file-end', file: f, recordType: undefined, records: 0 },
  ];
}

/** The event batches of one entry of the directory, from its `file-start` to its `file-end`. */
async function* fileBatches(
  dir: string,
  { name: file, kind }: Entry,
  options: StreamDataDirOptions,
  programme: ProgrammeSeen,
): AsyncGenerator<readonly DataDirEvent[]> {
  if (!kind) {
    yield unrecognisedFile(file);
    return;
  }
  const path = join(dir, file);
  const recordType = kind.kind === 'records' ? kind.recordType : undefined;
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    yield [
      { kind: 'file-start', file, recordType, bytes: 0 },
      issueEvent(unreadable(file, recordType, e)),
      { kind: 'file-end', file, recordType, records: 0 },
    ];
    return;
  }
  yield [{ kind: 'file-start', file, recordType, bytes: size }];
  let records = 0;
  if (kind.kind === 'programme') {
    const maxBytes = options.maxProgrammeBytes ?? 1024 * 1024;
    const { events, read } = await programmeFile(path, file, kind.format, size, maxBytes, programme.fileName);
    if (read && programme.fileName === undefined) programme.fileName = file;
    yield events;
  } else if (kind.format === 'csv') {
    for await (const batch of csvFile(path, file, kind.recordType, size, options)) {
      for (const event of batch) if (event.kind === 'record') records++;
      yield batch;
    }
  } else {
    const json = await jsonFile(path, file, kind.recordType, size, options);
    records = json.records;
    yield json.events;
  }
  yield [{ kind: 'file-end', file, recordType, records }];
}
