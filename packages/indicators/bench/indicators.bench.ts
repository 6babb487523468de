/**
 * Benchmark of the indicator engine on 10,870 generated kampung × 12 months of 2020 = 130,440
 * kampung-months (at least the 130,432 the issue's aim names; with the kampung, population and intervention
 * records the stream holds about 170,000 records), in 4 kota/kabupaten × 12 kecamatan × 15 kelurahan of
 * province 63. Printed figures (no assertions):
 *
 * 1. the whole default catalogue at every level (kampung, kelurahan, kecamatan, kota, province) for the 12
 *    months and 4 quarters of 2020, in one pass over a stream generated as it is read (generation included
 *    in the time; nothing held): wall time, rows, peak heap, and the aim (under 5 s);
 * 2. the engine computing CPR (portal), MKJP share, unmet need and poktan participation (mean of 5) at
 *    kampung level for the same periods, against a hand-written loop computing the same four figures (its
 *    own code: typed arrays, unrolled, integer rounding; nothing imported from the engine), both on the same
 *    records generated beforehand outside the timed region; every value compared first; ROUNDS rounds
 *    interleaved, median and best, and the ratio of each;
 * 3. memory at 10× the reports (every kampung-month reported ten times, as corrections appended to a file,
 *    the last one winning), to show that memory follows the groups, not the records.
 *
 * Peak heap is `process.memoryUsage().heapUsed` sampled every 10,000 records and every 100,000 result
 * rows, after `global.gc()` at the start of each run (the script runs node with `--expose-gc`); it
 * includes garbage not yet collected. "Live" peaks call `global.gc()` before each sample (every 100,000
 * records and 250,000 rows), so they show what the engine retains; those runs are slower by the forced
 * collections.
 *
 * Run with `pnpm --filter @kampung-kb/indicators bench` (or
 * `node --expose-gc --conditions=@kampung-kb/source --import tsx packages/indicators/bench/indicators.bench.ts`).
 */
import type { MonthlyReport, PopulationSnapshot } from '@kampung-kb/model';
import { ageBands, codesOf } from '@kampung-kb/model';
import {
  type AggregationLevel,
  defaultIndicatorCatalogue,
  expandIndicators,
  type IndicatorDefinition,
  IndicatorEngine,
  type TypedRecord,
} from '../src/index.js';

const REGENCIES = 4;
const DISTRICTS = 12;
const VILLAGES = 15;
/** 10,870 kampung × 12 months = 130,440 kampung-months: at least the 130,432 the issue's aim names. */
const KAMPUNG = Number(process.env['KKB_BENCH_KAMPUNG'] ?? 10870);
const MONTHS = 12;
const ROUNDS = 5;
const PERIODS = [
  ...Array.from({ length: MONTHS }, (_, m) => `2020${String(m + 1).padStart(2, '0')}`),
  '2020Q1',
  '2020Q2',
  '2020Q3',
  '2020Q4',
];
const LEVELS: AggregationLevel[] = ['kampung', 'village', 'district', 'regency', 'province'];

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BANDS = codesOf(ageBands);

function regionCode(i: number): string {
  const v = i % (REGENCIES * DISTRICTS * VILLAGES);
  const r = Math.floor(v / (DISTRICTS * VILLAGES));
  const d = Math.floor(v / VILLAGES) % DISTRICTS;
  return `63.${71 + r}.${String(d + 1).padStart(2, '0')}.${1001 + (v % VILLAGES)}`;
}

function population(k: string, rand: () => number): PopulationSnapshot {
  const bands = () =>
    Object.fromEntries(BANDS.map((b) => [b, 20 + Math.floor(rand() * 60)])) as PopulationSnapshot['male'];
  return {
    kampungId: k,
    period: '2020-01',
    male: bands(),
    female: bands(),
    families: 300 + Math.floor(rand() * 200),
    pus: 200 + Math.floor(rand() * 150),
    familiesWithUnderFives: 80 + Math.floor(rand() * 60),
    familiesWithAdolescents: 90 + Math.floor(rand() * 60),
    familiesWithElderly: 50 + Math.floor(rand() * 50),
    adolescents: 150 + Math.floor(rand() * 100),
  };
}

