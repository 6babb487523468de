/**
 * Benchmark of the kampung path, the one `kkb indicators <dir>` takes by default: `computeKampungIndicators`
 * (every kampung's CPR, MKJP share, unmet need, poktan participation and classification for one month) on
 * data sets of 1,000, 10,000 and 50,000 kampung × 12 months held in memory (one population snapshot, 12
 * monthly reports and one intervention per kampung; `KKB_BENCH_SIZES=1000,10000` for fewer), against a
 * hand-written loop computing the same four values in the same run (its own code: a Map from kampung to
 * its latest report of the month and its snapshot, unrolled sums, integer rounding; nothing imported from
 * the package; it does not classify, so the ratio also counts the classification the path adds).
 *
 * Per size: every value compared first (untimed), then ROUNDS rounds interleaved (path, hand, path, hand …),
 * median and best of each, their ratio, the time per kampung, and the growth of the path's median from one
 * size to the next against the growth of the data (linear means about 5× from 10,000 to 50,000).
 * Figures only, no assertions.
 *
 * Run with `pnpm --filter @kampung-kb/indicators bench:kampung` (`pnpm bench` runs it after the engine bench).
 */
import {
  ageBands,
  codesOf,
  type Dataset,
  emptyDataset,
  type MonthlyReport,
  type PopulationSnapshot,
} from '@kampung-kb/model';
import { computeKampungIndicators } from '../src/index.js';

const MONTHS = 12;
const ROUNDS = 3;
const SIZES = (process.env['KKB_BENCH_SIZES'] ?? '1000,10000,50000').split(',').map(Number);
const MONTH = '2020-12';
const BANDS = codesOf(ageBands);

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function build(n: number): Dataset {
  const rand = rng(n);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const ds = emptyDataset();
  for (let k = 0; k < n; k++) {
    const id = `k${k}`;
    ds.kampung.push({
      id,
      name: `Kampung KB ${k}`,
      regionCode: `63.71.0${1 + (k % 5)}.1001`,
      designationDate: '2017-01-15',
      mainCriteria: [],
      areaCriteria: [],
    });
    const bands = Object.fromEntries(BANDS.map((b) => [b, int(20, 80)])) as PopulationSnapshot['male'];
    ds.population.push({
      kampungId: id,
      period: '2020-01',
      male: bands,
      female: bands,
      families: int(300, 600),
      pus: int(150, 450),
      familiesWithUnderFives: int(60, 200),
      familiesWithAdolescents: int(80, 220),
      familiesWithElderly: k % 97 === 5 ? 0 : int(40, 150),
      adolescents: int(150, 450),
    });
    ds.interventions.push({
      id: `i${k}`,
      kampungId: id,
      title: 'Kegiatan',
      date: '2020-06-15',
      section: 'economy',
      agencies: ['dinas_kesehatan', 'dinas_sosial'],
      targetGroups: [],
    });
  }
  for (let m = 1; m <= MONTHS; m++) {
    for (let k = 0; k < n; k++) {
      if (m === MONTHS && k % 211 === 7) continue; // no report in the month: no values
      ds.monthly.push({
        kampungId: `k${k}`,
        period: `2020-${String(m).padStart(2, '0')}`,
        users: {
          iud: int(0, 20),
          mow: int(0, 8),
          mop: int(0, 2),
          implant: int(0, 30),
          injectable: int(0, 80),
          pill: int(0, 40),
          condom: int(0, 8),
        },
        nonUsers: { pregnant: int(0, 10), ias: int(0, 20), iat: int(0, 30), tial: int(0, 30) },
        poktanParticipants: {
          bkb: int(0, 50),
          bkr: int(0, 60),
          bkl: int(0, 30),
          uppka: int(0, 200),
          pikr: int(0, 100),
        },
        jknHolders: int(0, 500),
      });
    }
  }
  return ds;
}

/** round(100 a / b, 2) half away from zero in integers (a, b ≥ 0); null when b is 0. */
const pct = (a: number, b: number): number | null =>
  b === 0 ? null : Math.floor((a * 20000 + b) / (2 * b)) / 100;

