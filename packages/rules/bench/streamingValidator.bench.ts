/**
 * Benchmark: memory and speed of a streamed validation run against the in-memory one, in the same run.
 *
 * Each scenario runs in its own child process under `node --max-old-space-size=1024 --expose-gc` (so
 * that one scenario's memory does not count for the next) and reports records/s, the peak resident set
 * (`process.resourceUsage().maxRSS`) and the live memory after a full GC at the end of the input (V8 heap
 * plus ArrayBuffers, where the validator's typed-array columns live):
 *
 * 1. `validateDataset` on a 500,000-report data set held in memory (2,000 kampung × 250 months): the
 *    baseline, the way `kkb validate` worked before;
 * 2. `createDatasetValidator` fed 5,000,000 reports (20,000 kampung × 250 months) generated one at a time
 *    and dropped after `add`, as `streamDataDir` yields them, with the built-in rules; kampung and
 *    population snapshots (one every 24 months) first;
 * 3. the same with cross-period rules too (a `prev()` comparison, a `jump` and an `outlier` rule), which
 *    keep the fields they read for every kampung and month, fed month by month (the order of a file
 *    sorted by period).
 *
 * Speed is records per second of CPU time (user + system, which includes the GC threads), printed with
 * the wall time: on a shared machine wall time mostly measures the other processes.
 *
 * Records carry a source (file, line) as read from a CSV file; one report in 1,000 breaks the PUS balance
 * and issues are counted through `onIssue` (streamed) or in the result (in memory). Times include
 * generating the records in every scenario (the generator is the same), so records/s compare alike.
 *
 * Run with `pnpm --filter @kampung-kb/rules bench:stream` (or
 * `node --conditions=@kampung-kb/source --import tsx packages/rules/bench/streamingValidator.bench.ts`).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  ageBands,
  codesOf,
  type Dataset,
  emptyDataset,
  type Kampung,
  type MonthlyReport,
  type PopulationSnapshot,
  type SourceRef,
} from '@kampung-kb/model';
import {
  builtinRules,
  compileRules,
  createDatasetValidator,
  type RuleDefinition,
  validateDataset,
} from '../src/index.js';

const MONTHS = 250;
/** Kampung of the streamed scenarios (20,000 × 250 months = 5 M reports); `KKB_BENCH_KAMPUNG` for a quick try. */
const STREAM_KAMPUNG = Number(process.env['KKB_BENCH_KAMPUNG'] ?? 20000);
const BAND = codesOf(ageBands);

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function period(i: number): string {
  return `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

function kampungOf(k: number): Kampung {
  return {
    id: `k-${k}`,
    name: `Kampung KB ${k}`,
    regionCode: '63.71.04.1010',
    designationDate: '1999-01-01',
    mainCriteria: ['lowKbParticipation'],
    areaCriteria: ['riverbank'],
  };
}

/** PUS of kampung k's snapshot s (deterministic, so that reports can be generated to balance it). */
const pusOf = (k: number, s: number) => 300 + ((k * 7 + s * 13) % 50);

function snapshotOf(k: number, s: number): PopulationSnapshot {
  const bands = () =>
    Object.fromEntries(BAND.map((b) => [b, 40 + ((k + s) % 20)])) as PopulationSnapshot['male'];
  return {
    kampungId: `k-${k}`,
    period: period(s * 24),
    male: bands(),
    female: bands(),
    families: 400,
    pus: pusOf(k, s),
    familiesWithUnderFives: 120,
    familiesWithAdolescents: 150,
    familiesWithElderly: 90,
    adolescents: 230,
  };
}

function reportOf(k: number, m: number, int: (max: number) => number): MonthlyReport {
  const users = {
    iud: int(30),
    mow: int(10),
    mop: int(3),
    implant: int(40),
    injectable: int(90),
    pill: int(50),
    condom: int(10),
  };
  let u = 0;
  for (const v of Object.values(users)) u += v;
  const rest = Math.max(0, pusOf(k, Math.floor(m / 24)) - u);
  const off = (k * MONTHS + m) % 1000 === 999 ? 1 : 0; // one report in 1000 breaks the balance
  return {
    kampungId: `k-${k}`,
    period: period(m),
    users,
    nonUsers: {
      pregnant: rest - 3 * Math.floor(rest / 4) + off,
      ias: Math.floor(rest / 4),
      iat: Math.floor(rest / 4),
      tial: Math.floor(rest / 4),
    },
    poktanParticipants: { bkb: int(120), bkr: int(150), bkl: int(90), uppka: int(400), pikr: int(230) },
    jknHolders: int(1500),
  };
}

type Emit = (type: 'kampung' | 'population' | 'monthly', record: object, source: SourceRef) => void;

/**
 * Generates a data set record by record: kampung, population, then the monthly reports, kampung by
 * kampung (`byMonth` false) or month by month; nothing is kept.
 */
function generate(kampung: number, byMonth: boolean, emit: Emit): void {
  const rand = rng(7);
  const int = (max: number) => Math.floor(rand() * max);
  let line = 1;
  for (let k = 0; k < kampung; k++) emit('kampung', kampungOf(k), { file: 'kampung.csv', line: k + 2 });
  for (let k = 0; k < kampung; k++) {
    for (let s = 0; s * 24 < MONTHS; s++)
      emit('population', snapshotOf(k, s), { file: 'population.csv', line: ++line });
  }
  line = 1;
  if (byMonth) {
    for (let m = 0; m < MONTHS; m++)
      for (let k = 0; k < kampung; k++)
        emit('monthly', reportOf(k, m, int), { file: 'monthly.csv', line: ++line });
  } else {
    for (let k = 0; k < kampung; k++)
      for (let m = 0; m < MONTHS; m++)
        emit('monthly', reportOf(k, m, int), { file: 'monthly.csv', line: ++line });
  }
}

const common = {
  version: '1.0.0',
  name: { id: 'Uji', en: 'Test' },
  description: { id: 'Aturan uji', en: 'A test rule' },
  instruction: { id: 'Periksa', en: 'Check' },
  severity: 'warning',
  recordType: 'monthly',
  periodType: 'month',
  regionLevels: ['village'],
  tags: [],
  source: 'bench',
} as const;

const crossPeriod: readonly RuleDefinition[] = [
  ...builtinRules,
  {
    ...common,
    kind: 'comparison',
    id: 'jkn-not-collapsing',
    left: { expression: 'jknHolders', missingValueStrategy: 'skipIfAnyMissing' },
    operator: '>=',
    right: { expression: 'prev(jknHolders) / 100', missingValueStrategy: 'skipIfAnyMissing' },
  },
  { ...common, kind: 'jump', id: 'users-jump', expression: 'sum(users[*])', maxRatio: 3, minBase: 100 },
  {
    ...common,
    kind: 'outlier',
    id: 'iud-outlier',
    expression: 'users.iud',
    method: 'zScore',
    minHistory: 12,
  },
];

interface Figures {
  readonly label: string;
  readonly records: number;
  readonly issues: number;
  readonly ms: number;
  /** CPU time (user + system) of the process, ms: steadier than wall time on a busy machine. */
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly liveMb: number;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function liveMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
}

function runScenario(name: string): Figures {
  const t0 = performance.now();
  let records = 0;
  let issues = 0;
  let live = 0;
  if (name === 'inMemory') {
    const ds: Dataset = emptyDataset();
    const sources = ds.sources as WeakMap<object, SourceRef>;
    generate(2000, false, (type, record, source) => {
      const list = ds[
        type === 'kampung' ? 'kampung' : type === 'population' ? 'population' : 'monthly'
      ] as object[];
      list.push(record);
      sources.set(record, source);
      records++;
    });
    const result = validateDataset(ds, { today: '2030-12-31' });
    issues = result.issues.length;
    live = liveMb();
    return {
      label: 'validateDataset, 500 k in memory',
      records,
      issues,
      ms: performance.now() - t0,
      cpuMs: cpuMs(),
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      liveMb: live,
    };
  }
  const rules = name === 'crossPeriod' ? compileRules(crossPeriod) : undefined;
  if (rules && !rules.ok) throw new Error('bench rules do not compile');
  const v = createDatasetValidator({
    today: '2030-12-31',
    ...(rules?.ok ? { rules: rules.ruleSet } : {}),
    onIssue: () => {
      issues++;
    },
  });
  generate(STREAM_KAMPUNG, name === 'crossPeriod', (type, record, source) => {
    v.add(type, record, source);
    records++;
  });
  live = liveMb();
  v.finish();
  return {
    label:
      name === 'crossPeriod'
        ? 'stream 5 M, + prev/jump/outlier, by month'
        : 'stream 5 M, built-in rules, by kampung',
    records,
    issues,
    ms: performance.now() - t0,
    cpuMs: cpuMs(),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    liveMb: live,
  };
}

const scenario = process.argv[2];
if (scenario !== undefined) {
  process.stdout.write(JSON.stringify(runScenario(scenario)));
} else {
  const self = fileURLToPath(import.meta.url);
  const run = (name: string): Figures =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--max-old-space-size=1024',
          '--expose-gc',
          '--conditions=@kampung-kb/source',
          '--import',
          'tsx',
          self,
          name,
        ],
        { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
      ),
    ) as Figures;
  console.log(`Node ${process.version}; each scenario in its own process under --max-old-space-size=1024`);
  const all = ['inMemory', 'builtin', 'crossPeriod'].map(run);
  const base = all[0] as Figures;
  const perSecond = (f: Figures) => f.records / (f.cpuMs / 1000);
  for (const f of all) {
    console.log(
      `${f.label.padEnd(42)} ${f.records.toLocaleString('en').padStart(10)} records ${(f.ms / 1000).toFixed(1).padStart(6)} s wall ` +
        `${(f.cpuMs / 1000).toFixed(1).padStart(6)} s CPU ` +
        `${(perSecond(f) / 1000).toFixed(0).padStart(5)} k records/CPU-s (${(perSecond(f) / perSecond(base)).toFixed(2)}× baseline)  ` +
        `peak RSS ${f.maxRssMb.toFixed(0).padStart(5)} MB  live after GC ${f.liveMb.toFixed(0).padStart(5)} MB  ` +
        `(${((f.liveMb * 2 ** 20) / f.records).toFixed(0)} B/record)  ${f.issues} issues`,
    );
  }
  const worst = Math.max(...all.slice(1).map((f) => f.maxRssMb));
  console.log(
    `aim: 5 M reports within 1 GB peak RSS → ${worst < 1024 ? 'met' : 'NOT met'} (${worst.toFixed(0)} MB)`,
  );
}
