import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIo } from '../cliIo.js';
import { main } from '../main.js';
import { countDataRows, isRecordFileName } from './countDataRows.js';
import { cellText, columnOf, loadExample, serializeFile, subsample } from './dataDirModel.js';
import { applyByteMutations, applyMutation } from './dataDirMutation.js';
import { COMMAND_VARIANTS, type CommandVariant, type FuzzCase } from './fuzzCase.js';
import { sideFileBytes } from './sideFileMutation.js';

/** One command run in-process. */
export interface CommandRun {
  readonly variant: CommandVariant;
  readonly args: readonly string[];
  /** The exit code `main` returned; `undefined` when it threw. */
  readonly code: number | undefined;
  /** What `main` threw, if it did. */
  readonly threw: string | undefined;
  readonly out: string;
  readonly err: string;
  /** Anything written to the process's own streams or console while `main` ran (should be nothing). */
  readonly stray: string;
  /** Paths (relative to the case root) created, changed or removed outside the output directory. */
  readonly changedOutside: readonly string[];
  /** Whether the data directory changed. */
  readonly dataChanged: boolean;
  /** The files under the output directory after the run (relative to it), not following symlinks. */
  readonly outFiles: ReadonlyMap<string, Buffer>;
  /** Whether the output directory was the data directory. */
  readonly outIsData: boolean;
}

/** The result of a fuzz case: what was done to the data and every command's run. */
export interface CaseRun {
  /** The mutations applied, with file, row and column names resolved. */
  readonly log: readonly string[];
  /** Data rows per record file of the data directory, counted independently (see countDataRows). */
  readonly rowCounts: ReadonlyMap<string, { rows: number; unclosedQuote: boolean }>;
  readonly runs: readonly CommandRun[];
}

type Snapshot = Map<string, string>;

function snapshot(root: string, skip: string | undefined, rel = ''): Snapshot {
  const out: Snapshot = new Map();
  const walk = (r: string): void => {
    let names: string[];
    try {
      names = readdirSync(join(root, r));
    } catch {
      return;
    }
    for (const name of names) {
      const p = r === '' ? name : `${r}/${name}`;
      if (skip !== undefined && p === skip) continue;
      const full = join(root, p);
      const st = lstatSync(full);
      if (st.isSymbolicLink()) out.set(p, `link:${readlinkSync(full)}`);
      else if (st.isDirectory()) {
        out.set(p, 'dir');
        walk(p);
      } else out.set(p, `file:${createHash('sha1').update(readFileSync(full)).digest('hex')}`);
    }
  };
  walk(rel);
  return out;
}

function diff(a: Snapshot, b: Snapshot): string[] {
  const changed: string[] = [];
  for (const [k, v] of b) if (a.get(k) !== v) changed.push(k);
  for (const k of a.keys()) if (!b.has(k)) changed.push(`${k} (removed)`);
  return changed.sort();
}

function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (rel: string): void => {
    let names: string[];
    try {
      names = readdirSync(join(dir, rel));
    } catch {
      return;
    }
    for (const name of names) {
      const p = rel === '' ? name : `${rel}/${name}`;
      const st = lstatSync(join(dir, p));
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) files.set(p, readFileSync(join(dir, p)));
    }
  };
  walk('');
  return files;
}

/** Captures what the process's streams and console receive while `fn` runs. */
async function captureStray<T>(fn: () => Promise<T>): Promise<{ value: T; stray: string }> {
  const chunks: string[] = [];
  const grab =
    (label: string) =>
    (...a: unknown[]): boolean => {
      chunks.push(`${label}: ${a.map((x) => (typeof x === 'string' ? x : String(x))).join(' ')}`);
      return true;
    };
  const saved = {
    out: process.stdout.write,
    err: process.stderr.write,
    log: console.log,
    error: console.error,
    warn: console.warn,
    info: console.info,
  };
  process.stdout.write = grab('stdout') as typeof process.stdout.write;
  process.stderr.write = grab('stderr') as typeof process.stderr.write;
  console.log = grab('console.log');
  console.error = grab('console.error');
  console.warn = grab('console.warn');
  console.info = grab('console.info');
  try {
    return { value: await fn(), stray: chunks.join('\n') };
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    console.log = saved.log;
    console.error = saved.error;
    console.warn = saved.warn;
    console.info = saved.info;
  }
}