type Four = [number | null, number | null, number | null, number | null];

/** The hand loop: the four values of every kampung for MONTH. */
function hand(ds: Dataset): Map<string, Four> {
  const report = new Map<string, MonthlyReport>();
  for (const r of ds.monthly) if (r.period === MONTH) report.set(r.kampungId, r);
  const pop = new Map<string, PopulationSnapshot>();
  for (const p of ds.population) {
    const prev = pop.get(p.kampungId);
    if (p.period <= MONTH && (!prev || p.period >= prev.period)) pop.set(p.kampungId, p);
  }
  const out = new Map<string, Four>();
  for (const k of ds.kampung) {
    const m = report.get(k.id);
    const p = pop.get(k.id);
    if (!m || !p) {
      out.set(k.id, [null, null, null, null]);
      continue;
    }
    const u = m.users;
    const mkjp = u.iud + u.mow + u.mop + u.implant;
    const portal = mkjp + u.injectable + u.pill + u.condom;
    const pp = m.poktanParticipants;
    const t1 = p.familiesWithUnderFives;
    const t2 = p.familiesWithAdolescents;
    const t3 = p.familiesWithElderly;
    const t4 = p.families;
    const t5 = p.adolescents;
    const sum =
      (t1 === 0 ? 0 : pp.bkb / t1) +
      (t2 === 0 ? 0 : pp.bkr / t2) +
      (t3 === 0 ? 0 : pp.bkl / t3) +
      (t4 === 0 ? 0 : pp.uppka / t4) +
      (t5 === 0 ? 0 : pp.pikr / t5);
    out.set(k.id, [
      pct(portal, p.pus),
      pct(mkjp, portal),
      pct(m.nonUsers.iat + m.nonUsers.tial, p.pus),
      t1 + t2 + t3 + t4 + t5 === 0 ? null : Math.round(sum * 2000) / 100,
    ]);
  }
  return out;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const fmt = (x: number, d = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

console.log(`Node ${process.version}; month ${MONTH}; ${ROUNDS} rounds interleaved per size`);
console.log(
  'kampung × 12 months | values equal | path median ms (best) | hand median ms (best) | path / hand (median) | µs per kampung | path growth vs previous size',
);
let previous: { n: number; ms: number } | undefined;
for (const n of SIZES) {
  const ds = build(n);
  const results = computeKampungIndicators(ds, MONTH);
  const expected = hand(ds);
  let differ = 0;
  let first = '';
  for (const r of results) {
    const e = expected.get(r.kampungId);
    const got = [r.indicators.cpr.value, r.indicators.mkjpShare.value, r.indicators.unmetNeed.value];
    const all = [...got, r.indicators.poktanParticipation.value];
    if (!e || all.some((v, i) => v !== e[i])) {
      differ++;
      first ||= `${r.kampungId}: path ${JSON.stringify(all)}, hand ${JSON.stringify(e)}`;
    }
  }
  if (results.length !== expected.size) differ += Math.abs(results.length - expected.size);
  const path: number[] = [];
  const loop: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let t0 = performance.now();
    computeKampungIndicators(ds, MONTH);
    path.push(performance.now() - t0);
    t0 = performance.now();
    hand(ds);
    loop.push(performance.now() - t0);
  }
  const pm = median(path);
  const hm = median(loop);
  const growth = previous ? `${fmt(pm / previous.ms, 2)}× for ${fmt(n / previous.n, 1)}× the kampung` : '–';
  console.log(
    `${fmt(n)} | ${differ === 0 ? `yes (${fmt(n)} kampung × 4)` : `NO: ${differ} differ, e.g. ${first}`} | ` +
      `${fmt(pm)} (${fmt(Math.min(...path))}) | ${fmt(hm)} (${fmt(Math.min(...loop))}) | ${fmt(pm / hm, 1)}× | ` +
      `${fmt((pm * 1000) / n, 1)} | ${growth}`,
  );
  previous = { n, ms: pm };
}
