/**
 * Benchmark: 1,000,000 generated monthly reports of 4,000 kampung (250 months each, a population snapshot
 * every 24 months) against the built-in catalogue. Four timings in the same run, ROUNDS rounds
 * (variants interleaved round by round; median and best printed, ratios of medians):
 *
 * 0. unrolled (the baseline of the aim): the same checks with each field read by name, as written for speed;
 * 1. hand-written: the catalogue's monthly value checks written out by hand (users + non-users = PUS,
 *    five poktan ≤ target, JKN ≤ population, MKJP ≤ users, CPR ≤ 100 %) with the engine's null
 *    handling (every field read is type-checked, sums skip missing members), the snapshot in force found
 *    by binary search and its total population computed once per snapshot;
 * 2. engine: the same checks as the compiled rule set (`compileRules(builtinRules)`, `ruleSet.evaluate`),
 *    with the same snapshot lookup and one cached (frozen, as validateDataset builds it) variables
 *    object per snapshot;
 * 3. validateDataset: everything a run does (schema check of every record, population-missing,
 *    references, duplicates, future dates, the value rules, issue building), for the whole picture.
 *
 * Run with `pnpm --filter @kampung-kb/rules bench` (or
 * `node --conditions=@kampung-kb/source --import tsx packages/rules/bench/rules.bench.ts`).
 */
import type { EvalContext } from '@kampung-kb/expr';
import {
  ageBands,
  codesOf,
  type Dataset,
  emptyDataset,
  type MonthlyReport,
  type PopulationSnapshot,
  shiftMonth,
} from '@kampung-kb/model';
import { builtinRules, compileRules, validateDataset } from '../src/index.js';

const KAMPUNG = 4000;
const MONTHS = 250;
const N = KAMPUNG * MONTHS;
const ROUNDS = 5;

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
  return shiftMonth('2000-01', i);
}

const BAND = codesOf(ageBands);

function generate(): Dataset {
  const rand = rng(7);
  const int = (max: number) => Math.floor(rand() * max);
  const ds = emptyDataset();
  for (let k = 0; k < KAMPUNG; k++) {
    const id = `k-${k}`;
    ds.kampung.push({
      id,
      name: `Kampung KB ${k}`,
      regionCode: '63.71.04.1010',
      designationDate: '1999-01-01',
      mainCriteria: ['lowKbParticipation'],
      areaCriteria: ['riverbank'],
    });
    for (let m = 0; m < MONTHS; m += 24) {
      const bands = Object.fromEntries(BAND.map((b) => [b, 40 + int(20)])) as PopulationSnapshot['male'];
      ds.population.push({
        kampungId: id,
        period: period(m),
        male: bands,
        female: bands,
        families: 400,
        pus: 300 + int(50),
        familiesWithUnderFives: 120,
        familiesWithAdolescents: 150,
        familiesWithElderly: 90,
        adolescents: 230,
      });
    }
    const snaps = ds.population.slice(-Math.ceil(MONTHS / 24));
    for (let m = 0; m < MONTHS; m++) {
      const snap = snaps[Math.floor(m / 24)] as PopulationSnapshot;
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
      const rest = Math.max(0, snap.pus - u);
      const off = (k * MONTHS + m) % 1000 === 999 ? 1 : 0; // one report in 1000 breaks the balance
      ds.monthly.push({
        kampungId: id,
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
      });
    }
  }
  return ds;
}

/** Snapshots per kampung sorted by period, found by binary search (both variants use this). */
function snapshotIndex(ds: Dataset): Map<string, PopulationSnapshot[]> {
  const m = new Map<string, PopulationSnapshot[]>();
  for (const p of ds.population) {
    const l = m.get(p.kampungId);
    if (l) l.push(p);
    else m.set(p.kampungId, [p]);
  }
  for (const l of m.values()) l.sort((a, b) => (a.period < b.period ? -1 : 1));
  return m;
}