function monthly(k: string, month: number, rand: () => number): MonthlyReport {
  const n = (max: number) => Math.floor(rand() * max);
  return {
    kampungId: k,
    period: `2020-${String(month + 1).padStart(2, '0')}`,
    users: { iud: n(20), mow: n(8), mop: n(2), implant: n(30), injectable: n(80), pill: n(40), condom: n(8) },
    nonUsers: { pregnant: n(10), ias: n(20), iat: n(30), tial: n(30) },
    poktanParticipants: { bkb: n(50), bkr: n(40), bkl: n(30), uppka: n(25), pikr: n(40) },
    jknHolders: 500 + n(500),
    newAcceptors: { iud: n(3), implant: n(3), injectable: n(6), pill: n(4) },
    dropouts: { injectable: n(3), pill: n(3) },
    distributed: { pill: n(100), injectable: n(40), condom: n(600), iud: n(3), implant: n(3) },
  };
}

/** The stream: kampung, their snapshots, then month by month (as files arrive); `copies` versions of each report. */
function* records(copies = 1): Generator<TypedRecord> {
  const rand = rng(42);
  for (let i = 0; i < KAMPUNG; i++) {
    yield {
      type: 'kampung',
      record: {
        id: `k${i}`,
        name: `Kampung KB ${i}`,
        regionCode: regionCode(i),
        designationDate: '2017-01-15',
        mainCriteria: [],
        areaCriteria: [],
      },
    };
    yield { type: 'population', record: population(`k${i}`, rand) };
  }
  for (let m = 0; m < MONTHS; m++) {
    for (let c = 0; c < copies; c++) {
      for (let i = 0; i < KAMPUNG; i++) yield { type: 'monthly', record: monthly(`k${i}`, m, rand) };
    }
    for (let i = 0; i < KAMPUNG; i += 7) {
      yield {
        type: 'intervention',
        record: {
          id: `i${m}-${i}`,
          kampungId: `k${i}`,
          title: 'Kegiatan',
          date: `2020-${String(m + 1).padStart(2, '0')}-15`,
          section: 'economy',
          agencies: ['dinas_kesehatan', i % 2 === 0 ? 'dinas_sosial' : 'dinas_pupr'],
          targetGroups: [],
        },
      };
    }
  }
}

const gc = (globalThis as { gc?: () => void }).gc;

interface Run {
  readonly ms: number;
  readonly rows: number;
  readonly peakMb: number;
  readonly records: number;
  readonly checksum: number;
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1048576;
}

/** With `live`, each sample runs `gc()` first, so it measures what is retained rather than garbage. */
function runEngine(
  indicators: readonly IndicatorDefinition[],
  levels: AggregationLevel[],
  copies = 1,
  live = false,
): Run {
  gc?.();
  const sample = () => {
    if (live) gc?.();
    return heapMb();
  };
  let peak = heapMb();
  const t0 = performance.now();
  const engine = new IndicatorEngine({ indicators, level: levels, periods: PERIODS });
  let n = 0;
  for (const r of records(copies)) {
    engine.add(r);
    if (++n % (live ? 100_000 : 10_000) === 0) peak = Math.max(peak, sample());
  }
  let rows = 0;
  let checksum = 0;
  for (const row of engine.results()) {
    if (row.value !== null) checksum += row.value;
    if (++rows % (live ? 250_000 : 100_000) === 0) peak = Math.max(peak, sample());
  }
  peak = Math.max(peak, sample());
  return { ms: performance.now() - t0, rows, peakMb: peak, records: n, checksum };
}

/** A value per kampung × period × indicator (NaN for null), in the hand loop's order. */
interface HandOut {
  readonly values: Float64Array;
  readonly kampung: readonly string[];
}

/** round(100 a / b, 2) half away from zero, in integers (a, b ≥ 0 whole numbers); NaN when b is 0. */
const pct = (a: number, b: number): number =>
  b === 0 ? Number.NaN : Math.floor((a * 20000 + b) / (2 * b)) / 100;

/**
 * The hand-written baseline, as a careful engineer would write this one job, sharing nothing with the
 * engine: one pass over the records, kampung numbered once, the population fields in typed arrays, the
 * latest report of each kampung-month in a flat array (a later one wins); then per kampung and period the
 * latest report of the period, CPR (7 portal methods / PUS), MKJP share, unmet need ((IAT + TIAL) / PUS)
 * and the poktan mean (Σ participants / target, a target of 0 counting 0, / 5; none when all five targets
 * are 0), unrolled, whole-number ratios rounded half away from zero in integers, the poktan mean as
 * Math.round(Σ × 2000) / 100.
 */
