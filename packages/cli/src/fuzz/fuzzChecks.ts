import type { CaseRun, CommandRun } from './runFuzzCase.js';

/** A property a command run broke, by category. */
export interface Violation {
  readonly category:
    | 'exit-code'
    | 'threw'
    | 'unexpected-error'
    | 'stack-trace'
    | 'stray-output'
    | 'id-number'
    | 'raw-escape'
    | 'written-outside-out'
    | 'data-dir-changed'
    | 'report-files'
    | 'accounting';
  readonly variant: string;
  readonly detail: string;
}

const ESC = String.fromCharCode(27);
const STACK = /^\s+at (?:async )?\S.*(?::\d+:\d+\)?|<anonymous>\)?)$|node:internal\//m;
const UNEXPECTED = /unexpected error|galat tak terduga/i;
/** A 16-or-more-digit run (not the fraction digits of a decimal), or 16 digits in groups of four. */
const ID_NUMBER = /(?<![\d.])\d{16,}|(?<!\d)\d{4}([- ])\d{4}\1\d{4}\1\d{4}(?!\d)/;

function excerpt(text: string, re: RegExp): string {
  const m = re.exec(text);
  if (!m) return '';
  return JSON.stringify(text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60));
}

/**
 * Crash-freedom: exit code 0, 1 or 2; `main` never throws; no "unexpected error" and no stack trace in any
 * output; nothing written to the process's own streams behind the `CliIo`.
 *
 * @example
 * ```ts
 * crashViolations(run).length; // 0 when the run is sound
 * ```
 */
export function crashViolations(r: CommandRun): Violation[] {
  const v: Violation[] = [];
  const add = (category: Violation['category'], detail: string) =>
    v.push({ category, variant: r.variant, detail });
  if (r.threw !== undefined) add('threw', r.threw);
  else if (r.code !== 0 && r.code !== 1 && r.code !== 2) add('exit-code', String(r.code));
  const all = `${r.out}\n${r.err}\n${r.stray}`;
  if (UNEXPECTED.test(all)) add('unexpected-error', excerpt(all, UNEXPECTED));
  if (STACK.test(all)) add('stack-trace', excerpt(all, STACK));
  if (r.stray !== '') add('stray-output', r.stray.slice(0, 300));
  return v;
}

/**
 * Output safety: no 16-digit (NIK/KK-like) number in stdout, stderr or any written report file; no raw
 * ESC in stdout or stderr.
 *
 * @example
 * ```ts
 * outputViolations(run);
 * ```
 */
export function outputViolations(r: CommandRun): Violation[] {
  const v: Violation[] = [];
  const add = (category: Violation['category'], detail: string) =>
    v.push({ category, variant: r.variant, detail });
  for (const [name, text] of [
    ['stdout', r.out],
    ['stderr', r.err],
  ] as const) {
    if (ID_NUMBER.test(text)) add('id-number', `${name}: ${excerpt(text, ID_NUMBER)}`);
    if (text.includes('\u001b')) add('raw-escape', `${name}: ${excerpt(text, new RegExp(ESC))}`);
  }
  if (!r.outIsData) {
    for (const [file, bytes] of r.outFiles) {
      const text = bytes.toString('utf8');
      if (ID_NUMBER.test(text)) add('id-number', `${file}: ${excerpt(text, ID_NUMBER)}`);
    }
  }
  return v;
}

/**
 * Writes stay inside `--out`: nothing outside it created, changed or removed (a planted symlink is not
 * followed), the data directory never changes, and `report --json` lists files that all exist, once each.
 *
 * @example
 * ```ts
 * writeViolations(run);
 * ```
 */
export function writeViolations(r: CommandRun): Violation[] {
  const v: Violation[] = [];
  const add = (category: Violation['category'], detail: string) =>
    v.push({ category, variant: r.variant, detail });
  if (r.changedOutside.length > 0) add('written-outside-out', r.changedOutside.slice(0, 5).join(', '));
  if (r.dataChanged) add('data-dir-changed', `exit ${r.code}`);
  if (r.variant.startsWith('report') && r.args.includes('--json') && r.code === 0) {
    let listed: unknown;
    try {
      listed = (JSON.parse(r.out) as { files?: unknown }).files;
    } catch {
      add('report-files', 'stdout is not JSON');
      return v;
    }
    if (!Array.isArray(listed)) add('report-files', 'no files list');
    else {
      const names = listed.map(String);
      const dupes = names.filter((n, i) => names.indexOf(n) !== i);
      if (dupes.length > 0) add('report-files', `listed twice: ${dupes.slice(0, 3).join(', ')}`);
      const missing = names.filter((n) => !r.outFiles.has(n));
      if (missing.length > 0)
        add(
          'report-files',
          `${missing.length} of ${names.length} listed files missing or not regular: ${missing.slice(0, 3).join(', ')}`,
        );
    }
  }
  return v;
}

