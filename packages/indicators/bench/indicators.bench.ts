/**
 * Benchmark of the indicator engine: about 100,000 generated kampung-months (8,300 kampung × 12 months of
 * 2020, in 4 kota/kabupaten × 12 kecamatan × 15 kelurahan of province 63), streamed from a generator
 * function, never held in memory as a whole. Printed figures (no assertions):
 *
 * 1. the whole default catalogue (52 indicators) at every level (kampung, kelurahan, kecamatan, kota,
 *    province) for the 12 months and 4 quarters of 2020, in one pass over the stream: wall time, rows,
 *    peak heap;
 * 2. the engine computing CPR, MKJP share, unmet need and poktan participation (mean of 5) at kampung level
 *    for the same periods, against a hand-written loop computing the same four figures in the same run
 *    (the ratio of the two times, best of ROUNDS);
 * 3. memory at 10× the records (1,000,000: every kampung-month reported ten times, as corrections appended
 *    to a file, the last one winning), to show that memory follows the groups, not the records.
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
  roundRatio,
  type TypedRecord,
} from '../src/index.js';

const REGENCIES = 4;
const DISTRICTS = 12;
const VILLAGES = 15;
const KAMPUNG = 8300;
const MONTHS = 12;
const ROUNDS = 3;
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

const BANDS = codesOf(ageBands) as const;

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

/**
 * The hand-written baseline: per kampung, the population snapshot and the latest report of each period,
 * then CPR (7 methods / PUS), MKJP share, unmet need and the poktan mean, each rounded as the engine does.
 */
function runHandWritten(): Run {
  gc?.();
  let peak = heapMb();
  const t0 = performance.now();
  const pop = new Map<string, PopulationSnapshot>();
  const latest = new Map<string, MonthlyReport[]>(); // per kampung: the latest report by month
  let n = 0;
  for (const r of records()) {
    if (r.type === 'population') pop.set(r.record.kampungId, r.record);
    else if (r.type === 'monthly') {
      const list = latest.get(r.record.kampungId) ?? [];
      list[Number(r.record.period.slice(5)) - 1] = r.record;
      latest.set(r.record.kampungId, list);
    }
    if (++n % 10_000 === 0) peak = Math.max(peak, heapMb());
  }
  const ranges: [number, number][] = [
    ...Array.from({ length: MONTHS }, (_, m): [number, number] => [m, m]),
    [0, 2],
    [3, 5],
    [6, 8],
    [9, 11],
  ];
  let rows = 0;
  let checksum = 0;
  for (const [k, list] of latest) {
    const p = pop.get(k);
    for (const [from, to] of ranges) {
      let m: MonthlyReport | undefined;
      for (let i = to; i >= from && !m; i--) m = list[i];
      if (!m || !p) continue;
      const u = m.users;
      const portal = u.iud + u.mow + u.mop + u.implant + u.injectable + u.pill + u.condom;
      const mkjp = u.iud + u.mow + u.mop + u.implant;
      const pp = m.poktanParticipants;
      const part = (a: number, b: number) => (b === 0 ? 0 : a / b);
      const targets =
        p.familiesWithUnderFives +
        p.familiesWithAdolescents +
        p.familiesWithElderly +
        p.families +
        p.adolescents;
      const poktanSum =
        part(pp.bkb, p.familiesWithUnderFives) +
        part(pp.bkr, p.familiesWithAdolescents) +
        part(pp.bkl, p.familiesWithElderly) +
        part(pp.uppka, p.families) +
        part(pp.pikr, p.adolescents);
      for (const v of [
        roundRatio(portal * 100, p.pus, 2),
        roundRatio(mkjp * 100, portal, 2),
        roundRatio((m.nonUsers.iat + m.nonUsers.tial) * 100, p.pus, 2),
        targets === 0 ? null : roundRatio(poktanSum * 100, 5, 2),
      ]) {
        rows++;
        if (v !== null) checksum += v;
      }
    }
  }
  peak = Math.max(peak, heapMb());
  return { ms: performance.now() - t0, rows, peakMb: peak, records: n, checksum };
}

function best(f: () => Run): Run {
  let b: Run | undefined;
  for (let i = 0; i < ROUNDS; i++) {
    const r = f();
    if (!b || r.ms < b.ms) b = r;
  }
  return b as Run;
}

const fmt = (x: number, d = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const FOUR = defaultIndicatorCatalogue.filter((d) =>
  ['cpr-portal', 'mkjp-share', 'unmet-need', 'poktan-participation-mean'].includes(d.id),
);

console.log(`Node ${process.version}; gc ${gc ? 'exposed' : 'NOT exposed (run node with --expose-gc)'}`);
const whole = runEngine(defaultIndicatorCatalogue, LEVELS);
console.log(
  `whole catalogue (${expandIndicators(defaultIndicatorCatalogue).length} indicators), ${LEVELS.length} levels, ${PERIODS.length} periods: ` +
    `${fmt(whole.records)} records, ${fmt(whole.rows)} rows in ${fmt(whole.ms / 1000, 2)} s ` +
    `(${fmt(whole.rows / (whole.ms / 1000))} rows/s), peak heap ${fmt(whole.peakMb, 1)} MB incl. garbage`,
);
const hand = best(runHandWritten);
const four = best(() => runEngine(FOUR, ['kampung']));
console.log(
  `4 portal indicators at kampung level (best of ${ROUNDS}): hand-written ${fmt(hand.ms)} ms (${fmt(hand.rows)} values, ` +
    `peak ${fmt(hand.peakMb, 1)} MB); engine ${fmt(four.ms)} ms (${fmt(four.rows)} rows, peak ${fmt(four.peakMb, 1)} MB); ` +
    `engine / hand-written = ${fmt(four.ms / hand.ms, 2)}×`,
);
console.log(
  `checksums (same figures when equal): hand ${fmt(hand.checksum, 2)}, engine ${fmt(four.checksum, 2)}`,
);
const live1 = runEngine(defaultIndicatorCatalogue, LEVELS, 1, true);
const live10 = runEngine(defaultIndicatorCatalogue, LEVELS, 10, true);
console.log(
  `live peak heap, whole catalogue: ${fmt(live1.records)} records → ${fmt(live1.peakMb, 1)} MB; ` +
    `10× the records (every report 10 times) ${fmt(live10.records)} records → ${fmt(live10.peakMb, 1)} MB ` +
    `(×${fmt(live10.peakMb / live1.peakMb, 2)}; ${fmt(live10.ms / 1000, 1)} s with forced gc)`,
);
