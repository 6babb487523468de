/**
 * The end-to-end benchmark on the user's path (`pnpm bench:e2e`): for each size (default 1,000, 10,000 and
 * 50,000 kampung × 12 months; `--sizes 1000,10000` for a quick run) it generates a seeded, valid data
 * directory (generateDataDir.ts; kept in `--dir`, default /tmp/kkb-bench-e2e, and reused while it matches the
 * seed), then times, each in its own child process and one at a time, rounds interleaved (`--rounds`,
 * default 3; median and best printed):
 *
 * - (a) a plain DuckDB query over the same CSVs computing the four portal indicators (duckdbQuery.mjs): the
 *   reference of every ratio;
 * - (b) a hand-written Node loop computing the same (handLoop.mjs);
 * - the BUILT CLI (packages/cli/bin/kkb.mjs; built first when dist is older than a source file):
 *   `kkb validate`, `kkb indicators --json`, `kkb indicators --level kota --json` (whole catalogue), each
 *   with the JS engine and with `--engine duckdb`. A command that exits with an error (for example an engine
 *   not built yet) is shown as "failed" with its exit code and first line of stderr.
 *
 * Peak RSS and CPU time come from `process.resourceUsage()` of the child (reportUsage.mjs, preloaded), wall
 * time from the parent. It then checks that the four values of every kampung are equal after the same rounding
 * between `kkb indicators --json` (both engines), the DuckDB query and the hand loop, and that both engines
 * give the same kota results and the same `validate` output, and prints whether each aim of issue 9 is met.
 * Figures only: nothing here asserts on time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { benchArgs, benchArgv, benchOptions } from '../shared/benchArgs.ts';
import {
  ensureBuilt,
  ensureGeneratedData,
  fmt,
  machineSummary,
  median,
  succeeded as ok,
  printLoad,
  ROOT,
  type RunSample,
  runMeasured,
} from '../shared/benchRun.ts';
import {
  type Comparison,
  compareKampungValues,
  type KampungValues,
  valuesFromBaselineJson,
  valuesFromCliJson,
} from './compareValues.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const KKB = join(ROOT, 'packages/cli/bin/kkb.mjs');
const SEED = 42;
const MONTHS = 12;

const E2E_DEFAULTS = { sizes: '1000,10000,50000', dir: '/tmp/kkb-bench-e2e' } as const;
const { values: args } = parseArgs({ args: benchArgv(), options: benchOptions(E2E_DEFAULTS) });
const { sizes: SIZES, rounds: ROUNDS, dir: WORK, noBuild: NO_BUILD } = benchArgs(args, E2E_DEFAULTS);

interface Job {
  readonly key: string;
  readonly label: string;
  /** Node arguments after `node --import reportUsage.mjs`. */
  readonly argv: (dir: string, out: string) => string[];
  /** stdout goes to the out file (CLI commands) rather than the script writing it (baselines). */
  readonly stdoutToFile: boolean;
  /** The aim's limit as a multiple of the DuckDB query, if any. */
  readonly aim?: number;
}

const today = ['--today', '2026-11-30'];
const JOBS: readonly Job[] = [
  {
    key: 'duckdbQuery',
    label: '(a) plain DuckDB query, 4 indicators',
    argv: (d, o) => [join(HERE, 'duckdbQuery.mjs'), d, o],
    stdoutToFile: false,
  },
  {
    key: 'handLoop',
    label: '(b) hand-written Node loop, 4 indicators',
    argv: (d, o) => [join(HERE, 'handLoop.mjs'), d, o],
    stdoutToFile: false,
  },
  ...(['js', 'duckdb'] as const).flatMap((engine): Job[] => {
    const e = engine === 'js' ? [] : ['--engine', 'duckdb'];
    const aim = engine === 'js' ? 3 : 1.5;
    return [
      {
        key: `validate-${engine}`,
        label: `kkb validate${engine === 'js' ? '' : ' --engine duckdb'}`,
        argv: (d) => [KKB, 'validate', d, ...today, ...e],
        stdoutToFile: true,
        aim,
      },
      {
        key: `indicators-${engine}`,
        label: `kkb indicators --json${engine === 'js' ? '' : ' --engine duckdb'}`,
        argv: (d) => [KKB, 'indicators', d, '--json', ...e],
        stdoutToFile: true,
        aim,
      },
      {
        key: `kota-${engine}`,
        label: `kkb indicators --level kota --json${engine === 'js' ? '' : ' --engine duckdb'}`,
        argv: (d) => [KKB, 'indicators', d, '--level', 'kota', '--json', ...e],
        stdoutToFile: true,
        aim,
      },
    ];
  }),
];