function handFour(input: readonly TypedRecord[]): HandOut {
  const slot = new Map<string, number>();
  const kampung: string[] = [];
  for (const r of input) {
    if (r.type === 'kampung' && !slot.has(r.record.id)) {
      slot.set(r.record.id, kampung.length);
      kampung.push(r.record.id);
    }
  }
  const K = kampung.length;
  const pus = new Float64Array(K).fill(Number.NaN);
  const targets = new Float64Array(K * 5);
  const popPeriod: string[] = new Array(K).fill('');
  const reports: (MonthlyReport | undefined)[] = new Array(K * MONTHS);
  for (const r of input) {
    if (r.type === 'monthly') {
      const k = slot.get(r.record.kampungId);
      if (k === undefined) continue;
      reports[k * MONTHS + Number(r.record.period.slice(5)) - 1] = r.record;
    } else if (r.type === 'population') {
      const p = r.record;
      const k = slot.get(p.kampungId);
      if (k === undefined || p.period < (popPeriod[k] as string)) continue;
      popPeriod[k] = p.period;
      pus[k] = p.pus;
      targets[k * 5] = p.familiesWithUnderFives;
      targets[k * 5 + 1] = p.familiesWithAdolescents;
      targets[k * 5 + 2] = p.familiesWithElderly;
      targets[k * 5 + 3] = p.families;
      targets[k * 5 + 4] = p.adolescents;
    }
  }
  const values = new Float64Array(K * PERIODS.length * 4).fill(Number.NaN);
  for (let k = 0; k < K; k++) {
    const P = pus[k] as number;
    if (Number.isNaN(P)) continue;
    const t1 = targets[k * 5] as number;
    const t2 = targets[k * 5 + 1] as number;
    const t3 = targets[k * 5 + 2] as number;
    const t4 = targets[k * 5 + 3] as number;
    const t5 = targets[k * 5 + 4] as number;
    for (let p = 0; p < PERIODS.length; p++) {
      // Months 0–11, then quarters: the latest report within the period.
      const to = p < MONTHS ? p : (p - MONTHS) * 3 + 2;
      const from = p < MONTHS ? p : (p - MONTHS) * 3;
      let m: MonthlyReport | undefined;
      for (let i = to; i >= from && m === undefined; i--) m = reports[k * MONTHS + i];
      if (m === undefined) continue;
      const u = m.users;
      const mkjp = u.iud + u.mow + u.mop + u.implant;
      const portal = mkjp + u.injectable + u.pill + u.condom;
      const pp = m.poktanParticipants;
      const sum =
        (t1 === 0 ? 0 : pp.bkb / t1) +
        (t2 === 0 ? 0 : pp.bkr / t2) +
        (t3 === 0 ? 0 : pp.bkl / t3) +
        (t4 === 0 ? 0 : pp.uppka / t4) +
        (t5 === 0 ? 0 : pp.pikr / t5);
      const o = (k * PERIODS.length + p) * 4;
      values[o] = pct(portal, P);
      values[o + 1] = pct(mkjp, portal);
      values[o + 2] = pct(m.nonUsers.iat + m.nonUsers.tial, P);
      values[o + 3] = t1 + t2 + t3 + t4 + t5 === 0 ? Number.NaN : Math.round(sum * 2000) / 100;
    }
  }
  return { values, kampung };
}

/** The engine on the pre-generated records: the four indicators at kampung level. */
function engineFour(input: readonly TypedRecord[]): { rows: number; checksum: number } {
  const engine = new IndicatorEngine({ indicators: FOUR, level: ['kampung'], periods: PERIODS });
  for (const r of input) engine.add(r);
  let rows = 0;
  let checksum = 0;
  for (const row of engine.results()) {
    rows++;
    if (row.value !== null) checksum += row.value;
  }
  return { rows, checksum };
}

