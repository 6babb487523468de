/**
 * The reports benchmark (`pnpm bench:reports`): every report of a city, for the Banjarmasin example as it is
 * (21 kampung, 2017–2020) and for a generated city of 1,000 kampung × 12 months (bench/e2e/generateDataDir.ts,
 * kept in `--dir`, default /tmp/kkb-bench-reports, and reused while it matches the seed). For each data set it
 * times, each in its own child process and one at a time, rounds interleaved (`--rounds`, default 3; median and
 * best printed):
 *
 * - the baseline: `kkb indicators <dir> --json` on the same data (reading, validation and the engine: what
 *   every report needs before it writes a line);
 * - `kkb report <dir> --out <tmp> --lang id` for every entry of {@link FORMATS} (HTML and Markdown, CSV, XLSX,
 *   PDF), and the same with `--public` (disclosure control, whose linear
 *   programs are the reports' own cost).
 *
 * The CLI is the BUILT one (packages/cli/bin/kkb.mjs; built first when a dist is older than a source file),
 * or the sources with `--source` (tsx start-up is then in every figure, the baseline's too). Peak RSS and CPU
 * time come from `process.resourceUsage()` of the child (bench/e2e/reportUsage.mjs, preloaded), wall time from
 * the parent; the number and total size of the files written are counted after each run. Figures only:
 * nothing here asserts on time.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXAMPLE_DATA } from '../e2e/generateDataDir.ts';
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

const SEED = 42;
const MONTHS = 12;

/**
 * The `kkb report` variants timed, by the arguments they add. THE one list of formats: add
 * `{ label: 'pdf', args: ['--format', 'pdf'] }` (and xlsx, csv, all of them) as the CLI gains them.
 */
const ALL_FORMATS: readonly {
  readonly key: string;
  readonly label: string;
  readonly args: readonly string[];
}[] = [
  { key: 'html', label: 'html + md (default)', args: [] },
  { key: 'csv', label: 'csv', args: ['--format', 'csv'] },
  { key: 'xlsx', label: 'xlsx', args: ['--format', 'xlsx'] },
  { key: 'pdf', label: 'pdf', args: ['--format', 'pdf'] },
];

const REPORTS_DEFAULTS = { sizes: '21,1000', dir: '/tmp/kkb-bench-reports' } as const;
const { values: args } = parseArgs({
  args: benchArgv(),
  options: {
    ...benchOptions(REPORTS_DEFAULTS),
    source: { type: 'boolean', default: false },
    /** Which of {@link ALL_FORMATS} to time (`html,csv,xlsx,pdf`; PDF of 1,000 kampung prints 5,000+ pages). */
    formats: { type: 'string', default: 'html,csv,xlsx,pdf' },
  },
});
const wanted = new Set((args.formats ?? '').split(',').map((f) => f.trim()));
const FORMATS = ALL_FORMATS.filter((f) => wanted.has(f.key));
if (FORMATS.length === 0) throw new Error(`--formats: some of html,csv,xlsx,pdf, got ${args.formats}`);
const { sizes: SIZES, rounds: ROUNDS, dir: WORK, noBuild: NO_BUILD } = benchArgs(args, REPORTS_DEFAULTS);
const SOURCE = args.source === true;
/** Node arguments that run `kkb`: the built binary, or the sources through tsx. */
const KKB = SOURCE
  ? ['--conditions=@kampung-kb/source', '--import', 'tsx', join(ROOT, 'scripts/kkb.ts')]
  : [join(ROOT, 'packages/cli/bin/kkb.mjs')];

interface Job {
  readonly key: string;
  readonly label: string;
  /** kkb's arguments for a data directory and an output directory. */
  readonly argv: (dir: string, out: string) => string[];
  /** The baseline prints to stdout (kept in a file); reports write into `out`. */
  readonly stdoutToFile: boolean;
}

const JOBS: readonly Job[] = [
  {
    key: 'indicators',
    label: 'baseline: kkb indicators --json',
    argv: (d) => ['indicators', d, '--json'],
    stdoutToFile: true,
  },
  ...FORMATS.flatMap((f, k): Job[] =>
    [false, true].map((pub) => ({
      key: `report-${k}${pub ? '-public' : ''}`,
      label: `kkb report --lang id${f.args.length ? ` ${f.args.join(' ')}` : ''}${pub ? ' --public' : ''} (${f.label})`,
      argv: (d, o) => ['report', d, '--out', o, '--lang', 'id', ...f.args, ...(pub ? ['--public'] : [])],
      stdoutToFile: false,
    })),
  ),
];

