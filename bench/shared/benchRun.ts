/**
 * The run-and-measure helpers the root benchmarks share (bench/e2e/e2e.bench.ts, bench/reports/reports.bench.ts):
 * building stale packages, running one command in its own child process with its CPU time and peak RSS
 * (bench/e2e/reportUsage.mjs, preloaded), medians and figures, the machine's load, and seeded data
 * directories kept while they match their seed. Figures only: nothing here asserts on time.
 */

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDataDir } from '../e2e/generateDataDir.ts';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** The preload that writes a child's `process.resourceUsage()` to `$KKB_BENCH_USAGE` when it exits. */
export const USAGE_PRELOAD = join(ROOT, 'bench/e2e/reportUsage.mjs');

/** One timed run of a command. */
export interface RunSample {
  /** Wall time measured by the parent, ms. */
  readonly ms: number;
  /** User + system CPU time of the child, ms (NaN when the child did not report it). */
  readonly cpuMs: number;
  /** Peak resident set size of the child, MB. */
  readonly rssMb: number;
  readonly status: number | null;
  /** The spawn error, or the first non-empty line on stderr. */
  readonly error: string;
}

/** Newest modification time (ms) of the files under `dir` whose name passes `keep`. */
export function newest(dir: string, keep: (name: string) => boolean): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p, keep));
    else if (keep(e.name)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the packages when a dist is missing or older than a source file; with `noBuild`, throws instead. */
export function ensureBuilt(noBuild: boolean): void {
  const stale = readdirSync(join(ROOT, 'packages')).filter((p) => {
    const src = join(ROOT, 'packages', p, 'src');
    if (!existsSync(src)) return false;
    const dist = join(ROOT, 'packages', p, 'dist/index.mjs');
    const source = newest(src, (n) => n.endsWith('.ts') && !n.endsWith('.test.ts'));
    return !existsSync(dist) || statSync(dist).mtimeMs < source;
  });
  if (stale.length === 0) return;
  if (noBuild) throw new Error(`dist is missing or stale in ${stale.join(', ')}; run pnpm build`);
  console.log(`building (stale or missing dist: ${stale.join(', ')}) …`);
  const r = spawnSync('pnpm', ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('pnpm build failed');
}

/**
 * Runs `node --import reportUsage.mjs …nodeArgs` in the repository root, stdout into `stdoutFile` (or
 * dropped), and measures it. `usageFile` receives the child's resource usage.
 */
export function runMeasured(
  nodeArgs: readonly string[],
  files: { readonly usageFile: string; readonly stdoutFile?: string },
): RunSample {
  const { usageFile, stdoutFile } = files;
  if (existsSync(usageFile)) writeFileSync(usageFile, '');
  const fd = stdoutFile === undefined ? undefined : openSync(stdoutFile, 'w');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', USAGE_PRELOAD, ...nodeArgs], {
    cwd: ROOT,
    env: { ...process.env, KKB_BENCH_USAGE: usageFile, NO_COLOR: '1' },
    stdio: ['ignore', fd ?? 'ignore', 'pipe'],
    maxBuffer: 64 << 20,
  });
  const ms = performance.now() - t0;
  if (fd !== undefined) closeSync(fd);
  const text = existsSync(usageFile) ? readFileSync(usageFile, 'utf8') : '';
  const u =
    text === ''
      ? { maxRssKb: Number.NaN, cpuMs: Number.NaN }
      : (JSON.parse(text) as { maxRssKb: number; cpuMs: number });
  const stderr = r.stderr?.toString('utf8') ?? '';
  return {
    ms,
    cpuMs: u.cpuMs,
    rssMb: u.maxRssKb / 1024,
    status: r.status,
    error: r.error ? String(r.error) : (stderr.split('\n').find((l) => l.trim() !== '') ?? ''),
  };
}

/** A command that exits 0 succeeded; any other status failed. */
export const succeeded = (s: { readonly status: number | null }): boolean => s.status === 0;

/**
 * The median of a non-empty list (the mean of the two middle values for an even length).
 *
 * @example
 * median([3, 1, 2]); // 2
 * median([4, 1, 3, 2]); // 2.5
 */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * A figure with `d` decimals, `–` when it is not a finite number.
 *
 * @example
 * fmt(1.234); // '1.23'
 * fmt(Number.NaN); // '–'
 */
export function fmt(x: number, d = 2): string {
  return Number.isFinite(x) ? x.toFixed(d) : '–';
}

/** `Node v20…, 2 × <CPU>, 7.8 GB`: the machine a benchmark ran on. */
export function machineSummary(): string {
  return `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30, 1)} GB`;
}

/** Prints the 1-minute load average and warns when other processes keep the cores busy. */
export function printLoad(when: string): void {
  const [one = 0] = loadavg();
  const busy = one > cpus().length;
  console.log(
    `load average (1 min) ${when}: ${fmt(one)} on ${cpus().length} cores${busy ? ' — BUSY MACHINE: wall times and ratios are not reliable; compare the CPU columns, or rerun on a quiet machine' : ''}`,
  );
}

/**
 * A generated data directory of `kampung` kampung (bench/e2e/generateDataDir.ts) at `dir`, kept while its stamp
 * file (`stampName`) matches the size, months and seed, else generated anew. Returns the number of monthly
 * reports it generated, or null when the directory was reused.
 */
export async function ensureGeneratedData(
  dir: string,
  stampName: string,
  kampung: number,
  options: { readonly months: number; readonly seed: number },
): Promise<{ readonly generated: number | null; readonly seconds: number }> {
  const stampFile = join(dir, stampName);
  const stamp = JSON.stringify({ kampung, months: options.months, seed: options.seed, generator: 1 });
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp)
    return { generated: null, seconds: 0 };
  await rm(dir, { recursive: true, force: true });
  const t0 = performance.now();
  const g = await generateDataDir(dir, kampung, options);
  writeFileSync(stampFile, stamp);
  return { generated: g.monthlyReports, seconds: (performance.now() - t0) / 1000 };
}