/** Compares every engine value with the hand loop's (untimed). */
function differences(input: readonly TypedRecord[], hand: HandOut): { compared: number; differ: string[] } {
  const engine = new IndicatorEngine({ indicators: FOUR, level: ['kampung'], periods: PERIODS });
  for (const r of input) engine.add(r);
  const got = new Map<string, number | null>();
  for (const row of engine.results()) got.set(`${row.orgUnit}|${row.period}|${row.indicatorId}`, row.value);
  const differ: string[] = [];
  let compared = 0;
  hand.kampung.forEach((id, k) => {
    PERIODS.forEach((period, p) => {
      FOUR_IDS.forEach((indicator, i) => {
        const h = hand.values[(k * PERIODS.length + p) * 4 + i] as number;
        const e = got.get(`${id}|${period}|${indicator}`) ?? null;
        compared++;
        if ((Number.isNaN(h) ? null : h) !== e)
          differ.push(`${id} ${period} ${indicator}: hand ${h}, engine ${e}`);
      });
    });
  });
  return { compared, differ };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

const fmt = (x: number, d = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const FOUR_IDS = ['cpr-portal', 'mkjp-share', 'unmet-need', 'poktan-participation-mean'] as const;
const FOUR = FOUR_IDS.map((id) => {
  const d = defaultIndicatorCatalogue.find((x) => x.id === id);
  if (!d) throw new Error(`${id} is not in the catalogue`);
  return d;
});
const KAMPUNG_MONTHS = `${fmt(KAMPUNG)} kampung × ${MONTHS} months = ${fmt(KAMPUNG * MONTHS)} kampung-months`;

console.log(`Node ${process.version}; gc ${gc ? 'exposed' : 'NOT exposed (run node with --expose-gc)'}`);
const whole = runEngine(defaultIndicatorCatalogue, LEVELS);
console.log(
  `whole catalogue (${expandIndicators(defaultIndicatorCatalogue).length} indicators), ${LEVELS.length} levels, ${PERIODS.length} periods, ` +
    `${KAMPUNG_MONTHS} (${fmt(whole.records)} records with kampung, population and interventions), generated as streamed: ` +
    `${fmt(whole.rows)} rows in ${fmt(whole.ms / 1000, 2)} s (${fmt(whole.rows / (whole.ms / 1000))} rows/s), ` +
    `peak heap ${fmt(whole.peakMb, 1)} MB incl. garbage → aim under 5 s: ${whole.ms < 5000 ? 'met' : 'NOT met'}`,
);

// The four portal indicators: engine and hand loop on the same records, generated before and outside the
// timed region; rounds interleaved (engine, hand, engine, hand …).
const input = [...records()];
const hand = handFour(input);
const check = differences(input, hand);
console.log(
  `4 portal indicators at kampung level, ${KAMPUNG_MONTHS}, ${PERIODS.length} periods: ${fmt(check.compared)} values compared, ` +
    `${check.differ.length === 0 ? 'engine = hand loop on every one' : `${fmt(check.differ.length)} DIFFER`}`,
);
for (const d of check.differ.slice(0, 5)) console.log(`  ${d}`);
const times = { engine: [] as number[], hand: [] as number[] };
let engineRows = 0;
for (let round = 0; round < ROUNDS; round++) {
  gc?.();
  let t0 = performance.now();
  engineRows = engineFour(input).rows;
  times.engine.push(performance.now() - t0);
  gc?.();
  t0 = performance.now();
  handFour(input);
  times.hand.push(performance.now() - t0);
}
const [em, hm] = [median(times.engine), median(times.hand)];
const [eb, hb] = [Math.min(...times.engine), Math.min(...times.hand)];
console.log(
  `  ${ROUNDS} rounds interleaved: engine median ${fmt(em)} ms (best ${fmt(eb)}, ${fmt(engineRows)} rows); ` +
    `hand loop median ${fmt(hm)} ms (best ${fmt(hb)}); engine / hand: ${fmt(em / hm, 2)}× median, ${fmt(eb / hb, 2)}× best`,
);
const live1 = runEngine(defaultIndicatorCatalogue, LEVELS, 1, true);
const live10 = runEngine(defaultIndicatorCatalogue, LEVELS, 10, true);
console.log(
  `live peak heap, whole catalogue: ${fmt(live1.records)} records → ${fmt(live1.peakMb, 1)} MB; ` +
    `10× the reports (every report 10 times) ${fmt(live10.records)} records → ${fmt(live10.peakMb, 1)} MB ` +
    `(×${fmt(live10.peakMb / live1.peakMb, 2)}; ${fmt(live10.ms / 1000, 1)} s with forced gc)`,
);