function inForce(list: readonly PopulationSnapshot[] | undefined, p: string): PopulationSnapshot | undefined {
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  let found: PopulationSnapshot | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = list[mid] as PopulationSnapshot;
    if (e.period <= p) {
      found = e;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function total(s: PopulationSnapshot): number {
  let n = 0;
  for (const v of Object.values(s.male)) n += v;
  for (const v of Object.values(s.female)) n += v;
  return n;
}

const USERS = ['iud', 'mow', 'mop', 'implant', 'injectable', 'pill', 'condom', 'mal', 'traditional'] as const;
const MKJP = ['iud', 'mow', 'mop', 'implant'] as const;
const NON_USERS = ['pregnant', 'ias', 'iat', 'tial'] as const;

type Counts = Readonly<Record<string, unknown>> | undefined;

/** Sum of the numeric members (null when none is a number), as `sum(x[...])` does. */
function sumOf(o: Counts, keys: readonly string[]): number | null {
  if (o === undefined || o === null || typeof o !== 'object') return null;
  let s = 0;
  let any = false;
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'number') {
      s += v;
      any = true;
    }
  }
  return any ? s : null;
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
/** `v <= limit` fails with both present (`skipIfAnyMissing` on both sides). */
const over = (v: unknown, limit: unknown): boolean =>
  typeof v === 'number' && typeof limit === 'number' && v > limit;

/**
 * The catalogue's monthly value checks by hand, with the engine's null handling: a missing field or
 * snapshot value skips the check (`skipIfAnyMissing`), sums skip missing members and are null when all
 * are missing, and CPR is not checked when PUS is 0 (`x / 0` is null).
 */
function handWritten(ds: Dataset, index: Map<string, PopulationSnapshot[]>): number {
  const totals = new Map<PopulationSnapshot, number>();
  let fired = 0;
  for (const r of ds.monthly) {
    const s = inForce(index.get(r.kampungId), r.period);
    const rec = r as unknown as Readonly<Record<string, unknown>>;
    const u = rec['users'] as Counts;
    const users = sumOf(u, USERS);
    const mkjp = sumOf(u, MKJP);
    if (mkjp !== null && users !== null && mkjp > users) fired++;
    if (!s) continue;
    let t = totals.get(s);
    if (t === undefined) {
      t = total(s);
      totals.set(s, t);
    }
    const pus = num(s.pus);
    const nonUsers = sumOf(rec['nonUsers'] as Counts, NON_USERS);
    if (users !== null && nonUsers !== null && pus !== null && users + nonUsers !== pus) fired++;
    const p = rec['poktanParticipants'] as Counts;
    if (p !== undefined && p !== null && typeof p === 'object') {
      if (over(p['bkb'], s.familiesWithUnderFives)) fired++;
      if (over(p['bkr'], s.familiesWithAdolescents)) fired++;
      if (over(p['bkl'], s.familiesWithElderly)) fired++;
      if (over(p['uppka'], s.families)) fired++;
      if (over(p['pikr'], s.adolescents)) fired++;
    }
    const jkn = rec['jknHolders'];
    if (typeof jkn === 'number' && jkn > t) fired++;
    if (users !== null && pus !== null && pus !== 0 && (users * 100) / pus > 100) fired++;
  }
  return fired;
}

/**
 * The same checks unrolled, as a careful engineer writes them for speed: each field read by name, the
 * optional methods (MAL, traditional) counted 0 when absent, the snapshot's total computed once per
 * snapshot. It finds the same issues as the null-handling loop on this data (checked before timing).
 */
function unrolled(ds: Dataset, index: Map<string, PopulationSnapshot[]>): number {
  const totals = new Map<PopulationSnapshot, number>();
  let fired = 0;
  for (const r of ds.monthly) {
    const s = inForce(index.get(r.kampungId), r.period);
    const u = r.users;
    const mkjp = u.iud + u.mow + u.mop + u.implant;
    const users = mkjp + u.injectable + u.pill + u.condom + (u.mal ?? 0) + (u.traditional ?? 0);
    if (mkjp > users) fired++;
    if (!s) continue;
    let t = totals.get(s);
    if (t === undefined) {
      t = total(s);
      totals.set(s, t);
    }
    const n = r.nonUsers;
    if (users + n.pregnant + n.ias + n.iat + n.tial !== s.pus) fired++;
    const p = r.poktanParticipants;
    if (p.bkb > s.familiesWithUnderFives) fired++;
    if (p.bkr > s.familiesWithAdolescents) fired++;
    if (p.bkl > s.familiesWithElderly) fired++;
    if (p.uppka > s.families) fired++;
    if (p.pikr > s.adolescents) fired++;
    if (r.jknHolders > t) fired++;
    if (s.pus !== 0 && (users * 100) / s.pus > 100) fired++;
  }
  return fired;
}

interface Timed {
  readonly label: string;
  readonly n: number;
  readonly run: () => number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Times the variants round by round, interleaved (variant A, B, …, then again), so that a busy machine
 * slows them alike and the ratios stay meaningful; prints median and best of each and returns the median
 * records/s.
 */
function timeAll(variants: readonly Timed[]): number[] {
  const ms = variants.map((): number[] => []);
  const fired = variants.map(() => 0);
  for (let round = 0; round < ROUNDS; round++) {
    variants.forEach((v, i) => {
      const t0 = performance.now();
      fired[i] = v.run();
      ms[i]?.push(performance.now() - t0);
    });
  }
  return variants.map((v, i) => {
    const m = median(ms[i] ?? []);
    const perSecond = v.n / (m / 1000);
    console.log(
      `${v.label.padEnd(16)} ${ROUNDS} rounds: median ${m.toFixed(0).padStart(6)} ms, best ${Math.min(
        ...(ms[i] ?? []),
      )
        .toFixed(0)
        .padStart(6)} ms  ` + `${(perSecond / 1e6).toFixed(2)} M records/s (median)  (${fired[i]} issues)`,
    );
    return perSecond;
  });
}

const ds = generate();
const index = snapshotIndex(ds);
const compiled = compileRules(builtinRules);
if (!compiled.ok) throw new Error('builtinRules do not compile');
const ruleSet = compiled.ruleSet;
console.log(
  `${N.toLocaleString('en')} monthly reports, ${ds.population.length.toLocaleString('en')} population snapshots, ${KAMPUNG} kampung; Node ${process.version}`,
);

const runEngine = (): number => {
  const ctxOf = new Map<PopulationSnapshot, EvalContext>();
  const none: EvalContext = { vars: {} };
  let fired = 0;
  for (const r of ds.monthly as MonthlyReport[]) {
    const s = inForce(index.get(r.kampungId), r.period);
    let ctx = none;
    if (s) {
      const cached = ctxOf.get(s);
      if (cached) ctx = cached;
      else {
        // One frozen variables object per snapshot, as validateDataset builds them.
        ctx = {
          vars: Object.freeze({
            pus: s.pus,
            totalPopulation: total(s),
            families: s.families,
            familiesWithUnderFives: s.familiesWithUnderFives,
            familiesWithAdolescents: s.familiesWithAdolescents,
            familiesWithElderly: s.familiesWithElderly,
            adolescents: s.adolescents,
            populationPeriod: s.period,
          }),
        };
        ctxOf.set(s, ctx);
      }
    }
    fired += ruleSet.evaluate('monthly', r, ctx).length;
  }
  return fired;
};
// Same checks, same answers: both variants must find the same number of issues.
const handIssues = handWritten(ds, index);
const engineIssues = runEngine();
const unrolledIssues = unrolled(ds, index);
if (handIssues !== engineIssues || unrolledIssues !== engineIssues) {
  throw new Error(
    `hand-written found ${handIssues} issues, the unrolled loop ${unrolledIssues}, the engine ${engineIssues}`,
  );
}
const [fast = 0, hand = 0, engine = 0] = timeAll([
  { label: 'unrolled', n: N, run: () => unrolled(ds, index) },
  { label: 'hand-written', n: N, run: () => handWritten(ds, index) },
  { label: 'engine', n: N, run: runEngine },
]);
console.log(
  `engine / unrolled loop (the baseline): ${(fast / engine).toFixed(2)}× slower; engine / null-handling hand loop: ` +
    `${(hand / engine).toFixed(2)}× (medians)`,
);
console.log(
  `aim: engine within 1.5× of the unrolled loop → ${fast / engine <= 1.5 ? 'met' : 'NOT met'}; ` +
    `within 1.5× of the null-handling loop → ${hand / engine <= 1.5 ? 'met' : 'NOT met'}`,
);
console.log(
  '(validateDataset below does everything a run does on the records held in memory; reading the files is in ' +
    'the cli bench validateDir.bench.ts and in pnpm bench:e2e)',
);
const records = ds.monthly.length + ds.population.length + ds.kampung.length;
timeAll([
  {
    label: 'validateDataset',
    n: records,
    run: () => validateDataset(ds, { today: '2030-12-31' }).issues.length,
  },
]);