function runJob(job: Job, dir: string, out: string): RunSample {
  // Scripts (the baselines) write `out` themselves; CLI commands print it. Either way it starts empty.
  if (existsSync(out)) writeFileSync(out, '');
  return runMeasured(job.argv(dir, out), {
    usageFile: `${out}.usage.json`,
    ...(job.stdoutToFile ? { stdoutFile: out } : {}),
  });
}

interface Row {
  readonly job: Job;
  readonly samples: RunSample[];
}

interface SizeResult {
  readonly kampung: number;
  readonly rows: Row[];
  readonly comparison: Comparison | string;
  readonly kotaSame: string;
  readonly validateSame: string;
}

async function ensureData(kampung: number): Promise<string> {
  const dir = join(WORK, `k${kampung}`);
  const g = await ensureGeneratedData(dir, '.bench-e2e.json', kampung, { months: MONTHS, seed: SEED });
  if (g.generated !== null) {
    console.log(
      `generated ${dir}: ${kampung.toLocaleString('en')} kampung, ${g.generated.toLocaleString('en')} monthly reports in ${fmt(g.seconds, 1)} s`,
    );
  }
  return dir;
}

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

function compare(
  out: (key: string) => string,
  rows: Row[],
): Pick<SizeResult, 'comparison' | 'kotaSame' | 'validateSame'> {
  const last = (key: string) => rows.find((r) => r.job.key === key)?.samples.at(-1);
  const sources: { name: string; values: KampungValues }[] = [];
  const skipped: string[] = [];
  const add = (key: string, name: string, parse: (j: unknown) => KampungValues) => {
    const s = last(key);
    if (!s || !ok(s)) {
      skipped.push(`${name} (failed)`);
      return;
    }
    sources.push({ name, values: parse(readJson(out(key))) });
  };
  let comparison: Comparison | string;
  try {
    add('duckdbQuery', 'DuckDB query', valuesFromBaselineJson);
    add('handLoop', 'hand loop', valuesFromBaselineJson);
    add('indicators-js', 'kkb --engine js', valuesFromCliJson);
    add('indicators-duckdb', 'kkb --engine duckdb', valuesFromCliJson);
    const c = compareKampungValues(sources);
    comparison =
      sources.length < 2
        ? `nothing to compare (${skipped.join(', ')})`
        : Object.assign(c, {
            note: `${sources.map((s) => s.name).join(', ')}${skipped.length ? `; not compared: ${skipped.join(', ')}` : ''}`,
          });
  } catch (e) {
    comparison = `could not compare: ${(e as Error).message}`;
  }
  const both = (key: string, same: () => boolean): string => {
    const a = last(`${key}-js`);
    const b = last(`${key}-duckdb`);
    if (!a || !b || !ok(a) || !ok(b)) return 'not compared (an engine failed)';
    try {
      return same() ? 'identical' : 'DIFFERENT';
    } catch (e) {
      return `could not compare: ${(e as Error).message}`;
    }
  };
  const kotaSame = both('kota', () => {
    const a = readJson(out('kota-js')) as { results?: unknown };
    const b = readJson(out('kota-duckdb')) as { results?: unknown };
    return isDeepStrictEqual(a.results, b.results);
  });
  const validateSame = both(
    'validate',
    () => readFileSync(out('validate-js'), 'utf8') === readFileSync(out('validate-duckdb'), 'utf8'),
  );
  return { comparison, kotaSame, validateSame };
}

async function runSize(kampung: number): Promise<SizeResult> {
  const dir = await ensureData(kampung);
  const outDir = join(WORK, `out-k${kampung}`);
  await mkdir(outDir, { recursive: true });
  const out = (key: string) => join(outDir, `${key}.out`);
  const rows: Row[] = JOBS.map((job) => ({ job, samples: [] }));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const row of rows) {
      const s = runJob(row.job, dir, out(row.job.key));
      row.samples.push(s);
      process.stderr.write(
        `  k${kampung} round ${round}/${ROUNDS} ${row.job.label}: ${ok(s) ? `${fmt(s.ms / 1000)} s, ${fmt(s.rssMb, 0)} MB` : `failed (exit ${s.status})`}\n`,
      );
    }
  }
  return { kampung, rows, ...compare(out, rows) };
}