interface Counts {
  read: number;
  accepted: number;
  excluded: Record<string, number>;
}

function asCounts(x: unknown): Counts | string {
  if (x === null || typeof x !== 'object') return 'not an object';
  const o = x as Record<string, unknown>;
  if (!Number.isInteger(o['read']) || !Number.isInteger(o['accepted'])) return 'read/accepted not integers';
  const ex = o['excluded'];
  if (ex === null || typeof ex !== 'object') return 'excluded not an object';
  for (const [k, n] of Object.entries(ex)) {
    if (!['schema-invalid', 'duplicate', 'unknown-kampung'].includes(k)) return `unknown reason ${k}`;
    if (!Number.isInteger(n) || (n as number) < 0) return `excluded.${k} not a count`;
  }
  return {
    read: o['read'] as number,
    accepted: o['accepted'] as number,
    excluded: ex as Record<string, number>,
  };
}

const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);

/**
 * The accounting invariant (contracts §2, §3) on a `--json` run that exited 0 or 1: a top-level `records`
 * with read = accepted + Σ excluded in total and per file, per-file reads adding up to the total, and each
 * file's read equal to the data rows counted independently in the written file; with `--strict`, any
 * excluded record means exit 1.
 *
 * @example
 * ```ts
 * accountingViolations(run, caseRun.rowCounts);
 * ```
 */
export function accountingViolations(r: CommandRun, rowCounts: CaseRun['rowCounts']): Violation[] {
  if (!r.args.includes('--json') || (r.code !== 0 && r.code !== 1)) return [];
  const v: Violation[] = [];
  const add = (detail: string) => v.push({ category: 'accounting', variant: r.variant, detail });
  let doc: unknown;
  try {
    doc = JSON.parse(r.out);
  } catch {
    add('stdout is not one JSON document');
    return v;
  }
  const records = (doc as { records?: unknown } | null)?.records;
  if (records === undefined) {
    add('no top-level "records" key');
    return v;
  }
  const total = asCounts(records);
  if (typeof total === 'string') {
    add(`records: ${total}`);
    return v;
  }
  if (r.args.includes('--strict') && sum(total.excluded) > 0 && r.code !== 1)
    add(`--strict with ${sum(total.excluded)} excluded record(s) exited ${r.code}, not 1`);
  if (total.read !== total.accepted + sum(total.excluded))
    add(`records: read ${total.read} ≠ accepted ${total.accepted} + excluded ${sum(total.excluded)}`);
  const files = (records as { files?: unknown }).files;
  if (!Array.isArray(files)) {
    add('records.files is not a list');
    return v;
  }
  let fileReads = 0;
  const seen = new Map<string, number>();
  for (const f of files) {
    const c = asCounts(f);
    const name = String((f as { file?: unknown })?.file);
    if (typeof c === 'string') {
      add(`records.files[${name}]: ${c}`);
      continue;
    }
    fileReads += c.read;
    seen.set(name, (seen.get(name) ?? 0) + c.read);
    if (c.read !== c.accepted + sum(c.excluded))
      add(`${name}: read ${c.read} ≠ accepted ${c.accepted} + excluded ${sum(c.excluded)}`);
    if (!rowCounts.has(name)) add(`${name}: listed in records.files but not a record file of the directory`);
  }
  if (fileReads !== total.read) add(`per-file reads add up to ${fileReads}, records.read is ${total.read}`);
  let present = 0;
  for (const [name, count] of rowCounts) {
    present += count.rows;
    const read = seen.get(name) ?? 0;
    if (read !== count.rows) add(`${name}: ${count.rows} data rows in the file, records read ${read}`);
  }
  if (present !== total.read) add(`${present} data rows in the files, records.read is ${total.read}`);
  return v;
}