/** The first kampung id and the latest monthly period of the written data (for planting symlinks). */
function reportTarget(files: ReadonlyMap<string, Uint8Array>, model: ReturnType<typeof loadExample>): string {
  const k = model.get('kampung.json');
  const first =
    k?.kind === 'json' && Array.isArray(k.value) ? String((k.value[0] as { id?: unknown })?.id ?? 'x') : 'x';
  const m = model.get('monthly.csv');
  let latest = '2020-12';
  if (m?.kind === 'csv') {
    const p = columnOf(m, 'period');
    const periods = m.rows
      .filter(Array.isArray)
      .map((r) => cellText(r[p]))
      .filter((s) => /^\d{4}-\d{2}$/.test(s));
    latest = periods.sort().at(-1) ?? latest;
  }
  void files;
  return `${first}-${latest}`;
}

/**
 * Writes a fuzz case to a fresh temporary directory (`data/`, side files, a victim Markdown file in `outside/`, the output
 * directory as set up), runs each command through `main` in-process with a collecting `CliIo` (cwd = the
 * case root, relative paths), records outputs, written files and changes outside `--out`, then removes the
 * directory.
 *
 * @example
 * ```ts
 * const r = await runFuzzCase(caseFromFastCheck);
 * r.runs[0]?.code; // 0, 1 or 2
 * ```
 */
export async function runFuzzCase(c: FuzzCase): Promise<CaseRun> {
  const base = loadExample(c.example);
  const model = c.sample ? subsample(base, c.sample.kampung, c.sample.months) : base;
  const target = reportTarget(new Map(), model);
  const log = c.mutations.map((m) => applyMutation(model, m));
  const files = new Map<string, Uint8Array>();
  for (const [name, file] of model) files.set(name, serializeFile(file));
  applyByteMutations(files, c.mutations);

  const root = mkdtempSync(join(tmpdir(), 'kkb-fuzz-'));
  try {
    const data = join(root, 'data');
    mkdirSync(data);
    const rowCounts = new Map<string, { rows: number; unclosedQuote: boolean }>();
    for (const [name, bytes] of files) {
      const full = join(data, name);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, bytes);
      if (!name.includes('/') && isRecordFileName(name)) rowCounts.set(name, countDataRows(name, bytes));
    }
    const sideNames: Record<string, string> = {};
    for (const side of [c.rules, c.indicators, c.targets]) {
      const f = sideFileBytes(side);
      log.push(...f.log);
      sideNames[side.kind.toUpperCase()] = f.name;
      if (f.bytes) writeFileSync(join(root, f.name), f.bytes);
    }
    mkdirSync(join(root, 'outside'));
    writeFileSync(join(root, 'outside', 'victim.md'), 'not to be overwritten\n');
    const out = join(root, 'out');
    if (c.out !== 'absent') mkdirSync(out);
    if (c.out === 'file-symlink') {
      mkdirSync(join(out, 'kampung'));
      for (const ext of ['md', 'html'])
        symlinkSync(join(root, 'outside', 'victim.md'), join(out, 'kampung', `${target}.${ext}`));
      symlinkSync(join(root, 'outside', 'victim.md'), join(out, 'city-recap-2020-12.md'));
    }
    if (c.out === 'dir-symlink') symlinkSync(join(root, 'outside'), join(out, 'kampung'));

    const runs: CommandRun[] = [];
    for (const variant of c.commands) runs.push(await runCommand(variant, c, root, sideNames));
    return { log, rowCounts, runs };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Runs one command variant of the case in `root` (data in `data`, output in `out`), recording what it did. */
async function runCommand(
  variant: FuzzCase['commands'][number],
  c: FuzzCase,
  root: string,
  sideNames: Readonly<Record<string, string>>,
): Promise<CommandRun> {
  const data = join(root, 'data');
  const out = join(root, 'out');
  const outIsData = COMMAND_VARIANTS[variant].filter((a) => a === 'D').length > 1;
  const args = COMMAND_VARIANTS[variant].map((a) =>
    a === 'D' ? 'data' : a === 'O' ? 'out' : (sideNames[a] ?? a),
  );
  if (c.lang) args.push('--lang', c.lang);
  const outLines: string[] = [];
  const errLines: string[] = [];
  const io: CliIo = { out: (l) => outLines.push(l), err: (l) => errLines.push(l), cwd: root };
  const before = snapshot(root, 'out');
  const dataBefore = snapshot(data, undefined);
  let code: number | undefined;
  let threw: string | undefined;
  const { stray } = await captureStray(async () => {
    try {
      code = await main(args, io);
    } catch (e) {
      threw = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
  });
  const changedOutside = diff(before, snapshot(root, 'out')).filter(
    (p) => !(outIsData && p.startsWith('data')),
  );
  return {
    variant,
    args,
    code,
    threw,
    out: outLines.join('\n'),
    err: errLines.join('\n'),
    stray,
    changedOutside,
    dataChanged: diff(dataBefore, snapshot(data, undefined)).length > 0,
    outFiles: outIsData ? readTree(data) : readTree(out),
    outIsData,
  };
}