function printSize(r: SizeResult): void {
  const base = r.rows.find((x) => x.job.key === 'duckdbQuery');
  const baseMs = base?.samples.every(ok) ? median(base.samples.map((s) => s.ms)) : Number.NaN;
  const baseCpu = base?.samples.every(ok) ? median(base.samples.map((s) => s.cpuMs)) : Number.NaN;
  console.log(
    `\n### ${r.kampung.toLocaleString('en')} kampung × ${MONTHS} months (${ROUNDS} rounds, interleaved)\n`,
  );
  console.log(
    '| command | median s | best s | × DuckDB query (median) | CPU s (median) | × DuckDB query (CPU) | peak RSS MB (max) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of r.rows) {
    const failed = row.samples.find((s) => !ok(s));
    if (failed) {
      console.log(
        `| ${row.job.label} | failed | | | | | exit ${failed.status}: ${failed.error.replaceAll('|', '/').slice(0, 90)} |`,
      );
      continue;
    }
    const ms = median(row.samples.map((s) => s.ms));
    const cpu = median(row.samples.map((s) => s.cpuMs));
    console.log(
      `| ${row.job.label} | ${fmt(ms / 1000)} | ${fmt(Math.min(...row.samples.map((s) => s.ms)) / 1000)} | ${fmt(ms / baseMs)}× | ${fmt(cpu / 1000)} | ${fmt(cpu / baseCpu)}× | ${fmt(Math.max(...row.samples.map((s) => s.rssMb)), 0)} |`,
    );
  }
  const c = r.comparison;
  if (typeof c === 'string') console.log(`\nvalues: ${c}`);
  else {
    const note = (c as Comparison & { note?: string }).note ?? '';
    console.log(
      `\nvalues (4 indicators × ${c.kampung.toLocaleString('en')} kampung, ${c.values.toLocaleString('en')} non-null): ` +
        `${c.equal ? 'ALL EQUAL' : `${c.mismatchCount} MISMATCHES`} between ${note}`,
    );
    for (const m of c.mismatches) {
      console.log(`  ${m.source}: ${m.kampungId} ${m.value} expected ${m.expected}, got ${m.actual}`);
    }
  }
  console.log(
    `kota results, js vs duckdb engine: ${r.kotaSame}; validate output, js vs duckdb engine: ${r.validateSame}`,
  );
}

function medianOf(r: SizeResult | undefined, key: string): RunSample[] | undefined {
  const row = r?.rows.find((x) => x.job.key === key);
  return row?.samples.every(ok) ? row.samples : undefined;
}

function printAims(results: SizeResult[]): void {
  console.log('\n### Aims of issue 9\n');
  const big = results.find((r) => r.kampung === 50_000);
  const small = results.find((r) => r.kampung === 10_000);
  if (!big)
    console.log(
      '(50,000 kampung not run: the aims at 50,000 are not measured; run with --sizes including 50000)',
    );
  const baseMs = medianOf(big, 'duckdbQuery');
  const base = baseMs ? median(baseMs.map((s) => s.ms)) : Number.NaN;
  console.log('| aim | figure | met |');
  console.log('| --- | --- | --- |');
  for (const job of JOBS.filter((j) => j.aim !== undefined)) {
    const s = medianOf(big, job.key);
    if (!big) continue;
    if (!s) {
      console.log(`| ${job.label} within ${job.aim}× of the DuckDB query at 50,000 | failed | no |`);
      continue;
    }
    const ratio = median(s.map((x) => x.ms)) / base;
    console.log(
      `| ${job.label} within ${job.aim}× of the DuckDB query at 50,000 | ${fmt(ratio)}× | ${ratio <= (job.aim ?? 0) ? 'yes' : 'no'} |`,
    );
    if (job.key.endsWith('-js')) {
      const rss = Math.max(...s.map((x) => x.rssMb));
      console.log(
        `| ${job.label} peak RSS under 1 GB at 50,000 | ${fmt(rss, 0)} MB | ${rss < 1024 ? 'yes' : 'no'} |`,
      );
      const s10 = medianOf(small, job.key);
      if (s10) {
        const growth = median(s.map((x) => x.ms)) / median(s10.map((x) => x.ms));
        console.log(
          `| ${job.label} time 10,000 → 50,000 at most 6× | ${fmt(growth)}× | ${growth <= 6 ? 'yes' : 'no'} |`,
        );
      } else console.log(`| ${job.label} time 10,000 → 50,000 at most 6× | 10,000 not run or failed | – |`);
    }
  }
}

ensureBuilt(NO_BUILD);
await mkdir(WORK, { recursive: true });
console.log(
  `${machineSummary()}; ` +
    `sizes ${SIZES.join(', ')} kampung × ${MONTHS} months; each command in its own process, one at a time`,
);
printLoad('at the start');
const results: SizeResult[] = [];
for (const n of SIZES) {
  const r = await runSize(n);
  results.push(r);
  printSize(r);
  printLoad(`after ${n.toLocaleString('en')} kampung`);
}
printAims(results);