interface Sample extends RunSample {
  readonly files: number;
  readonly bytes: number;
}

/** Number and total size of the files under `dir`. */
function written(dir: string): { files: number; bytes: number } {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

function runJob(job: Job, dir: string, work: string): Sample {
  const out = join(work, job.key);
  rmSync(out, { recursive: true, force: true });
  const stdoutFile = `${out}.stdout`;
  const run = runMeasured([...KKB, ...job.argv(dir, out)], {
    usageFile: `${out}.usage.json`,
    ...(job.stdoutToFile ? { stdoutFile } : {}),
  });
  const w = job.stdoutToFile ? { files: 1, bytes: statSync(stdoutFile).size } : written(out);
  return { ...run, ...w };
}

/** The example as it is for 21; a generated directory (kept while it matches) otherwise. */
async function ensureData(kampung: number): Promise<{ dir: string; label: string }> {
  if (kampung === 21) return { dir: EXAMPLE_DATA, label: '21 kampung (Banjarmasin example, 2017–2020)' };
  const dir = join(WORK, `k${kampung}`);
  const label = `${kampung.toLocaleString('en')} kampung × ${MONTHS} months (generated, seed ${SEED})`;
  const g = await ensureGeneratedData(dir, '.bench-reports.json', kampung, { months: MONTHS, seed: SEED });
  if (g.generated !== null)
    console.log(`generated ${dir}: ${g.generated.toLocaleString('en')} monthly reports`);
  return { dir, label };
}

interface Row {
  readonly job: Job;
  readonly samples: Sample[];
}

async function runSize(kampung: number): Promise<void> {
  const { dir, label } = await ensureData(kampung);
  const work = join(WORK, `out-k${kampung}`);
  await mkdir(work, { recursive: true });
  const rows: Row[] = JOBS.map((job) => ({ job, samples: [] }));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const row of rows) {
      const s = runJob(row.job, dir, work);
      row.samples.push(s);
      process.stderr.write(
        `  k${kampung} round ${round}/${ROUNDS} ${row.job.label}: ${ok(s) ? `${fmt(s.ms / 1000)} s, ${fmt(s.rssMb, 0)} MB, ${s.files} files` : `failed (exit ${s.status}: ${s.error})`}\n`,
      );
    }
  }
  const base = rows[0]?.samples.every(ok) ? median(rows[0].samples.map((s) => s.ms)) : Number.NaN;
  const baseCpu = rows[0]?.samples.every(ok) ? median(rows[0].samples.map((s) => s.cpuMs)) : Number.NaN;
  console.log(
    `\n### ${label} (${ROUNDS} rounds, interleaved; ${SOURCE ? 'sources via tsx' : 'built CLI'})\n`,
  );
  console.log(
    '| command | median s | best s | × baseline (median) | CPU s (median) | × baseline (CPU) | peak RSS MB (max) | files written | MB written |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const failed = row.samples.find((s) => !ok(s));
    if (failed) {
      console.log(
        `| ${row.job.label} | failed | | | | | | | exit ${failed.status}: ${failed.error.replaceAll('|', '/').slice(0, 90)} |`,
      );
      continue;
    }
    const ms = median(row.samples.map((s) => s.ms));
    const cpu = median(row.samples.map((s) => s.cpuMs));
    const last = row.samples.at(-1) as Sample;
    console.log(
      `| ${row.job.label} | ${fmt(ms / 1000)} | ${fmt(Math.min(...row.samples.map((s) => s.ms)) / 1000)} | ${fmt(ms / base)}× | ${fmt(cpu / 1000)} | ${fmt(cpu / baseCpu)}× | ${fmt(Math.max(...row.samples.map((s) => s.rssMb)), 0)} | ${last.files.toLocaleString('en')} | ${fmt(last.bytes / 2 ** 20, 2)} |`,
    );
  }
}

if (!SOURCE) ensureBuilt(NO_BUILD);
await mkdir(WORK, { recursive: true });
console.log(
  `${machineSummary()}; ` +
    `sizes ${SIZES.join(', ')} kampung; each command in its own process, one at a time`,
);
printLoad('at the start');
for (const n of SIZES) {
  await runSize(n);
  printLoad(`after ${n.toLocaleString('en')} kampung`);
}
